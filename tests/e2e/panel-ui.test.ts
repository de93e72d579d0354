/**
 * The in-page UI never works against the user (issue 9, items 5–8 and 12), in
 * real Chromium with the built extension on the fixture pages: focus stays
 * where the user is typing, the panel stays clear of Send and the draft,
 * highlights follow the words (textareas included), a draft that was not
 * checked does not look clean, and a page script cannot press our buttons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { open, ROOT, sent, type Session, until } from './harness';
import { fileSession } from './session';

let session: Session;
fileSession((s) => (session = s));

/** Screenshots to look at (not committed): .output/panel-ui/. */
const SHOTS = join(ROOT, '.output/panel-ui');
mkdirSync(SHOTS, { recursive: true });

/** Passive-aggressive ("Per my last message") and hostile ("clueless"): two findings. */
const PROBLEM = "Per my last message, you're clueless.";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box, slack = 1) => a.x >= b.x - slack && a.y >= b.y - slack && a.x + a.width <= b.x + b.width + slack && a.y + a.height <= b.y + b.height + slack;

const panelOf = (page: Page) => page.getByRole('dialog', { name: 'Forethought findings' });
const badgeOf = (page: Page) => page.locator('forethought-ui button.badge');
const text = (editor: Locator) => editor.evaluate((e) => (e instanceof HTMLTextAreaElement ? e.value : (e as HTMLElement).innerText).trim());
const count = (page: Page) => page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('forethought-ui')].map((h) => Number(h.getAttribute('data-forethought-count')))));

/** The highlights drawn now, left to right and top to bottom. */
const marks = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('forethought-ui')]
      .flatMap((h) => [...h.shadowRoot!.querySelectorAll<HTMLElement>('.mark')])
      .filter((m) => m.checkVisibility())
      .map((m) => m.getBoundingClientRect())
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
      .sort((a, b) => a.y - b.y || a.x - b.x),
  );

/** Where the words are on screen in a contenteditable editor, from a Range over them. */
const wordBoxes = (editor: Locator, words: string): Promise<Box[]> =>
  editor.evaluate((e, w) => {
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    }
    return [];
  }, words);

/** Whether a highlight covers each line box of the words, on the same line (within a pixel or two). */
async function marked(page: Page, editor: Locator, words: string): Promise<boolean> {
  const [drawn, expected] = [await marks(page), await wordBoxes(editor, words)];
  const covers = (m: Box, w: Box) => Math.abs(m.y - w.y) <= 2 && Math.abs(m.height - w.height) <= 2 && m.x <= w.x + 2 && m.x + m.width >= w.x + w.width - 2;
  return expected.length > 0 && expected.every((w) => drawn.some((m) => covers(m, w)));
}

/**
 * What has the keyboard focus, through shadow roots: 'editor', 'body', or
 * 'panel:<button>' / 'review:<button>' / 'ui:<what>' inside Forethought's UI.
 */
const focused = (page: Page, editorSelector: string) =>
  page.evaluate((sel) => {
    let a = document.activeElement;
    let ours = false;
    while (a?.shadowRoot?.activeElement) {
      if (a.hasAttribute('data-forethought-ui')) ours = true;
      a = a.shadowRoot.activeElement;
    }
    if (!a || a === document.body) return 'body';
    if (a.matches(sel)) return 'editor';
    if (!ours) return `page:${a.tagName}`;
    const where = a.closest('.panel') ? 'panel' : a.closest('dialog.review') ? 'review' : 'ui';
    return `${where}:${a.getAttribute('aria-label') ?? a.textContent?.trim() ?? a.tagName}`;
  }, editorSelector);

/** The keyboard shortcut's command, as the browser delivers it (see `openByShortcut`). */
const SHORTCUT = 'Alt+Shift+F';

async function write(page: Page, editor: Locator, draft = PROBLEM) {
  await editor.click();
  await editor.pressSequentially(draft, { delay: 5 });
  await until(async () => (await count(page)) >= 2, 'a badge counting 2 or more');
}

