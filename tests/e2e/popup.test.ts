/**
 * The popup and the options page, in real Chromium with the built extension:
 * findings of a fixture draft, Apply from the popup, rules switched live,
 * templates, settings that survive a browser restart, and axe-core.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, launch, open, openPopup, tabIdOf, type Session, until } from './harness';
import { fileSession } from './session';

let session: Session;
fileSession((s) => (session = s));


const PROBLEM = "Per my last message, you're clueless.";
const count = (page: Page) => page.locator('forethought-ui').first().getAttribute('data-forethought-count').then(Number);
const editorText = (page: Page) => page.locator('.msg-form__contenteditable').evaluate((e) => (e as HTMLElement).innerText.trim());

async function draft(text: string) {
  const page = await open(session, 'messagingClick');
  await page.locator('.msg-form__contenteditable').click();
  if (text) {
    await page.keyboard.type(text);
    await until(async () => (await count(page)) > 0, 'a badge');
  }
  const popup = await openPopup(session, await tabIdOf(session, page));
  return { page, popup };
}

describe('popup', () => {
  it('says to open LinkedIn when the tab is not LinkedIn', async () => {
    // A tab the extension cannot read (not LinkedIn): no report, no template insert.
    const popup = await openPopup(session, 987654);
    await popup.getByText('Open LinkedIn to check a message').waitFor();
    await popup.close();
  });

  it('lists the findings of the draft, grouped by severity', async () => {
    const { page, popup } = await draft(PROBLEM);
    await popup.getByRole('heading', { name: /Errors/ }).waitFor();
    await popup.getByRole('heading', { name: /Warnings/ }).waitFor();
    expect(await popup.locator('li[data-rule]').evaluateAll((items) => items.map((i) => i.getAttribute('data-rule')))).toEqual(['hostile-tone', 'passive-aggressive']);
    await page.close();
    await popup.close();
  });

  it('applies a rewrite in the page, and shows a clean draft as good to send', async () => {
    const { page, popup } = await draft('Per my last message, the contract is attached.');
    await popup.locator('li[data-rule="passive-aggressive"]').getByRole('button', { name: 'Apply' }).click();
    await until(async () => (await editorText(page)).startsWith('Following up on my earlier message,'), 'the rewrite in the editor');
    await popup.getByText('Looks good to send').waitFor();
    await page.close();
    await popup.close();
  });

  it('ignores a finding for this draft', async () => {
    const { page, popup } = await draft(PROBLEM);
    await popup.locator('li[data-rule="passive-aggressive"]').getByRole('button', { name: 'Ignore' }).click();
    await until(async () => (await count(page)) === 1, 'one finding left in the page');
    await until(async () => (await popup.locator('li[data-rule]').count()) === 1, 'one finding left in the popup');
    await page.close();
    await popup.close();
  });

  it('switches a rule off and on live: the finding leaves the popup and the badge with no reload', async () => {
    const { page, popup } = await draft(PROBLEM);
    expect(await count(page)).toBe(2);
    await popup.getByRole('tab', { name: 'Rules' }).click();
    await popup.getByLabel('Passive-aggressive').uncheck();
    await until(async () => (await count(page)) === 1, 'the badge without the rule');
    await popup.getByRole('tab', { name: 'Findings' }).click();
    await until(async () => (await popup.locator('li[data-rule="passive-aggressive"]').count()) === 0 && (await popup.locator('li[data-rule]').count()) === 1, 'the popup without the rule');
    await popup.getByRole('tab', { name: 'Rules' }).click();
    await popup.getByLabel('Passive-aggressive').check();
    await until(async () => (await count(page)) === 2, 'the rule back');
    await page.close();
    await popup.close();
  });

  it('switches Forethought off and on', async () => {
    const { page, popup } = await draft(PROBLEM);
    await popup.getByLabel('Forethought on').uncheck();
    await until(async () => (await count(page)) === 0, 'no findings while off');
    expect(await page.locator('forethought-ui button.badge').isVisible()).toBe(false);
    await popup.getByLabel('Forethought on').check();
    await until(async () => (await count(page)) === 2, 'findings back');
    await page.close();
    await popup.close();
  });

  it('pauses on this tab, and the toolbar badge counts the findings', async () => {
    const { page, popup } = await draft(PROBLEM);
    const tabId = await tabIdOf(session, page);
    const toolbar = () =>
      session.context.serviceWorkers()[0].evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
    await until(async () => (await toolbar()) === '2', 'a toolbar badge of 2');
    await popup.getByLabel('Pause on this tab').check();
    await popup.getByText('Paused on this tab.').waitFor();
    await until(async () => (await count(page)) === 0, 'nothing in the page while paused');
    await until(async () => (await toolbar()) === '', 'an empty toolbar badge');
    await popup.getByLabel('Pause on this tab').uncheck();
    await until(async () => (await count(page)) === 2, 'findings back after resuming');
    await page.close();
    await popup.close();
  });

  it('inserts a template through the same edit path, and it checks clean', async () => {
    const { page, popup } = await draft('');
    await popup.getByRole('tab', { name: 'Templates' }).click();
    // Slots come from the conversation: the header's name and headline.
    await popup.getByText(/Hi Avery, thanks for reaching out and for your interest in Placeholder Labs/).waitFor();
    await popup.locator('button[data-template="courteous-decline"]').click();
    await until(async () => (await editorText(page)).startsWith('Hi Avery, thanks for reaching out'), 'the template in the editor');
    // The badge speaks for a draft that is not empty: the template has been checked.
    await until(async () => (await page.locator('forethought-ui[data-forethought-length]:not([data-forethought-length="0"])').count()) > 0, 'the template checked');
    expect(await count(page)).toBe(0);
    expect(await page.locator('.msg-form__send-button').isEnabled()).toBe(true);
    await page.close();
    await popup.close();
  });
});

describe('accessibility', () => {
  const violations = axeViolations;

  it('axe-core finds no violation in the popup, in each view', async () => {
    const { page, popup } = await draft(PROBLEM);
    for (const tab of ['Findings', 'Rules', 'Templates']) {
      await popup.getByRole('tab', { name: tab }).click();
      await popup.locator(`section[role=tabpanel]#panel-${tab.toLowerCase()}`).waitFor();
      expect(await violations(popup), tab).toEqual([]);
    }
    await page.close();
    await popup.close();
  });

  it('axe-core finds no violation on the options page, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const options = await session.context.newPage();
      await options.emulateMedia({ colorScheme });
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByRole('heading', { name: 'Forethought settings' }).waitFor();
      expect(await violations(options), colorScheme).toEqual([]);
      await options.close();
    }
  });

  it('the popup works from the keyboard alone', async () => {
    const { page, popup } = await draft(PROBLEM);
    await popup.getByRole('tab', { name: 'Findings' }).focus();
    await popup.keyboard.press('ArrowRight');
    await until(async () => (await popup.getByRole('tab', { name: 'Rules' }).getAttribute('aria-selected')) === 'true', 'the Rules tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-rules');
    await page.close();
    await popup.close();
  });
});

describe('options', () => {
  it('keep their changes across a browser restart with the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'forethought-restart-'));
    try {
      let s = await launch({ profile });
      let options = await s.context.newPage();
      await options.goto(`chrome-extension://${s.extensionId}/options.html`);
      await options.getByLabel('Open the review when the draft has').selectOption('error');
      await options.getByLabel('200 characters (free account)').check();
      await options.locator('#always-phrase').fill('rockstar');
      await options.locator('#always-message').fill('Say what they did instead.');
      await options.getByRole('button', { name: 'Add' }).first().click();
      await options.locator('#sev-shouting').selectOption('error');
      await options.getByText('Saved.').waitFor();
      await s.close();

      s = await launch({ profile });
      options = await s.context.newPage();
      await options.goto(`chrome-extension://${s.extensionId}/options.html`);
      await options.getByRole('heading', { name: 'Forethought settings' }).waitFor();
      expect(await options.getByLabel('Open the review when the draft has').inputValue()).toBe('error');
      expect(await options.getByLabel('200 characters (free account)').isChecked()).toBe(true);
      expect(await options.locator('#sev-shouting').inputValue()).toBe('error');
      await options.getByText('Say what they did instead.').waitFor();
      // The user's own phrase is flagged on LinkedIn.
      const page = await open(s, 'messagingClick');
      await page.locator('.msg-form__contenteditable').click();
      await page.keyboard.type('You are a rockstar engineer.');
      await until(async () => (await count(page)) === 1, 'the custom phrase flagged');
      await s.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('rejects a bad import with a clear error and changes nothing', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('#import').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await options.getByRole('alert').filter({ hasText: 'not valid JSON' }).waitFor();
    expect(await options.getByLabel('Open the review when the draft has').inputValue()).toBe('warning');
    await options.close();
  });
});
