/**
 * Where the findings panel goes (issue 9, item 6). Pure geometry, so it is
 * tested in Node with tables; box-ui.ts measures and applies it.
 */

/** A rectangle in viewport (CSS) pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  /** The panel scrolls inside this height. */
  maxHeight: number;
}

const MARGIN = 8;
/** The panel's width when the window has room for it. */
export const PANEL_WIDTH = 360;
/** Shorter than this the panel is not worth reading; it may then cover the draft, but still not Send. */
const MIN_HEIGHT = 140;

/** The smallest rectangle holding all of `rects`. */
export const union = (rects: readonly Rect[]): Rect => ({
  left: Math.min(...rects.map((r) => r.left)),
  top: Math.min(...rects.map((r) => r.top)),
  right: Math.max(...rects.map((r) => r.right)),
  bottom: Math.max(...rects.map((r) => r.bottom)),
});

/**
 * Beside, below or above `keepClear` (the draft, its Send control and the
 * badge), in the first place the panel fits whole; else in the taller of the
 * spaces below and above, shortened to it; else clear of `send` alone; else
 * at the top of the window. `height` is the panel's natural height.
 */
export function placePanel(keepClear: Rect, send: Rect | null, height: number, view: { width: number; height: number }): Placement {
  const width = Math.min(PANEL_WIDTH, view.width - 2 * MARGIN);
  const tallest = Math.min(height, view.height - 2 * MARGIN);
  const clampX = (x: number) => Math.max(MARGIN, Math.min(view.width - width - MARGIN, x));
  const clampY = (y: number, h: number) => Math.max(MARGIN, Math.min(view.height - h - MARGIN, y));

  if (view.width - keepClear.right - 2 * MARGIN >= width) return { left: keepClear.right + MARGIN, top: clampY(keepClear.top, tallest), width, maxHeight: tallest };
  if (keepClear.left - 2 * MARGIN >= width) return { left: keepClear.left - MARGIN - width, top: clampY(keepClear.top, tallest), width, maxHeight: tallest };

  const vertical = (r: Rect, min: number): Placement | null => {
    const left = clampX(r.right - width);
    const below = view.height - r.bottom - 2 * MARGIN;
    const above = r.top - 2 * MARGIN;
    if (below >= height) return { left, top: r.bottom + MARGIN, width, maxHeight: height };
    if (above >= height) return { left, top: r.top - MARGIN - height, width, maxHeight: height };
    if (Math.max(below, above) < min) return null;
    return below >= above ? { left, top: r.bottom + MARGIN, width, maxHeight: below } : { left, top: MARGIN, width, maxHeight: above };
  };
  return vertical(keepClear, MIN_HEIGHT) ?? (send && vertical(send, MIN_HEIGHT)) ?? { left: clampX(keepClear.right - width), top: MARGIN, width, maxHeight: tallest };
}
