/**
 * Reading a draft and editing it the way a person would (linkedin-dom.md §7):
 * the text is read block by block (one <p> per line), and a rewrite selects
 * exactly the flagged span and types over it with execCommand('insertText'),
 * so the editor's own model, its Send button and Ctrl+Z all notice. The
 * editor's DOM is never written directly.
 */

interface Piece {
  /** A text node, or null for a line break between blocks or a <br>. */
  node: Text | null;
  /** The element before which a line break sits, for mapping offsets onto it. */
  anchor: Node;
  start: number;
  end: number;
}

const BLOCK = /^(?:P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE)$/;

/** The editor's text and a map from offsets to DOM positions. */
function pieces(editor: HTMLElement): { text: string; pieces: Piece[] } {
  const out: Piece[] = [];
  let text = '';
  const visit = (node: Node, first: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = (node as Text).data.replace(/\u00a0/g, ' ');
      out.push({ node: node as Text, anchor: node, start: text.length, end: text.length + t.length });
      text += t;
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      // A <br> alone in its block is an empty line, not a break of its own.
      const alone = node.parentElement && node.parentElement.childNodes.length === 1 && BLOCK.test(node.parentElement.tagName);
      if (!alone) {
        out.push({ node: null, anchor: node, start: text.length, end: text.length + 1 });
        text += '\n';
      }
      return;
    }
    if (BLOCK.test(node.tagName) && !first && text.length > 0) {
      out.push({ node: null, anchor: node, start: text.length, end: text.length + 1 });
      text += '\n';
    }
    let firstChild = true;
    for (const child of node.childNodes) {
      visit(child, firstChild);
      firstChild = false;
    }
  };
  let firstChild = true;
  for (const child of editor.childNodes) {
    visit(child, firstChild);
    firstChild = false;
  }
  return { text, pieces: out };
}

/** The draft's text, with NBSP read as a space (line breaks as "\n"). */
export function readText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value.replace(/\u00a0/g, ' ');
  return pieces(editor).text;
}

/** The DOM position of a text offset inside a contenteditable editor. */
function position(editor: HTMLElement, list: Piece[], offset: number, bias: 'start' | 'end'): [Node, number] {
  const texts = list.filter((p) => p.node);
  // The text node holding the character at the offset (start) or just before it (end); else one that touches it.
  const inside = bias === 'start' ? texts.find((p) => offset >= p.start && offset < p.end) : texts.find((p) => offset > p.start && offset <= p.end);
  const touching = inside ?? texts.find((p) => offset === p.start || offset === p.end);
  if (touching) return [touching.node!, offset - touching.start];
  // An empty line: just before the element that starts it.
  const br = list.find((p) => !p.node && p.end === offset) ?? list.find((p) => !p.node && p.start === offset);
  if (br?.anchor.parentNode) return [br.anchor.parentNode, Array.prototype.indexOf.call(br.anchor.parentNode.childNodes, br.anchor)];
  return [editor, editor.childNodes.length];
}

/** A Range over [start, end) of a contenteditable editor's text. */
export function rangeOf(editor: HTMLElement, start: number, end: number): Range | null {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return null;
  const { pieces: list } = pieces(editor);
  const range = document.createRange();
  const [sn, so] = position(editor, list, start, 'start');
  const [en, eo] = position(editor, list, end, 'end');
  range.setStart(sn, so);
  range.setEnd(en, eo);
  return range;
}

/** Where each line of a span is drawn, for highlights (contenteditable editors only). */
export function rectsOf(editor: HTMLElement, start: number, end: number): DOMRect[] {
  const range = rangeOf(editor, start, end);
  return range ? [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0) : [];
}

/**
 * Replaces [start, end) of the draft with `replacement` as if typed: focus,
 * select the span, insertText. Returns false when the text changed under us
 * (the caller re-checks and offers the rewrite again).
 */
export function replaceText(editor: HTMLElement, start: number, end: number, replacement: string, expected: string): boolean {
  if (readText(editor).slice(start, end) !== expected) return false;
  if (!select(editor, start, end)) return false;
  // An empty replacement deletes; insertText with '' would do nothing in some editors.
  const ok = replacement ? document.execCommand('insertText', false, replacement) : document.execCommand('delete', false);
  return ok && readText(editor).includes(replacement);
}

/** Focuses the editor and selects [start, end) of its text, so what the user types next replaces it. */
export function select(editor: HTMLElement, start: number, end: number): boolean {
  editor.focus();
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(start, end);
    return true;
  }
  const range = rangeOf(editor, start, end);
  const selection = window.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** The caret's text offset after a click, for finding the highlight the click landed on. */
export function offsetAtPoint(editor: HTMLElement, x: number, y: number): number | null {
  // A textarea has placed its caret where the click landed by the time the click event fires.
  if (editor instanceof HTMLTextAreaElement) return editor.selectionStart === editor.selectionEnd ? editor.selectionStart : null;
  const caret = (document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode;
  if (!node || !editor.contains(node)) return null;
  const hit = pieces(editor).pieces.find((p) => p.node === node);
  return hit ? hit.start + caret.offset : null;
}

/**
 * Gives the editor the focus with the caret inside it. After a send LinkedIn may replace the editor's
 * lines while it keeps the focus, which leaves the selection outside it, where typing goes nowhere.
 */
export function focusEditor(editor: HTMLElement): void {
  editor.focus();
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return;
  const selection = window.getSelection();
  if (!selection || (selection.anchorNode && editor.contains(selection.anchorNode))) return;
  // The end of the last line: inside its block (an empty line is a lone <br>), never after it.
  let line: Node = editor;
  while (line.lastChild instanceof Element && line.lastChild.tagName !== 'BR') line = line.lastChild;
  const range = document.createRange();
  if (line.childNodes.length === 1 && line.firstChild instanceof Element) range.setStart(line, 0);
  else {
    range.selectNodeContents(line);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}
