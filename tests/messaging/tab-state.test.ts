import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/messaging/protocol';
import { TabState, type SessionArea } from '../../src/messaging/tab-state';

/** An in-memory storage area, standing in for storage.session across a worker restart. */
function area(): SessionArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async () => structuredClone(items),
    set: async (more) => void Object.assign(items, structuredClone(more)),
    remove: async (keys) => [keys].flat().forEach((k) => delete items[k]),
  };
}

const report: Report = { draft: { text: 'Reply ASAP', context: 'message' }, findings: [], at: 1 };

describe('the tabs’ state', () => {
  it('is read back by a new worker: the pause and the latest report', async () => {
    const stored = area();
    const first = new TabState(stored);
    await first.ready;
    first.setPaused(7, true);
    first.setReport(7, report);
    first.setReport(8, report);
    await Promise.resolve();
    const second = new TabState(stored); // the worker was stopped and started again
    await second.ready;
    expect(second.isPaused(7)).toBe(true);
    expect(second.isPaused(8)).toBe(false);
    expect(second.report(7)).toEqual(report);
  });

  it('forgets a resumed pause and a closed tab in storage too', async () => {
    const stored = area();
    const tabs = new TabState(stored);
    await tabs.ready;
    tabs.setPaused(7, true);
    tabs.setReport(9, report);
    tabs.setPaused(7, false);
    tabs.forget(9);
    await Promise.resolve();
    expect(stored.items).toEqual({});
  });

  it('works from memory where there is no session storage', async () => {
    const tabs = new TabState(undefined);
    await tabs.ready;
    tabs.setPaused(3, true);
    expect(tabs.isPaused(3)).toBe(true);
  });
});
