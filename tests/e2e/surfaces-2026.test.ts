/**
 * The sends and surfaces of LinkedIn in 2026 (issue 10, fixtures F11 onward
 * built from ../shared/linkedin-2026.md), in real Chromium with the built
 * extension: each surface gets its badge, a send through its own control is
 * held for review, and Send anyway sends exactly once through that control.
 * The fixtures record every send under the name of the control that made it,
 * so a send through a neighbour's button shows. No fixed sleeps: every wait is
 * for a condition.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badges, open, openPopup, PAGES, sent, tabIdOf, until } from './harness';
import { fileSession } from './session';

const session = fileSession();

/** Passive-aggressive (a warning) and hostile (an error) in every context: two findings. */
const PROBLEM = "Per my last message, you're clueless.";
const CLEAN = 'Thanks for the intro, looking forward to our chat on Tuesday.';

interface Case {
  name: string;
  page: keyof typeof PAGES;
  /** Appended to the page's URL (a send mode, say). */
  query?: string;
  /** Brings the box on screen: opens the dialog, the reply box, fills the required subject … */
  prepare?(page: Page): Promise<void>;
  editor(page: Page): Locator;
  /** The surface's own send control, when it has a button. */
  send?(page: Page): Locator;
  /** Sends as the user would; a click on `send` unless a key does it. */
  key?: string;
  /** `data-forethought-surface` of the box's UI. */
  surface: string;
  /** The name the fixture records a send of this control under. */
  recorded: string;
  /** The box stays after a send, so a second, clean send can follow. */
  again?: boolean;
}

const inDialog = (p: Page) => p.locator('[role="dialog"]');

const CASES: Case[] = [
  {
    name: 'German messaging page, Click Send ("Senden")',
    page: 'messagingDe',
    editor: (p) => p.locator('.msg-form__contenteditable'),
    send: (p) => p.getByRole('button', { name: 'Senden', exact: true }),
    surface: 'messaging',
    recorded: 'messaging',
    again: true,
  },
  {
    name: 'German messaging page, "Mit Enter senden"',
    page: 'messagingDe',
    query: '?mode=enter',
    editor: (p) => p.locator('.msg-form__contenteditable'),
    key: 'Enter',
    surface: 'messaging',
    recorded: 'messaging',
    again: true,
  },
  {
    name: 'German invitation dialog ("Einladung senden")',
    page: 'inviteDe',
    prepare: async (p) => {
      await p.getByText('Vernetzen').click();
      await p.getByRole('button', { name: 'Nachricht hinzufügen' }).click();
    },
    editor: (p) => p.locator('textarea#custom-message'),
    send: (p) => p.getByRole('button', { name: 'Einladung senden' }),
    surface: 'invitation',
    recorded: 'invitation',
  },
  {
    name: 'Cmd/Ctrl+Enter on the messaging page in Click Send mode',
    page: 'messagingClick',
    editor: (p) => p.locator('.msg-form__contenteditable'),
    key: 'Control+Enter',
    surface: 'messaging',
    recorded: 'messaging',
    again: true,
  },
  {
    name: 'Cmd+Enter in a chat bubble in Click Send mode',
    page: 'overlay',
    editor: (p) => p.locator('#msg-form-bubble2 .msg-form__contenteditable'),
    key: 'Meta+Enter',
    surface: 'chat',
    recorded: 'messaging',
    again: true,
  },
  {
    name: 'Sales Navigator InMail',
    page: 'salesInmail',
    prepare: async (p) => {
      await p.getByRole('button', { name: 'Message' }).click();
      await p.getByRole('textbox', { name: 'Subject (required)' }).fill('The platform team');
    },
    editor: (p) => inDialog(p).locator('textarea[name="message"]'),
    send: (p) => inDialog(p).getByRole('button', { name: 'Send', exact: true }),
    surface: 'inmail',
    recorded: 'inmail',
  },
  {
    name: 'editing a sent message (Save)',
    page: 'messageEdit',
    editor: (p) => p.locator('.msg-edit-form__base-form [role="textbox"]'),
    send: (p) => p.getByRole('button', { name: 'Save' }),
    surface: 'message-edit',
    recorded: 'message-edit',
  },
  {
    name: 'company-page post composer',
    page: 'companyPost',
    prepare: (p) => p.getByRole('button', { name: 'Start a post' }).click(),
    editor: (p) => inDialog(p).getByRole('textbox'),
    send: (p) => inDialog(p).getByRole('button', { name: 'Post', exact: true }),
    surface: 'post',
    recorded: 'company-post',
    again: true,
  },
  {
    name: 'hashed feed: a comment, its button keyed commentButtonSection itself',
    page: 'commentReplies',
    editor: (p) => p.locator('#top'),
    send: (p) => p.locator('#top-send'),
    surface: 'comment',
    recorded: 'comment:top',
    again: true,
  },
  {
    name: 'hashed feed: a reply box under replaceableComment_',
    page: 'commentReplies',
    prepare: (p) => p.getByRole('button', { name: 'Reply' }).click(),
    editor: (p) => p.locator('#reply'),
    send: (p) => p.locator('#reply-send'),
    surface: 'comment',
    recorded: 'comment:reply',
    again: true,
  },
  {
    name: 'classic .comments-reply-box, with a draft in the comment box beside it',
    page: 'commentRepliesClassic',
    prepare: async (p) => {
      // A draft in the post's own comment box: its Comment button exists now, in the same feed item.
      await p.locator('#top').click();
      await p.keyboard.type(CLEAN);
      await p.locator('#top-form .comments-comment-box__submit-button--cr').waitFor();
    },
    editor: (p) => p.locator('#reply'),
    send: (p) => p.locator('.comments-reply-box .comments-comment-box__submit-button--cr'),
    surface: 'comment',
    recorded: 'comment:reply',
    again: true,
  },
  {
    name: 'SDUI message modal sent by referralSendButton',
    page: 'sduiReferral',
    prepare: (p) => p.getByRole('button', { name: 'Ask for a referral' }).click(),
    editor: (p) => inDialog(p).locator('textarea'),
    send: (p) => p.locator('[componentkey^="referralSendButton"]'),
    surface: 'sdui-message',
    recorded: 'sdui-message',
    again: true,
  },
  {
    name: 'post composer beside its hidden /preload copy',
    page: 'postDecoy',
    prepare: (p) => p.getByRole('button', { name: 'Start a post' }).click(),
    editor: (p) => inDialog(p).locator('.ql-editor'),
    send: (p) => p.locator('.share-actions__primary-action'),
    surface: 'post',
    recorded: 'post',
    again: true,
  },
];

