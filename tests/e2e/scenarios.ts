/**
 * Browser scenarios written once and run in Chromium (Playwright) and in
 * Firefox (puppeteer-core over WebDriver BiDi): the badge, Apply, the review
 * before Send, and Send anyway sending exactly once, on a contenteditable, a
 * TipTap comment and a textarea surface. A driver gives only what both
 * protocols have in common: evaluate a function in the page, click at a point,
 * type. Every query pierces the open shadow roots, since Forethought's UI lives
 * in one (and puppeteer's aria selectors do not enter them); every click is a
 * real mouse click, since Forethought's buttons ignore a script's clicks.
 */
import { expect, it } from 'vitest';
import { PAGES, until } from './harness';

export interface Tab {
  evaluate(fn: (arg: Probe) => unknown, arg: Probe): Promise<unknown>;
  click(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  close(): Promise<void>;
}
export type OpenTab = (page: keyof typeof PAGES) => Promise<Tab>;

export interface Probe {
  op: 'point' | 'text' | 'count' | 'sent' | 'review';
  selector?: string;
  /** Only elements whose trimmed text is this. */
  label?: string;
}

/** Runs in the page: every query looks into the document and each open shadow root. Self-contained, as it is sent to the page as source. */
function probe({ op, selector, label }: Probe): unknown {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) for (const e of roots[i].querySelectorAll('*')) if (e.shadowRoot) roots.push(e.shadowRoot);
  const all = (css: string) => roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>(css)]);
  if (op === 'count') return Math.max(0, ...all('forethought-ui[data-forethought-count]').map((h) => Number(h.dataset.forethoughtCount)));
  if (op === 'sent') return (window as unknown as { __sent: unknown[] }).__sent;
  if (op === 'review') return all('dialog.review').some((d) => (d as HTMLDialogElement).open);
  const found = all(selector!).filter((e) => e.getClientRects().length && (label === undefined || e.textContent?.trim() === label));
  if (op === 'text') return found[0] ? (found[0] instanceof HTMLTextAreaElement ? found[0].value : found[0].innerText).trim() : null;
  const r = found[0]?.getBoundingClientRect();
  return r ? { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 } : null;
}

export const ask = <R>(tab: Tab, p: Probe) => tab.evaluate(probe, p) as Promise<R>;
/** A real click on the first visible element matching `selector` (and `label`), once it shows. */
export async function press(tab: Tab, selector: string, label?: string) {
  const at = await until(() => ask<{ x: number; y: number } | null>(tab, { op: 'point', selector, label }), `${selector} ${label ?? ''}`);
  await tab.click(at!.x, at!.y);
}
export const count = (tab: Tab) => ask<number>(tab, { op: 'count' });
const sent = (tab: Tab) => ask<{ surface: string; text: string }[]>(tab, { op: 'sent' });

export const PROBLEM = "Per my last message, you're clueless.";

/** Surfaces of three kinds of editor: LinkedIn's messaging contenteditable, a TipTap comment, the SDUI textarea. */
export const SHARED_SURFACES = [
  { name: 'messaging page', page: 'messagingClick', editor: '.msg-form__contenteditable', send: '.msg-form__send-button', surface: 'messaging' },
  { name: 'TipTap comment', page: 'commentTipTap', editor: '.ProseMirror', send: '[componentkey^="commentButtonSection"] button', surface: 'comment' },
  { name: 'SDUI message modal', page: 'sduiMessage', editor: 'textarea', send: 'button.q2', surface: 'sdui-message' },
] as const;

/** Registers the shared scenarios for one surface; `open` gives a fresh tab on a fixture page. */
export function sharedScenarios(open: () => OpenTab, c: (typeof SHARED_SURFACES)[number]) {
  async function start(): Promise<Tab> {
    const tab = await open()(c.page);
    await press(tab, c.editor);
    await tab.type(PROBLEM);
    await until(async () => (await count(tab)) === 2, 'a badge counting 2');
    return tab;
  }

  it('shows the badge with the count of findings while typing', async () => {
    const tab = await start();
    expect(await count(tab)).toBe(2);
    await tab.close();
  });

  it('applies a rewrite in place', async () => {
    const tab = await start();
    await press(tab, 'button.badge');
    await press(tab, '.panel li[data-rule="passive-aggressive"] button', 'Apply');
    await until(async () => (await ask<string>(tab, { op: 'text', selector: c.editor }))?.startsWith('Following up on my earlier message,'), 'the rewrite in the editor');
    await until(async () => (await count(tab)) === 1, 'one finding left');
    await tab.close();
  });

  it('holds a send with findings for review, and Send anyway sends exactly once', async () => {
    const tab = await start();
    await press(tab, c.send);
    await until(() => ask<boolean>(tab, { op: 'review' }), 'the review');
    expect(await sent(tab)).toEqual([]);
    await press(tab, 'dialog.review button', 'Send anyway');
    await until(async () => (await sent(tab)).length === 1, 'one send');
    // A second send would come from the same click handlers, synchronously or on the next check.
    await until(async () => !(await ask<boolean>(tab, { op: 'review' })), 'the review closed');
    expect(await sent(tab)).toEqual([{ surface: c.surface, text: PROBLEM }]);
    await tab.close();
  });
}
