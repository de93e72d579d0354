/**
 * The review before Send in real Chromium (issue 9): it opens on a cold
 * background, one user intent is one send, a held send lets nothing else
 * through, Apply works inside the review, the tab's state outlives the
 * service worker, an extension reload leaves the old content script quiet,
 * and a page cannot switch Forethought off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badges, launch, open, openPopup, PAGES, sent, type Session, stopWorker, tabIdOf, until } from './harness';
import { fileSession } from './session';

let session: Session;
fileSession((s) => (session = s));

/** Passive-aggressive (a warning with a rewrite) and hostile (an error): two findings. */
const PROBLEM = "Per my last message, you're clueless.";
const CLEAN = 'Thanks for the intro, looking forward to our chat on Tuesday.';

const editorOf = (page: Page) => page.locator('.msg-form__contenteditable');
const sendOf = (page: Page) => page.locator('.msg-form__send-button');
const reviewOf = (page: Page) => page.getByRole('dialog', { name: 'Review before sending' });
const countOf = async (page: Page) => Math.max(0, ...(await badges(page).evaluateAll((hosts) => hosts.map((h) => Number(h.getAttribute('data-forethought-count'))))));
const draftOf = (page: Page) => editorOf(page).evaluate((e) => (e as HTMLElement).innerText.trim());

/** Opens the messaging page (optionally with a query) with the editor focused. */
async function messaging(s: Session, query = ''): Promise<Page> {
  const page = query ? await s.context.newPage() : await open(s, 'messagingClick');
  if (query) await page.goto(PAGES.messagingClick.url + query);
  await editorOf(page).click();
  return page;
}

/** Records in the page whether the badge ever read "Checking…", from a MutationObserver on our shadow roots. */
const watchChecking = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __checking: boolean; __checkingOutside: boolean };
    w.__checking = false;
    w.__checkingOutside = false;
    const seen = () =>
      document.querySelectorAll('forethought-ui').forEach((h) => {
        if (!h.hasAttribute('data-forethought-checking')) return;
        w.__checking = true;
        // The wider "Checking…" badge stays inside the box it speaks for.
        const badge = h.shadowRoot?.querySelector('button.badge')?.getBoundingClientRect();
        const box = document.querySelector('.msg-form__contenteditable')!.getBoundingClientRect();
        if (badge && (badge.left < box.left || badge.right > box.right)) w.__checkingOutside = true;
      });
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-forethought-checking'] });
  });

describe('a cold background (issue 9, item 1)', () => {
  // First in the file: the worker handle below is only reliable before any test stops the worker.
  it('keeps the background awake with a message within each 25 s while a box holds a draft', async () => {
    const worker = session.context.serviceWorkers()[0];
    // Counts keep-alive messages in the worker (retried: just after the worker starts, its chrome global may not be there yet).
    const count = () =>
      worker.evaluate(() => {
        const g = globalThis as unknown as { __keepalive?: number; chrome: { runtime: { onMessage: { addListener(cb: (m: { type?: string }) => void): void } } } };
        if (g.__keepalive === undefined) {
          g.chrome.runtime.onMessage.addListener((m) => void (m?.type === 'keepalive' && (g.__keepalive! += 1)));
          g.__keepalive = 0;
        }
        return g.__keepalive;
      });
    await until(() => count().then(() => true, () => false), 'the worker instrumented');
    const page = await messaging(session);
    await page.keyboard.type('Hi Avery, ');
    await until(async () => (await count()) > 0, 'a keep-alive message', 26_000);
    await page.close();
  }, 40_000);

  it('opens the review on a draft sent at once after the service worker stopped, 5 of 5 times', async () => {
    const page = await messaging(session);
    await watchChecking(page);
    for (let i = 0; i < 5; i++) {
      await stopWorker(session, page);
      // Pasted and sent at once: no check has run on this text, and the background is cold.
      await editorOf(page).fill(PROBLEM);
      await sendOf(page).click();
      await reviewOf(page).waitFor({ timeout: 5000 });
      expect(await sent(page)).toEqual([]);
      await reviewOf(page).getByRole('button', { name: 'Edit message' }).click();
      await editorOf(page).fill('');
    }
    expect(await page.evaluate(() => (window as unknown as { __checking: boolean }).__checking)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __checkingOutside: boolean }).__checkingOutside)).toBe(false);
    await page.close();
  });

});