const count = async (page: Page) => Math.max(0, ...(await badges(page).evaluateAll((hosts) => hosts.map((h) => Number(h.getAttribute('data-forethought-count'))))));
const surfaces = (page: Page) => badges(page).evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-forethought-surface')));
/** The review, in English or, on a German LinkedIn, in German (the in-page UI follows the page's language). */
const review = (page: Page) => page.getByRole('dialog', { name: /^(?:Review before sending|Vor dem Senden prüfen)$/ });
const textOf = (editor: Locator) => editor.evaluate((e) => (e instanceof HTMLTextAreaElement ? e.value : (e as HTMLElement).innerText));
/** Waits until `read` gives `want`; a timeout names what it read last. */
async function untilEqual(read: () => Promise<string>, want: string, what: string) {
  let last = '';
  await until(async () => (last = await read()) === want, what).catch(() => {
    throw new Error(`timed out waiting for ${what}: read ${JSON.stringify(last)}, want ${JSON.stringify(want)}`);
  });
}
const sends = async (page: Page) => (await sent(page)).map(({ surface, text }) => ({ surface, text }));

async function start(c: Case): Promise<{ page: Page; editor: Locator }> {
  const page = await session().context.newPage();
  page.on('dialog', (d) => {
    throw new Error(`a page dialog opened: ${d.message()}`);
  });
  await page.goto(PAGES[c.page].url + (c.query ?? ''));
  await c.prepare?.(page);
  const editor = c.editor(page);
  await editor.click();
  return { page, editor };
}

/** Sends through the surface's own control (or key), once LinkedIn's control takes it. */
async function submit(c: Case, page: Page, editor: Locator) {
  if (c.key) {
    await editor.focus();
    return page.keyboard.press(c.key);
  }
  await until(() => c.send!(page).isEnabled(), 'an enabled send control');
  await c.send!(page).click();
}

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
  it("shows the badge, holds the surface's own send for review, and Send anyway sends exactly once through it", async () => {
    const { page, editor } = await start(c);
    await editor.pressSequentially(PROBLEM, { delay: 5 });
    await until(async () => (await count(page)) === 2, 'a badge counting 2');
    expect(await surfaces(page)).toContain(c.surface);
    await submit(c, page, editor);
    await review(page).waitFor();
    expect(await sent(page)).toEqual([]);
    await review(page).getByRole('button', { name: /^(?:Send anyway|Trotzdem senden)$/ }).click();
    await until(async () => (await sent(page)).length > 0, 'the send');
    if (c.again) {
      // A second, clean send through the same control: anything sent twice would sit between the two.
      await until(async () => !(await textOf(editor)).trim(), 'the box emptied by the send');
      await editor.pressSequentially(CLEAN, { delay: 2 });
      await submit(c, page, editor);
      await until(async () => (await sent(page)).length > 1, 'the second send');
      expect(await sends(page)).toEqual([
        { surface: c.recorded, text: PROBLEM },
        { surface: c.recorded, text: CLEAN },
      ]);
    } else {
      await until(() => review(page).isHidden(), 'the review closed');
      expect(await sends(page)).toEqual([{ surface: c.recorded, text: PROBLEM }]);
    }
    expect(await review(page).isVisible()).toBe(false);
    await page.close();
  });

  it('sends a clean draft through its own control with no review', async () => {
    const { page, editor } = await start(c);
    await editor.pressSequentially(CLEAN, { delay: 2 });
    await submit(c, page, editor);
    await until(async () => (await sent(page)).length > 0, 'the send');
    expect(await sends(page)).toEqual([{ surface: c.recorded, text: CLEAN }]);
    expect(await review(page).isVisible()).toBe(false);
    await page.close();
  });
});

