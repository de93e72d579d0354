/**
 * The review before Send in real Chromium (issue 9): it opens on a cold
 * background, one user intent is one send, a held send lets nothing else
 * through, Apply works inside the review, the tab's state outlives the
 * service worker, an extension reload leaves the old content script quiet,
 * and a page cannot switch Forethought off.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badges, ensureBuilt, launch, open, PAGES, sent, type Session, until } from './harness';

let session: Session;
beforeAll(async () => {
  ensureBuilt();
  session = await launch();
}, 120_000);
afterAll(async () => session?.close());

/** Passive-aggressive (a warning with a rewrite) and hostile (an error): two findings. */
const PROBLEM = "Per my last message, you're clueless.";
const CLEAN = 'Thanks for the intro, looking forward to our chat on Tuesday.';

const editorOf = (page: Page) => page.locator('.msg-form__contenteditable');
const sendOf = (page: Page) => page.locator('.msg-form__send-button');
const reviewOf = (page: Page) => page.getByRole('dialog', { name: 'Review before sending' });
const countOf = async (page: Page) => Math.max(0, ...(await badges(page).evaluateAll((hosts) => hosts.map((h) => Number(h.getAttribute('data-forethought-count'))))));

/** Opens the messaging page (optionally with a query) with the editor focused. */
async function messaging(s: Session, query = ''): Promise<Page> {
  const page = query ? await s.context.newPage() : await open(s, 'messagingClick');
  if (query) await page.goto(PAGES.messagingClick.url + query);
  await editorOf(page).click();
  return page;
}

describe('after the extension is reloaded (issue 9, item 10)', () => {
  it('the old content script removes its UI, logs no invalidated context, and lets the send through', async () => {
    const own = await launch();
    try {
      const page = await messaging(own);
      const logged: string[] = [];
      page.on('console', (m) => logged.push(m.text()));
      await page.keyboard.type(PROBLEM);
      await until(async () => (await countOf(page)) === 2, 'a badge counting 2');
      // An update or a reload from chrome://extensions: the old content script stays in the page, orphaned.
      await own.context.serviceWorkers()[0].evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
      await page.keyboard.type(' Reply ASAP!!!');
      await until(async () => (await badges(page).count()) === 0, 'the old UI removed');
      await sendOf(page).click();
      await until(async () => (await sent(page)).length === 1, 'the send');
      expect(await reviewOf(page).count()).toBe(0);
      expect(logged.filter((l) => /context invalidated/i.test(l))).toEqual([]);
      await page.close();
    } finally {
      await own.close();
    }
  });
});

describe('a hostile page (issue 9, item 11)', () => {
  it("cannot stop Forethought by dispatching WXT's content-script-started event", async () => {
    const page = await session.context.newPage();
    // The page learns the event's name from WXT's own postMessage, and dispatches it as a newer script would.
    await page.addInitScript(() => {
      window.addEventListener('message', (e) => {
        const type = (e.data as { type?: unknown } | null)?.type;
        if (typeof type !== 'string' || !type.endsWith(':wxt:content-script-started')) return;
        (window as unknown as { __forged: number }).__forged = ((window as unknown as { __forged?: number }).__forged ?? 0) + 1;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: (e.data as { contentScriptName: string }).contentScriptName, messageId: 'the-page' } }));
      });
    });
    await page.goto(PAGES.messagingClick.url);
    await until(() => page.evaluate(() => (window as unknown as { __forged?: number }).__forged === 1), 'the forged event dispatched');
    await editorOf(page).click();
    await page.keyboard.type(PROBLEM);
    await until(async () => (await countOf(page)) === 2, 'a badge counting 2');
    await sendOf(page).click();
    await reviewOf(page).waitFor({ timeout: 5000 });
    expect(await sent(page)).toEqual([]);
    await page.close();
  });
});