describe('focus (item 5)', () => {
  const EDITOR = '.msg-form__contenteditable';

  it('a click on a highlighted word shows its card and leaves the focus in the editor, so Space types a space', async () => {
    const page = await open(session, 'messagingClick');
    const editor = page.locator(EDITOR);
    await write(page, editor);
    await until(() => marked(page, editor, 'Per my last message'), 'a highlight on "Per my last message"');
    const [first] = await wordBoxes(editor, 'last');
    await page.mouse.click(first.x + first.width / 2, first.y + first.height / 2);
    await until(() => panelOf(page).isVisible(), 'the panel');
    expect(await panelOf(page).locator('li[data-rule="passive-aggressive"]').isVisible()).toBe(true);
    expect(await focused(page, EDITOR)).toBe('editor');
    await page.keyboard.press('Space');
    await until(async () => (await text(editor)).length === PROBLEM.length + 1, 'a space typed into the draft');
    expect(await text(editor)).not.toMatch(/^Following up/);
    await page.close();
  });

  it('the panel takes focus from the badge and the keyboard shortcut; Escape, Ignore and Send anyway give it back', async () => {
    const page = await open(session, 'messagingClick');
    const editor = page.locator(EDITOR);
    await write(page, editor);

    await badgeOf(page).click();
    await until(async () => (await focused(page, EDITOR)).startsWith('panel:'), 'the focus in the panel');
    await page.keyboard.press('Escape');
    await until(async () => (await focused(page, EDITOR)) === 'editor', 'the focus back in the editor after Escape');
    expect(await panelOf(page).isVisible()).toBe(false);

    // The shortcut is declared with the commands API, so the user can change it at chrome://extensions/shortcuts.
    const manifest = await session.context.serviceWorkers()[0].evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> } } } }).chrome.runtime.getManifest());
    expect(manifest.commands?.['open-panel']?.suggested_key?.default).toBe(SHORTCUT);
    await openByShortcut(page);
    await until(async () => (await focused(page, EDITOR)).startsWith('panel:'), 'the focus in the panel after the shortcut');

    // Ignore, pressed from the keyboard: the focus moves to the next card, never to <body>.
    await panelOf(page).locator('li.finding').first().getByRole('button', { name: 'Ignore' }).focus();
    await page.keyboard.press('Enter');
    await until(async () => (await panelOf(page).locator('li.finding').count()) === 1, 'one card left');
    await until(async () => /^(panel:|editor$)/.test(await focused(page, EDITOR)), 'the focus on the next card or the editor');
    await panelOf(page).locator('li.finding').first().getByRole('button', { name: 'Ignore' }).focus();
    await page.keyboard.press('Enter');
    await until(async () => (await focused(page, EDITOR)) !== 'body' && (await panelOf(page).locator('li.finding').count()) === 0, 'no cards, focus not on <body>');
    await page.keyboard.press('Escape');
    await until(async () => (await focused(page, EDITOR)) === 'editor', 'the focus in the editor');

    // Send anyway: the draft goes, and the focus is in the (now empty) editor.
    await editor.pressSequentially(' Reply ASAP!!!', { delay: 5 });
    await until(async () => (await count(page)) >= 1, 'a new finding');
    await page.locator('.msg-form__send-button').click();
    const review = page.getByRole('dialog', { name: 'Review before sending' });
    await review.waitFor();
    await review.getByRole('button', { name: 'Send anyway' }).click();
    await until(async () => (await sent(page)).length === 1, 'one send');
    await until(async () => (await focused(page, EDITOR)) === 'editor', 'the focus in the editor after Send anyway');
    await page.close();
  });
});

/**
 * The browser routes an extension command's key straight to the extension,
 * outside the page, and a CDP key event (all Playwright can type) never
 * reaches that router; so the test delivers the command the way the browser
 * does, to the listeners the background registered on commands.onCommand.
 */
async function openByShortcut(page: Page) {
  const worker = session.context.serviceWorkers()[0];
  await worker.evaluate(async (u) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> }; commands: { onCommand: { dispatch(name: string, tab: object): void } } };
    };
    const tab = (await chrome.tabs.query({})).filter((t) => t.url === u).pop()!;
    chrome.commands.onCommand.dispatch('open-panel', tab);
  }, page.url());
}