describe('plain Enter keeps LinkedIn’s behaviour for the mode', () => {
  it.each([['messagingClick' as const], ['messagingDe' as const]])('%s in Click Send mode: Enter makes a new line, sends nothing and opens no review', async (key) => {
    const c = CASES.find((x) => x.page === key)!;
    const { page, editor } = await start(c);
    await editor.pressSequentially(PROBLEM, { delay: 5 });
    await until(async () => (await count(page)) === 2, 'a badge counting 2');
    await page.keyboard.press('Enter');
    await editor.pressSequentially('More', { delay: 5 });
    await until(async () => (await textOf(editor)).includes('\nMore'), 'a new line');
    expect(await review(page).isVisible()).toBe(false);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });
});

describe('each comment box binds its own submit button', () => {
  it.each([['commentReplies' as const], ['commentRepliesClassic' as const]])('%s: the post’s Comment sends its own clean draft, while the reply box holds findings', async (key) => {
    const page = await open(session(), key);
    if (key === 'commentReplies') await page.getByRole('button', { name: 'Reply' }).click();
    await page.locator('#reply').click();
    await page.keyboard.type(PROBLEM);
    await until(async () => (await count(page)) === 2, 'the reply’s badge counting 2');
    await page.locator('#top').click();
    await page.keyboard.type(CLEAN);
    const top = key === 'commentReplies' ? page.locator('#top-send') : page.locator('#top-form .comments-comment-box__submit-button--cr');
    await until(() => top.isEnabled(), 'the post’s Comment button');
    await top.click();
    await until(async () => (await sent(page)).length > 0, 'the comment sent');
    expect(await sends(page)).toEqual([{ surface: 'comment:top', text: CLEAN }]);
    expect(await review(page).isVisible()).toBe(false);
    expect(await textOf(page.locator('#reply'))).toBe(PROBLEM);
    await page.close();
  });
});

describe('not a message', () => {
  it('leaves the Easy Apply dialog alone: no badge, and its Submit goes straight through', async () => {
    const page = await open(session(), 'easyApply');
    await page.getByRole('button', { name: 'Easy Apply' }).click();
    const answer = inDialog(page).locator('textarea');
    await answer.click();
    await answer.pressSequentially(PROBLEM, { delay: 2 });
    await inDialog(page).getByRole('button', { name: 'Submit application' }).click();
    // Not held: the page's own handler has run by the time the click returns.
    expect(await sends(page)).toEqual([{ surface: 'easy-apply', text: PROBLEM }]);
    expect(await badges(page).count()).toBe(0);
    expect(await page.locator('forethought-ui').count()).toBe(0);
    await page.close();
  });
});

describe('InMail limits', () => {
  it('Sales Navigator: the subject is checked on its own with its 200 limit, the body with 1,900', async () => {
    const page = await open(session(), 'salesInmail');
    await page.getByRole('button', { name: 'Message' }).click();
    const subject = page.getByRole('textbox', { name: 'Subject (required)' });
    const body = inDialog(page).locator('textarea[name="message"]');
    const hosts = async () => (await badges(page).evaluateAll((all) => all.map((h) => `${h.getAttribute('data-forethought-surface')}:${h.getAttribute('data-forethought-count')}`))).sort();
    const until = (want: string, what: string) => untilEqual(() => hosts().then((h) => h.join()), want, what);
    const sentence = 'I lead the data platform team at a logistics startup and enjoyed your talk on streaming joins. ';
    // 201 characters that end in a letter (the limit counts the text without trailing spaces).
    await subject.fill(`${sentence.repeat(3).slice(0, 199)}ab`);
    await until('inmail:1', 'the subject over 200 flagged');
    await body.fill(`${sentence.repeat(25).slice(0, 1899)}I`);
    await until('inmail:0,inmail:1', 'the body at 1,900 clean');
    await body.press('End');
    await page.keyboard.type('!');
    await until('inmail:1,inmail:1', 'the body over 1,900 flagged');
    await subject.press('End');
    await page.keyboard.press('Backspace');
    await until('inmail:0,inmail:1', 'the subject at 200 clean');
    await page.close();
  });
});

describe('decoys', () => {
  it('inserts a template from the popup into the post editor on screen, not its hidden /preload copy', async () => {
    const page = await open(session(), 'postDecoy');
    await page.getByRole('button', { name: 'Start a post' }).click();
    const visible = inDialog(page).locator('.ql-editor');
    await visible.waitFor();
    const popup = await openPopup(session(), await tabIdOf(session(), page));
    await popup.getByRole('tab', { name: 'Templates' }).click();
    await popup.locator('button[data-template="courteous-decline"]').click();
    await until(async () => (await textOf(visible)).trim().length > 0, 'the template in the visible editor');
    expect((await textOf(page.locator('#decoy'))).trim()).toBe('');
    await popup.close();
    await page.close();
  });
});
