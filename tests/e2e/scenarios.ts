/**
 * Browser scenarios written once and run in Chromium (Playwright) and in
 * Firefox (puppeteer-core over WebDriver BiDi), on every LinkedIn surface of
 * the fixtures: the badge, Apply and Ctrl+Z, the review before Send and Send
 * anyway sending exactly once, a clean send, and HTML in a draft shown as text. A driver gives only what both
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
  /** Ctrl+Z in the focused element. */
  undo(): Promise<void>;
  close(): Promise<void>;
}
export type OpenTab = (page: keyof typeof PAGES) => Promise<Tab>;
/** The extension's popup, opened as a page for the browser tab that shows `of`. */
export type OpenPopup = (of: Tab) => Promise<Tab>;

export interface Probe {
  op: 'point' | 'text' | 'count' | 'severity' | 'checked' | 'sent' | 'review' | 'images' | 'focus' | 'href';
  selector?: string;
  /** Only elements whose trimmed text or aria-label is this. */
  label?: string;
  /** Only enabled controls (a send control LinkedIn enables once there is text). */
  enabled?: boolean;
}

/** Runs in the page: every query looks into the document and each open shadow root. Self-contained, as it is sent to the page as source. */
function probe({ op, selector, label, enabled }: Probe): unknown {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) for (const e of roots[i].querySelectorAll('*')) if (e.shadowRoot) roots.push(e.shadowRoot);
  const all = (css: string) => roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>(css)]);
  if (op === 'href') return location.href;
  if (op === 'count') return Math.max(0, ...all('forethought-ui[data-forethought-count]').map((h) => Number(h.dataset.forethoughtCount)));
  if (op === 'severity') return all('forethought-ui[data-forethought-severity]').map((h) => h.dataset.forethoughtSeverity);
  if (op === 'sent') return (window as unknown as { __sent: unknown[] }).__sent;
  if (op === 'checked') return all('forethought-ui[data-forethought-count]').length > 0;
  if (op === 'review') return all('dialog.review').some((d) => (d as HTMLDialogElement).open);
  if (op === 'images') return all('img:not(.global-nav__me-photo)').length; // the page's own profile photo aside
  const found = all(selector!).filter(
    (e) =>
      e.getClientRects().length &&
      (label === undefined || e.textContent?.trim() === label || e.getAttribute('aria-label') === label) &&
      !(enabled && (e as HTMLButtonElement).disabled),
  );
  if (op === 'focus') return found[0] ? (found[0].focus(), true) : false;
  // A real click lands only inside the viewport (the panel of a box low on the page reaches below it).
  if (op === 'point') found[0]?.scrollIntoView({ block: 'nearest' });
  if (op === 'text') return found[0] ? (found[0] instanceof HTMLTextAreaElement ? found[0].value : found[0].innerText).trim() : null;
  const r = found[0]?.getBoundingClientRect();
  return r ? { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 } : null;
}

export const ask = <R>(tab: Tab, p: Probe) => tab.evaluate(probe, p) as Promise<R>;
/** A real click on the first visible element matching `selector` (and `label`), once it shows. */
export async function press(tab: Tab, selector: string, label?: string, enabled = false) {
  const at = await until(() => ask<{ x: number; y: number } | null>(tab, { op: 'point', selector, label, enabled }), `${selector} ${label ?? ''}`);
  await tab.click(at!.x, at!.y);
}
export const count = (tab: Tab) => ask<number>(tab, { op: 'count' });
const sent = (tab: Tab) => ask<{ surface: string; text: string }[]>(tab, { op: 'sent' });

export const PROBLEM = "Per my last message, you're clueless.";
const CLEAN = 'Thanks for the intro, looking forward to our chat on Tuesday.';

interface SharedSurface {
  name: string;
  page: keyof typeof PAGES;
  /** Clicks that open the box, each a selector and the control's text or aria-label. */
  prepare?: readonly (readonly [string, string])[];
  editor: string;
  send: string;
  /** The surface the fixture records a send from. */
  surface: string;
}

/** Every LinkedIn surface of the fixtures, with CSS only (no aria selectors: they stop at shadow roots). */
export const SHARED_SURFACES: readonly SharedSurface[] = [
  { name: 'messaging page, Click Send', page: 'messagingClick', editor: '.msg-form__contenteditable', send: '.msg-form__send-button', surface: 'messaging' },
  { name: 'chat bubble, form root', page: 'overlay', editor: '#msg-form-bubble1 .msg-form__contenteditable', send: '#msg-form-bubble1 .msg-form__send-button', surface: 'messaging' },
  { name: 'chat bubble, div root', page: 'overlay', editor: '#msg-form-bubble2 .msg-form__contenteditable', send: '#msg-form-bubble2 .msg-form__send-button', surface: 'messaging' },
  { name: 'chat bubble inside #interop-outlet', page: 'overlayShadow', editor: '#msg-form-bubble2 .msg-form__contenteditable', send: '#msg-form-bubble2 .msg-form__send-button', surface: 'messaging' },
  { name: 'InMail body', page: 'inmail', editor: '.msg-form__contenteditable', send: '.msg-form__send-button', surface: 'messaging' },
  {
    name: 'connection note',
    page: 'invite',
    prepare: [
      ['a', 'Invite Placeholder to connect'],
      ['button', 'Add a note'],
    ],
    editor: 'textarea#custom-message',
    send: 'button[aria-label="Send invitation"]',
    surface: 'invitation',
  },
  { name: 'classic comment', page: 'commentClassic', editor: '.ql-editor', send: '.comments-comment-box__submit-button--cr', surface: 'comment' },
  { name: 'TipTap comment', page: 'commentTipTap', editor: '.ProseMirror', send: '[componentkey^="commentButtonSection"] button', surface: 'comment' },
  { name: 'classic post composer in the shadow root', page: 'postClassic', prepare: [['button', 'Start a post']], editor: '.ql-editor', send: '.share-actions__primary-action', surface: 'post' },
  { name: 'SDUI post dialog', page: 'postSdui', prepare: [['#start', '']], editor: '[componentkey="ShareBox_textEditor"]', send: 'dialog button.b1c2d3', surface: 'post' },
  { name: 'SDUI message modal', page: 'sduiMessage', editor: 'textarea', send: 'button.q2', surface: 'sdui-message' },
];

