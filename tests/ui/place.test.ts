import { describe, expect, it } from 'vitest';
import { placePanel, type Rect } from '../../src/ui/place';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const view = { width: 1100, height: 760 };

describe('placePanel', () => {
  it.each([
    // name, what to keep clear, Send, natural height, window
    ['a wide box near the top: below it', rect(170, 190, 760, 120), rect(860, 280, 60, 30), 400, view],
    ['a chat bubble at the bottom right: beside it', rect(720, 480, 340, 280), rect(990, 720, 60, 30), 400, view],
    ['a wide box at the bottom: above it', rect(100, 560, 900, 180), rect(930, 700, 60, 30), 400, view],
    ['200% zoom, more room above: above, shortened', rect(40, 190, 470, 120), rect(440, 280, 60, 30), 266, { width: 550, height: 380 }],
  ])('%s', (_, keepClear, send, height, v) => {
    const p = placePanel(keepClear, send, height, v);
    const panel = rect(p.left, p.top, p.width, p.maxHeight);
    expect(overlaps(panel, keepClear)).toBe(false);
    expect(overlaps(panel, send)).toBe(false);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.top).toBeGreaterThanOrEqual(0);
    expect(p.left + p.width).toBeLessThanOrEqual(v.width);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(v.height);
  });

  it('with no room around the draft, it may cover the draft but not Send', () => {
    const keepClear = rect(10, 40, 530, 320);
    const send = rect(470, 330, 60, 28);
    const p = placePanel(keepClear, send, 300, { width: 550, height: 380 });
    expect(overlaps(rect(p.left, p.top, p.width, p.maxHeight), send)).toBe(false);
    expect(p.maxHeight).toBeGreaterThanOrEqual(140);
  });
});