describe('the panel (item 6)', () => {
  const cases = [
    { name: 'messaging page', page: 'messagingClick' as const, editor: '.msg-form__contenteditable', send: '.msg-form__send-button' },
    { name: 'chat bubble at the bottom of the window', page: 'overlay' as const, editor: '#msg-form-bubble1 .msg-form__contenteditable', send: '#msg-form-bubble1 .msg-form__send-button' },
  ];
  it.each(cases)('$name: it covers neither Send nor the draft, has a close button, and a click outside closes it', async (c) => {
    const page = await open(session, c.page);
    const editor = page.locator(c.editor);
    await write(page, editor);
    await badgeOf(page).click();
    await until(() => panelOf(page).isVisible(), 'the panel');
    const panel = (await panelOf(page).boundingBox())!;
    expect(overlaps(panel, (await page.locator(c.send).boundingBox())!)).toBe(false);
    expect(overlaps(panel, (await editor.boundingBox())!)).toBe(false);
    if (c.page === 'messagingClick') await page.screenshot({ path: join(SHOTS, 'panel.png') });

    await panelOf(page).getByRole('button', { name: 'Close' }).click();
    await until(async () => !(await panelOf(page).isVisible()), 'the panel closed by its button');
    expect(await focused(page, c.editor)).toBe('editor');

    await badgeOf(page).click();
    await until(() => panelOf(page).isVisible(), 'the panel again');
    await page.mouse.click(5, 5);
    await until(async () => !(await panelOf(page).isVisible()), 'the panel closed by a click outside');
    await page.close();
  });

  it('at 200% zoom it opens at its heading, clear of Send', async () => {
    const page = await open(session, 'messagingClick');
    // 200% zoom: half as many CSS pixels in the same window, two device pixels each.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 550, height: 380, deviceScaleFactor: 2, mobile: false });
    const editor = page.locator('.msg-form__contenteditable');
    await write(page, editor, `${PROBLEM} Reply ASAP!!! I need you to send me all your contacts by tomorrow.`);
    await badgeOf(page).click();
    await until(() => panelOf(page).isVisible(), 'the panel');
    await until(async () => (await focused(page, '.msg-form__contenteditable')).startsWith('panel:'), 'the focus in the panel');
    const panel = (await panelOf(page).boundingBox())!;
    const heading = (await panelOf(page).getByRole('heading').first().boundingBox())!;
    expect(inside(heading, panel)).toBe(true);
    expect(inside(heading, { x: 0, y: 0, width: 550, height: 380 })).toBe(true);
    expect(inside(panel, { x: 0, y: 0, width: 550, height: 380 })).toBe(true);
    expect(overlaps(panel, (await page.locator('.msg-form__send-button').boundingBox())!)).toBe(false);
    // Playwright's own screenshot would reset the emulated metrics: ask the browser directly.
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(SHOTS, 'panel-200.png'), Buffer.from(shot.data, 'base64'));
    await page.close();
  });
});

