/**
 * "Say when it cannot see" (issue 10): the user focused an editable box that
 * no surface of selectors.ts recognises, so nothing typed there is checked.
 * The popup says so, instead of showing an older draft's findings or "looks
 * good"; and on the user's click it copies an outline of the box's markup
 * (tag names, roles, classes, data attributes: the hooks a selector is made
 * of) for a bug report. The outline carries no text: no text nodes, and no
 * attribute value that could hold words (labels, placeholders, titles, links,
 * values), so a draft or a name never ends up in a pasted report. It is only
 * built when asked for, and it never leaves the page except to the popup.
 */
import { deepActiveElement, eventTarget } from './dom';
import { NOT_A_DRAFT } from './selectors';

/** A box a person writes a message in: a textarea, or a contenteditable editing host (not a search or typeahead field). */
export function editableBox(el: Element | null): HTMLElement | null {
  if (!el || el.closest('[data-forethought-ui]')) return null;
  if (el instanceof HTMLTextAreaElement) return el.readOnly || el.disabled ? null : el;
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  // Focus lands on the editing host; climb to it from anything inside.
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host.matches(NOT_A_DRAFT) ? null : host;
}

/**
 * Remembers the editable box the user focused last, known or not. `isKnown`
 * says whether Forethought checks a box (asked when the popup asks, so a box
 * bound after the focus counts as known).
 */
export function watchFocusedBox(isKnown: (box: HTMLElement) => boolean, signal: AbortSignal) {
  let last = editableBox(deepActiveElement());
  window.addEventListener(
    'focusin',
    (e) => {
      // Never throw into the page: a focus we cannot read is no box.
      try {
        last = editableBox(eventTarget(e)) ?? last;
      } catch {
        // keep the last box
      }
    },
    { capture: true, signal },
  );
  return {
    /** The box focused last, if Forethought cannot check it and it is still on the page. */
    unrecognised: (): HTMLElement | undefined => (last?.isConnected && !isKnown(last) ? last : undefined),
  };
}

/** How far above the box the outline starts: enough to see its form, dialog or section, and the buttons beside it. */
const LEVELS_UP = 4;
const MAX_ELEMENTS = 200;
const MAX_DEPTH = 10;
/** Attributes that are hooks but could hold words: listed by name, their value left out. */
const TEXT_BEARING = /placeholder|label|title|text|tooltip|alt|value|message|caption|hint|desc|url|href|src|name|member|person|profile/i;
/** Author-chosen identifiers whose single-word values are vocabulary, not words a person wrote. */
const ENUMS = new Set(['role', 'type', 'contenteditable', 'name']);
/** A value kept in an id, componentkey or data attribute: an identifier with a separator or a digit, or a boolean. */
const IDENTIFIER = /^(?:[A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)+|[A-Za-z]*\d[A-Za-z0-9]*|true|false)$/;
const WORD = /^[A-Za-z][A-Za-z0-9-]{0,40}$/;
/** Content that is never structure. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** One attribute as it appears in the outline, or null when it is left out. */
function attribute(name: string, value: string): string | null {
  if (name === 'class') {
    const classes = value.trim().split(/\s+/).filter((c) => /^[\w-]{1,80}$/.test(c));
    return classes.length ? `class="${classes.join(' ')}"` : null;
  }
  const hook = name === 'id' || name === 'componentkey' || name.startsWith('data-');
  if (!hook && !ENUMS.has(name)) return null; // aria-label, placeholder, title, href, value, style …
  const keep = !(TEXT_BEARING.test(name) && name !== 'name' && name !== 'data-view-name') && (ENUMS.has(name) ? WORD.test(value) || IDENTIFIER.test(value) : IDENTIFIER.test(value));
  // Digits in identifiers are ids of members, posts and ember views: the shape is what a selector needs.
  return keep && value.length <= 80 ? `${name}="${value.replace(/\d+/g, '0')}"` : hook ? name : null;
}

/** The parent element, or the host of the shadow root the element sits in. */
const parentOf = (n: Element): Element | null => n.parentElement ?? (n.parentNode instanceof ShadowRoot ? n.parentNode.host : null);

function tag(el: Element): string {
  const attrs = [...el.attributes].map((a) => attribute(a.name, a.value)).filter((a): a is string => a !== null);
  return `<${[el.localName, ...attrs].join(' ')}>`;
}

/**
 * A redacted outline of a box's markup: its surroundings (LEVELS_UP levels
 * above it, crossing shadow roots) as an indented tree of opening tags, with
 * the box marked. No text.
 */
export function outline(box: Element, path: string): string {
  // Climb to the outline's top, noting the shadow hosts on the way (LinkedIn's #interop-outlet).
  let top: Element = box;
  for (let i = 0; i < LEVELS_UP; i++) {
    const parent = parentOf(top);
    if (!parent || parent === document.body || parent === document.documentElement) break;
    top = parent;
  }
  const above: string[] = [];
  for (let n: Element | null = top; n; ) {
    const parent = parentOf(n);
    if (parent) above.unshift(n.parentNode instanceof ShadowRoot ? `${tag(parent)} #shadow-root` : tag(parent));
    n = parent;
  }
  const lines = [`Forethought can't check this box yet: ${path}`, 'Markup outline (tag names, roles, classes and data attributes; no text):', ...above.map((l, i) => '  '.repeat(i) + l)];
  // Past the cap, only the way down to the box is kept, so the box is always in the outline.
  const onPath = new Set<Element>();
  for (let n: Element | null = box; n && n !== top; n = parentOf(n)) onPath.add(n);
  let count = 0;
  const walk = (el: Element, depth: number) => {
    if (SKIPPED.has(el.tagName) || el.hasAttribute('data-forethought-ui')) return;
    if (++count > MAX_ELEMENTS && !onPath.has(el)) return;
    lines.push('  '.repeat(above.length + depth) + tag(el) + (el === box ? '   <- focused' : ''));
    if (el.localName === 'svg' || depth >= MAX_DEPTH) return;
    const children = [...(el.shadowRoot?.children ?? []), ...el.children];
    if (el.shadowRoot) lines.push('  '.repeat(above.length + depth + 1) + '#shadow-root');
    for (const child of children) walk(child, depth + 1);
  };
  walk(top, 0);
  if (count > MAX_ELEMENTS) lines.push(`… (more than ${MAX_ELEMENTS} elements: the rest left out)`);
  return lines.join('\n');
}
