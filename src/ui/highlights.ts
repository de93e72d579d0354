/**
 * Where a finding's words are on screen, for the highlights (issue 9, item 7).
 * A contenteditable editor has Ranges over its text. A textarea has none, so
 * its text is copied into a mirror: a hidden element in our own shadow root
 * with the textarea's box, font and wrapping, scrolled as far as the textarea,
 * whose Ranges fall where the textarea draws the same characters. LinkedIn's
 * editor is never touched.
 */
import { rectsOf } from '../linkedin/editor';

/** The textarea's styles that decide where its text wraps and sits. */
const MIRRORED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction', 'whiteSpace', 'overflowWrap', 'wordBreak',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
] as const;

export class TextGeometry {
  private mirror?: HTMLDivElement;

  constructor(
    private readonly editor: HTMLElement,
    /** Where the mirror lives: inside our shadow root. */
    private readonly layer: HTMLElement,
  ) {}

  /** The line boxes of each [start, end) span of the draft, in viewport pixels. */
  rects(spans: readonly { start: number; end: number }[]): DOMRect[][] {
    const e = this.editor;
    if (!(e instanceof HTMLTextAreaElement)) return spans.map((s) => rectsOf(e, s.start, s.end));
    const node = spans.length ? this.syncMirror(e).firstChild : null; // one sync for all the spans
    if (!(node instanceof Text)) return spans.map(() => []);
    return spans.map(({ start, end }) => {
      if (end > node.length) return [];
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    });
  }

  private syncMirror(textarea: HTMLTextAreaElement): HTMLDivElement {
    const mirror = (this.mirror ??= this.layer.appendChild(Object.assign(document.createElement('div'), { className: 'mirror' })));
    const style = getComputedStyle(textarea);
    for (const p of MIRRORED) mirror.style[p] = style[p];
    const box = textarea.getBoundingClientRect();
    // A scrollbar narrows the textarea's text: the mirror gives the same width to padding.
    const scrollbar = textarea.offsetWidth - textarea.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    Object.assign(mirror.style, {
      boxSizing: 'border-box',
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      paddingRight: `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`,
    });
    // A trailing newline makes a line of its own in a textarea, and in the mirror only with something after it.
    const text = `${textarea.value}\u200b`;
    if (mirror.textContent !== text) mirror.textContent = text;
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
    return mirror;
  }
}

/** A rectangle's overlap with another, or null when they do not meet. */
export function intersect(a: DOMRectReadOnly, b: DOMRectReadOnly): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/**
 * The part of the editor where its text shows: inside its borders and
 * scrollbars, and inside every ancestor that clips (a scrolling thread, a
 * dialog), through shadow roots. Highlights are clipped to it.
 */
export function visibleTextBox(editor: HTMLElement): DOMRect | null {
  const r = editor.getBoundingClientRect();
  let box: DOMRect | null = new DOMRect(r.left + editor.clientLeft, r.top + editor.clientTop, editor.clientWidth || r.width, editor.clientHeight || r.height);
  for (let a = parentOf(editor); a && box && a !== document.documentElement; a = parentOf(a)) {
    const s = getComputedStyle(a);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') box = intersect(box, a.getBoundingClientRect());
  }
  return box && intersect(box, new DOMRect(0, 0, window.innerWidth, window.innerHeight));
}