describe('highlights (item 7)', () => {
  const EDITOR = '.msg-form__contenteditable';

  it('follow the words when the box is resized, pushed down or scrolled, and never draw outside the box', async () => {
    const page = await open(session, 'messagingClick');
    const editor = page.locator(EDITOR);
    await editor.click();
    await editor.pressSequentially(PROBLEM, { delay: 5 });
    for (const line of ['Line two of the note.', 'Line three of the note.', 'Line four of the note.']) {
      await page.keyboard.press('Shift+Enter');
      await editor.pressSequentially(line, { delay: 2 });
    }
    await until(async () => (await count(page)) === 2, 'a badge counting 2');
    await until(() => marked(page, editor, 'clueless'), 'a highlight on "clueless"');

    // The box is resized (LinkedIn's "maximize", a narrower window): the words wrap elsewhere.
    await editor.evaluate((e) => (e.style.width = '150px'));
    await until(() => marked(page, editor, 'clueless'), 'the highlight following a resize');
    await until(() => marked(page, editor, 'Per my last'), 'a highlight following a resize');

    // A new incoming message above pushes the box down.
    await page.evaluate(() => {
      const li = document.createElement('li');
      li.innerHTML = '<p style="height:90px">A new message that arrived just now.</p>';
      document.querySelector('.msg-s-message-list-container ul')!.prepend(li);
    });
    await until(() => marked(page, editor, 'clueless'), 'the highlight following the box down');

    // The box scrolls: a highlight follows, and none draws outside the box.
    await editor.evaluate((e) => Object.assign(e.style, { width: '', maxHeight: '44px', overflowY: 'auto' }));
    await until(() => marked(page, editor, 'clueless'), 'the highlight in a box that scrolls');
    await editor.evaluate((e) => (e.scrollTop = 10));
    const box = (await editor.boundingBox())!;
    await until(async () => {
      const drawn = await marks(page);
      return drawn.length > 0 && drawn.every((m) => inside(m, box));
    }, 'highlights only inside the box');
    await editor.evaluate((e) => (e.scrollTop = e.scrollHeight));
    await until(async () => (await marks(page)).every((m) => inside(m, box)), 'no highlight on lines scrolled out of the box');
    await page.close();
  });

  it('hide on stale text while the user types, until the next check', async () => {
    const page = await open(session, 'messagingClick');
    const editor = page.locator(EDITOR);
    await write(page, editor);
    await until(async () => (await marks(page)).length === 2, 'two highlights');
    await page.keyboard.type(' ok');
    await until(async () => (await marks(page)).length === 0, 'no highlight on the stale text');
    await until(async () => (await marks(page)).length === 2 && (await marked(page, editor, 'clueless')), 'highlights back after the check');
    await page.close();
  });

  const textareas = [
    { name: 'SDUI message box', page: 'sduiMessage' as const, prepare: async (_: Page) => {} },
    {
      name: 'connection note',
      page: 'invite' as const,
      prepare: async (p: Page) => {
        await p.getByLabel('Invite Placeholder to connect').click();
        await p.getByRole('button', { name: 'Add a note' }).click();
      },
    },
  ];
  it.each(textareas)('$name: a textarea gets highlights too, on the words, inside the box', async (c) => {
    const page = await open(session, c.page);
    await c.prepare(page);
    const editor = page.locator('textarea');
    await write(page, editor);
    await until(async () => (await marks(page)).length >= 2, 'highlights in the textarea');
    const box = (await editor.boundingBox())!;
    const content = await editor.evaluate((e) => {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return { x: r.x + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft), y: r.y + parseFloat(s.borderTopWidth) + parseFloat(s.paddingTop) };
    });
    const drawn = await marks(page);
    expect(drawn.every((m) => inside(m, box))).toBe(true);
    // "Per my last message" starts the draft: its highlight starts where the text does.
    expect(Math.abs(drawn[0].x - content.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(drawn[0].y - content.y)).toBeLessThanOrEqual(4);
    // "clueless" is further along the same line.
    expect(drawn[drawn.length - 1].x).toBeGreaterThan(drawn[0].x + drawn[0].width);
    await page.screenshot({ path: join(SHOTS, `textarea-${c.page}.png`) });
    // A click on a highlight in the textarea shows its card, and the caret stays in the textarea.
    const last = drawn[drawn.length - 1];
    await page.mouse.click(last.x + last.width / 2, last.y + last.height / 2);
    await until(() => panelOf(page).isVisible(), 'the panel from a textarea highlight');
    expect(await panelOf(page).locator('li.current').getAttribute('data-rule')).toBe('hostile-tone');
    expect(await focused(page, 'textarea')).toBe('editor');
    await page.keyboard.press('Escape'); // LinkedIn's dialog may close on Escape; the panel must not be in its way
    await page.mouse.click(5, 5);
    await until(async () => !(await panelOf(page).isVisible()), 'the panel closed');
    // A narrower textarea wraps the words; the highlights follow and stay inside.
    await editor.evaluate((e) => (e.style.width = '160px'));
    const narrow = (await editor.boundingBox())!;
    await until(async () => {
      const now = await marks(page);
      return now.length >= 3 && now.every((m) => inside(m, narrow));
    }, 'highlights following the wrapped text');
    await page.close();
  });
});

