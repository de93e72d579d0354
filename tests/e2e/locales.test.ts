/**
 * A translated LinkedIn gets a translated Forethought (issue 10): the badge,
 * the panel and the review follow the page's language (<html lang>, which
 * LinkedIn sets to its interface language), in real Chromium with the built
 * extension. The findings themselves stay English, as RULES.md says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badges, openInLanguage, ROOT, until } from './harness';
import { fileSession } from './session';

const session = fileSession();
const messages = (locale: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(ROOT, 'assets/public/_locales', locale, 'messages.json'), 'utf8'));
const en = messages('en');
const PROBLEM = "Per my last message, you're clueless.";

const messagingIn = (lang: string) => openInLanguage(session(), 'messagingClick', lang);

describe('the in-page UI in LinkedIn’s language', () => {
  it.each([
    ['de-DE', 'de'],
    ['es', 'es'],
  ])('a page in %s shows the badge, the panel and the review in %s', async (lang, locale) => {
    const m = messages(locale);
    const page = await messagingIn(lang);
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.type(PROBLEM);
    await until(async () => (await badges(page).first().getAttribute('data-forethought-count')) === '2', 'a badge of 2');
    const badge = page.locator('forethought-ui button.badge');
    const label = await badge.getAttribute('aria-label');
    expect(label).toContain(m.badgeFindings.message.split('$1')[1].split('$2')[0].trim());
    expect(label).not.toContain('findings');

    await badge.click();
    const panel = page.getByRole('dialog', { name: m.panelLabel.message });
    await panel.getByText(m.panelTitle.message.replace('$1', '2')).waitFor();
    await panel.getByText(m.panelPrivacy.message).waitFor();
    expect(await panel.getByRole('button', { name: m.ignore.message }).count()).toBe(2);
    // Screen readers read our words in the page's language.
    expect(await page.locator('forethought-ui').first().evaluate((host) => host.shadowRoot!.querySelector('.ft')!.getAttribute('lang'))).toBe(locale);
    await page.keyboard.press('Escape');

    await page.locator('.msg-form__send-button').click();
    const review = page.getByRole('dialog', { name: m.reviewTitle.message });
    await review.getByRole('button', { name: m.sendAnyway.message }).waitFor();
    await review.getByRole('button', { name: m.editMessage.message }).waitFor();
    expect(m.sendAnyway.message).not.toBe(en.sendAnyway.message);
    await page.close();
  });

  it('a page in a language Forethought has no translation for shows the browser’s (English here)', async () => {
    const page = await messagingIn('fr');
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.type(PROBLEM);
    await until(async () => (await badges(page).first().getAttribute('data-forethought-count')) === '2', 'a badge of 2');
    await page.locator('forethought-ui button.badge').click();
    await page.getByRole('dialog', { name: en.panelLabel.message }).getByText(en.panelTitle.message.replace('$1', '2')).waitFor();
    await page.close();
  });
});
