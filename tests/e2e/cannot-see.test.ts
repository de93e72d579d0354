/**
 * "Say when it cannot see" (issue 10): a box on LinkedIn that Forethought does
 * not recognise must not look checked. The popup says so with the page's path,
 * the page shows no badge, and the popup's report button copies an outline of
 * the box's markup with none of its text. Real Chromium, built extension.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, badges, open, openPopup, PAGES, tabIdOf, until } from './harness';
import { fileSession } from './session';

const session = fileSession();

/** Words that would be flagged if the box were checked, and that must never reach the report. */
const SECRET = "Per my last message, you're clueless. Secret draft 4711.";
const BOXES = [
  { kind: 'contenteditable', selector: '.rich-editor' },
  { kind: 'textarea', selector: 'textarea.recommendation-note' },
] as const;
const PATH = new URL(PAGES.unrecognised.url).pathname;

async function typeInto(selector: string): Promise<{ page: Page; popup: Page }> {
  const page = await open(session(), 'unrecognised');
  await page.locator(selector).click();
  await page.keyboard.type(SECRET);
  const popup = await openPopup(session(), await tabIdOf(session(), page));
  return { page, popup };
}

describe('a box Forethought does not recognise', () => {
  it.each(BOXES)('the popup says it cannot check the $kind, with the page’s path', async ({ selector }) => {
    const { page, popup } = await typeInto(selector);
    await popup.getByText('Forethought can’t check this box yet').waitFor();
    await popup.getByText(PATH, { exact: true }).waitFor();
    // Not a word of findings or "looks good": nothing claims the draft was checked.
    expect(await popup.locator('li[data-rule]').count()).toBe(0);
    expect(await popup.getByText('Looks good to send').count()).toBe(0);
    await page.close();
    await popup.close();
  });

  it.each(BOXES)('the $kind gets no badge', async ({ selector }) => {
    const { page, popup } = await typeInto(selector);
    // The popup's answer comes from the content script after it scanned the page for this box.
    await popup.getByText('Forethought can’t check this box yet').waitFor();
    expect(await badges(page).count()).toBe(0);
    expect(await page.locator('forethought-ui').count()).toBe(0);
    await page.close();
    await popup.close();
  });

  it.each(BOXES)('the report copies an outline of the $kind’s markup with no text', async ({ kind, selector }) => {
    const { page, popup } = await typeInto(selector);
    await popup.getByRole('button', { name: 'Copy a report of this box' }).click();
    await popup.getByText('Copied').waitFor();
    // The clipboard is the browser's, one for all pages: read it back where reading can be granted
    // (Chromium grants no permission to an extension's origin).
    await session().context.grantPermissions(['clipboard-read'], { origin: 'https://www.linkedin.com' });
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // Structure: tag names, roles, classes and data attributes, and which box was focused.
    expect(copied).toContain(PATH);
    expect(copied).toMatch(kind === 'textarea' ? /<textarea[^>]*class="_a9b8c7 recommendation-note"[^>]*>.*focused/ : /<div[^>]*class="_e1f2a3b4 rich-editor"[^>]*contenteditable[^>]*>.*focused/);
    expect(copied).toContain('data-view-name="');
    expect(copied).toContain('data-testid="about-editor-wrapper"');
    expect(copied).toContain('data-placeholder');
    // No text: not the draft, not the page's words, not a value that could hold text.
    for (const text of ['Secret', 'clueless', '4711', 'Avery', 'Placeholder', 'About', 'Your note', 'Ex:', 'Write about', 'Tell people', 'Profile', 'Send', '7291837465', 'avery']) {
      expect(copied, text).not.toContain(text);
    }
    expect(copied).not.toMatch(/aria-label=|placeholder="|title=|href=|value=/);
    // What was copied is shown too, so the user sees exactly what they would paste.
    expect(await popup.locator('#outline').inputValue()).toBe(copied);
    expect(session().extensionRequests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    await page.close();
    await popup.close();
  });

  it('axe-core finds no violation in the popup’s can’t-check view, before and after the report', async () => {
    const { page, popup } = await typeInto(BOXES[0].selector);
    await popup.getByText('Forethought can’t check this box yet').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Copy a report of this box' }).click();
    await popup.getByText('Copied').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await page.close();
    await popup.close();
  });

  it('a box it does recognise still shows its findings', async () => {
    const page = await open(session(), 'messagingClick');
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.type(SECRET);
    await until(async () => (await badges(page).count()) === 1, 'a badge');
    const popup = await openPopup(session(), await tabIdOf(session(), page));
    await popup.locator('li[data-rule]').first().waitFor();
    expect(await popup.getByText('Forethought can’t check this box yet').count()).toBe(0);
    await page.close();
    await popup.close();
  });
});