/** Registers the shared scenarios for one surface; `open` gives a fresh tab on a fixture page. */
export function sharedScenarios(open: () => OpenTab, c: SharedSurface) {
  const editorText = (tab: Tab) => ask<string | null>(tab, { op: 'text', selector: c.editor });

  /** A tab with the draft typed in the surface's box; with findings, once the badge counts them. */
  async function start(draft = PROBLEM): Promise<Tab> {
    const tab = await open()(c.page);
    for (const [selector, label] of c.prepare ?? []) await press(tab, selector, label || undefined);
    await press(tab, c.editor);
    await tab.type(draft);
    if (draft === PROBLEM) await until(async () => (await count(tab)) === 2, 'a badge counting 2');
    return tab;
  }

  async function applyFirstRewrite(tab: Tab) {
    await press(tab, 'button.badge');
    await press(tab, '.panel li[data-rule="passive-aggressive"] button', 'Apply');
    await until(async () => (await editorText(tab))?.startsWith('Following up on my earlier message,'), 'the rewrite in the editor');
  }

  it('shows the badge with the count of findings while typing, and the worst severity', async () => {
    const tab = await start();
    expect(await count(tab)).toBe(2);
    expect(await ask<string[]>(tab, { op: 'severity' })).toContain('error');
    await tab.close();
  });

  it('applies a rewrite in place, and Ctrl+Z takes it back', async () => {
    const tab = await start();
    await applyFirstRewrite(tab);
    await until(async () => (await count(tab)) === 1, 'one finding left');
    // The page saw the edit as typing: its own Send is enabled.
    await until(() => ask(tab, { op: 'point', selector: c.send, enabled: true }), 'an enabled Send');
    await ask(tab, { op: 'focus', selector: c.editor });
    await tab.undo();
    await until(async () => (await editorText(tab)) === PROBLEM, 'the original text back');
    await tab.close();
  });

  it('holds a send with findings for review, and Send anyway sends exactly once', async () => {
    const tab = await start();
    await press(tab, c.send, undefined, true);
    await until(() => ask<boolean>(tab, { op: 'review' }), 'the review');
    expect(await sent(tab)).toEqual([]);
    await press(tab, 'dialog.review button', 'Send anyway');
    await until(async () => (await sent(tab)).length === 1, 'one send');
    // A second send would come from the same click handlers, synchronously or on the next check.
    await until(async () => !(await ask<boolean>(tab, { op: 'review' })), 'the review closed');
    expect(await sent(tab)).toEqual([{ surface: c.surface, text: PROBLEM }]);
    await tab.close();
  });

  it('sends a clean message with no review', async () => {
    const tab = await start(CLEAN);
    await until(() => ask<boolean>(tab, { op: 'checked' }), 'the clean draft checked');
    await press(tab, c.send, undefined, true);
    await until(async () => (await sent(tab)).length === 1, 'one send');
    expect(await ask<boolean>(tab, { op: 'review' })).toBe(false);
    expect((await sent(tab))[0].text).toBe(CLEAN);
    await tab.close();
  });

  it('shows HTML in a draft as text, and runs none of it', async () => {
    const tab = await start('<img src=x onerror=alert(1)> you are clueless');
    await until(async () => (await count(tab)) >= 1, 'a badge');
    await press(tab, 'button.badge');
    await until(() => ask(tab, { op: 'point', selector: '.panel li' }), 'the panel');
    expect(await ask<number>(tab, { op: 'images' })).toBe(0);
    await tab.close();
  });
}

/** The popup lists the draft's findings, and its Apply changes the draft in the page. */
export function popupScenarios(open: () => OpenTab, popup: () => OpenPopup) {
  it('lists the findings of the draft, and Apply there rewrites the draft in the page', async () => {
    const c = SHARED_SURFACES[0];
    const tab = await open()(c.page);
    await press(tab, c.editor);
    await tab.type(PROBLEM);
    await until(async () => (await count(tab)) === 2, 'a badge counting 2');
    const view = await popup()(tab);
    for (const rule of ['hostile-tone', 'passive-aggressive']) await until(() => ask(view, { op: 'point', selector: `li[data-rule="${rule}"]` }), `${rule} in the popup`);
    await press(view, 'li[data-rule="passive-aggressive"] button', 'Apply');
    await until(async () => (await ask<string>(tab, { op: 'text', selector: c.editor }))?.startsWith('Following up on my earlier message,'), 'the rewrite in the page');
    await view.close();
    await tab.close();
  });
}