describe('one send per intent (issue 9, items 2 and 3)', () => {
  it('two quick clicks on an unchecked draft send it once, though LinkedIn disables Send while it is in flight', async () => {
    // A send stays in flight for 1.5 s: LinkedIn has disabled Send, and the text is still in the box.
    const page = await messaging(session, '?send-takes=1500');
    await stopWorker(session, page); // the check takes a while, so both clicks land before it answers
    await editorOf(page).fill(CLEAN);
    await sendOf(page).dblclick();
    await until(async () => (await sent(page)).length > 0, 'the send');
    await until(async () => (await draftOf(page)) === '', 'the message delivered and the box cleared');
    expect(await sent(page)).toEqual([{ surface: 'messaging', text: CLEAN }]);
    await page.close();
  });

  it('after Send anyway, a new draft with findings sent at once is held for review', async () => {
    const page = await messaging(session);
    await page.keyboard.type(PROBLEM);
    await until(async () => (await countOf(page)) === 2, 'a badge counting 2');
    await sendOf(page).click();
    await reviewOf(page).getByRole('button', { name: 'Send anyway' }).click();
    await until(async () => (await sent(page)).length === 1, 'the send');
    // A different draft with findings, sent straight away: the bypass was for the one text just sent.
    await editorOf(page).fill('Reply ASAP!!! You are clueless.');
    await sendOf(page).click();
    await reviewOf(page).waitFor({ timeout: 5000 });
    expect((await sent(page)).map((s) => s.text)).toEqual([PROBLEM]);
    await page.close();
  });
});

describe('Apply inside the review (issue 9, item 4)', () => {
  it('changes the draft; the review shows what is left, and closes when nothing is', async () => {
    const page = await messaging(session);
    await page.keyboard.type(PROBLEM);
    await until(async () => (await countOf(page)) === 2, 'a badge counting 2');
    await sendOf(page).click();
    const review = reviewOf(page);
    await review.locator('li[data-rule="passive-aggressive"]').getByRole('button', { name: 'Apply' }).click();
    await until(async () => (await draftOf(page)).startsWith('Following up on my earlier message,'), 'the rewrite in the draft');
    await until(async () => (await review.locator('li[data-rule]').evaluateAll((items) => items.map((i) => i.getAttribute('data-rule')))).join() === 'hostile-tone', 'the review with what is left');
    await review.locator('li[data-rule="hostile-tone"]').getByRole('button', { name: 'Apply' }).click();
    await until(async () => !(await review.isVisible()), 'the review closed');
    expect(await sent(page)).toEqual([]);
    await page.close();
  });
});

describe('state that outlives the service worker (issue 9, item 9)', () => {
  it('a tab paused in the popup stays paused after the worker restarts', async () => {
    const page = await messaging(session);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.getByLabel('Pause on this tab').check();
    await popup.getByText('Paused on this tab.').waitFor();
    await popup.close();
    await stopWorker(session, page);
    await page.bringToFront();
    await editorOf(page).fill(PROBLEM); // one input, so one check
    // The draft's check comes back: with the tab paused it has nothing to show.
    await until(async () => (await badges(page).count()) > 0, 'the draft checked');
    expect(await countOf(page)).toBe(0);
    const again = await openPopup(session, tabId);
    await again.getByLabel('Pause on this tab').uncheck();
    await again.close();
    await page.close();
  });

  it("the popup lists the tab's findings after the worker restarts", async () => {
    const page = await messaging(session);
    await page.keyboard.type(PROBLEM);
    await until(async () => (await countOf(page)) === 2, 'a badge counting 2');
    const tabId = await tabIdOf(session, page);
    await stopWorker(session, page);
    const popup = await openPopup(session, tabId);
    await until(async () => (await popup.locator('li[data-rule]').count()) === 2, 'the two findings in the popup');
    await popup.close();
    await page.close();
  });
});

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
