/**
 * A tiny element builder for Forethought's own UI: properties are set as
 * properties, ARIA, role, data-* and `for` as attributes, and children are
 * appended as nodes or text (never parsed as HTML).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('aria') || k === 'role' || k.startsWith('data-') || k === 'for') {
      node.setAttribute(k.replace(/^aria([A-Z])/, (_, c: string) => `aria-${c.toLowerCase()}`), String(v));
    } else (node as unknown as Record<string, unknown>)[k] = v;
  }
  node.append(...children);
  return node;
}