describe('not checked is not clean (item 8)', () => {
  it('a draft not in English shows a neutral "not checked" badge with a tooltip, not a green 0', async () => {
    const page = await open(session, 'messagingClick');
    const editor = page.locator('.msg-form__contenteditable');
    await editor.click();
    await editor.pressSequentially('Hola Avery, muchas gracias por tu mensaje. Me encantaría hablar contigo la próxima semana sobre el equipo.', { delay: 2 });
    await until(() => badgeOf(page).isVisible(), 'the badge');
    await until(async () => (await badgeOf(page).getAttribute('data-severity')) === 'unchecked', 'a "not checked" badge');
    const badge = badgeOf(page);
    expect(await badge.innerText()).not.toBe('0');
    expect(await badge.getAttribute('title')).toMatch(/not checked/i);
    expect(await badge.getAttribute('title')).not.toMatch(/looks good/i);
    await badge.click();
    await until(() => panelOf(page).isVisible(), 'the panel');
    expect(await panelOf(page).innerText()).not.toMatch(/Nothing to fix|Looks good/);
    await page.close();
  });
});

describe('the page cannot press the UI (item 12)', () => {
  it('untrusted clicks from a page script on the badge, Apply, Ignore and Send anyway do nothing', async () => {
    const page = await open(session, 'messagingClick');
    const editor = page.locator('.msg-form__contenteditable');
    await write(page, editor);
    const root = 'document.querySelector("forethought-ui").shadowRoot';
    const panelOpen = () => page.evaluate(`!${root}.querySelector(".panel").hidden`);

    await page.evaluate(`${root}.querySelector("button.badge").click()`);
    expect(await panelOpen()).toBe(false);

    await badgeOf(page).click();
    await until(() => panelOf(page).isVisible(), 'the panel');
    // Every button of the panel, clicked by the page: the draft, the cards and the panel stay as they are.
    const after = await page.evaluate(`(() => {
      for (const b of ${root}.querySelectorAll(".panel button")) b.click();
      return { text: document.querySelector(".msg-form__contenteditable").innerText.trim(), cards: ${root}.querySelectorAll(".panel li.finding").length };
    })()`);
    expect(after).toEqual({ text: PROBLEM, cards: 2 });
    expect(await panelOpen()).toBe(true);
    await page.keyboard.press('Escape');

    await page.locator('.msg-form__send-button').click();
    const review = page.getByRole('dialog', { name: 'Review before sending' });
    await review.waitFor();
    const held = await page.evaluate(`(() => {
      for (const b of ${root}.querySelectorAll("dialog.review button")) b.click();
      return { sent: window.__sent.length, open: ${root}.querySelector("dialog.review").open, text: document.querySelector(".msg-form__contenteditable").innerText.trim() };
    })()`);
    expect(held).toEqual({ sent: 0, open: true, text: PROBLEM });
    // The user's own click still works.
    await review.getByRole('button', { name: 'Send anyway' }).click();
    await until(async () => (await sent(page)).length === 1, 'one send');
    await page.close();
  });
});

describe('one phrase, two rules (issue 8)', () => {
  it('"Don’t ever write me again" is one card naming both findings, with one rewrite, and the badge counts it once', async () => {
    const page = await open(session, 'messagingClick');
    const editor = page.locator('.msg-form__contenteditable');
    await editor.click();
    await editor.pressSequentially('Don’t ever write me again.', { delay: 5 });
    await until(async () => (await count(page)) === 1, 'a badge counting 1');
    await badgeOf(page).click();
    const cards = panelOf(page).locator('li.finding');
    await until(async () => (await cards.count()) === 1, 'one card');
    expect(await cards.first().locator('p.message').count()).toBe(2);
    expect(await cards.first().getByRole('button', { name: 'Apply' }).count()).toBe(1);
    await page.close();
  });
});

describe('slots (issue 8)', () => {
  it('fills the sender’s name from LinkedIn’s profile menu, and Apply selects the slot the writer must fill', async () => {
    const page = await open(session, 'inmail');
    const editor = page.locator('.msg-form__contenteditable');
    await editor.click();
    await editor.pressSequentially('Hello, I have something to discuss with you. When can we talk?', { delay: 2 });
    await until(async () => (await count(page)) >= 1, 'a finding');
    await badgeOf(page).click();
    const card = panelOf(page).locator('li[data-rule="missing-context"]');
    await card.waitFor();
    await card.getByRole('button', { name: 'Apply' }).click();
    await until(async () => (await text(editor)).includes("I'm Sam Placeholder, [your role]"), 'the sender’s name filled in');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('[your role]');
    await page.keyboard.type('a designer');
    await until(async () => (await text(editor)).includes('Sam Placeholder, a designer at [company]'), 'the slot typed over');
    await page.close();
  });
});
