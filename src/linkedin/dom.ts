/**
 * Shadow-aware DOM helpers. LinkedIn renders many modals and overlays inside
 * the open shadow root of #interop-outlet, where document.querySelector and a
 * body MutationObserver cannot see (linkedin-dom.md §6).
 */

/** The document and every open shadow root below it, outermost first. */
export function openRoots(start: Document | ShadowRoot = document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [start];
  for (let i = 0; i < roots.length; i++) {
    const walker = document.createTreeWalker(roots[i], NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const sr = (n as Element).shadowRoot;
      // Our own UI lives in shadow roots too; never treat it as LinkedIn's.
      if (sr && !(n as Element).hasAttribute('data-forethought-ui')) roots.push(sr);
    }
  }
  return roots;
}

/** querySelectorAll across the document and its open shadow roots. */
export function queryAllDeep<T extends Element = Element>(selector: string, roots = openRoots()): T[] {
  return roots.flatMap((r) => [...r.querySelectorAll<T>(selector)]);
}

/** closest() that climbs out of shadow roots through their hosts. */
export function closestDeep(el: Element | null, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Whether an element is rendered (has a box). */
export const isVisible = (el: Element): boolean => {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
};

/**
 * Whether the user can see an editor at all: rendered (not display:none or visibility:hidden, up the flat
 * tree) and not parked off the page to the left or above, where LinkedIn keeps its /preload copy of the
 * post editor (linkedin-2026.md, item 6). A box below the fold is shown: the user scrolls to it.
 */
export function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  return !(r.width > 0 && (r.right + window.scrollX <= 0 || r.bottom + window.scrollY <= 0));
}

/** The element an event really started on, through shadow roots. */
export const eventTarget = (e: Event): Element | null => {
  const first = e.composedPath()[0];
  return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
};

/** The focused element, through open shadow roots (document.activeElement stops at a shadow host). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
