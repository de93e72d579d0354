// @vitest-environment happy-dom
/**
 * Every translation of the UI (assets/public/_locales) against English: the
 * same keys, the same placeholders, and no message left in English. Chrome
 * refuses to load an extension whose messages.json is broken, and a missing
 * key falls back to English in the middle of a German panel.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localeOf, t } from '../../src/ui/page-i18n';

const DIR = join(import.meta.dirname, '../../assets/public/_locales');
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8'));
const en = read('en');
const translations = readdirSync(DIR).filter((d) => d !== 'en');
/** Positional ($1) and named ($COUNT$) placeholders of a message, and its placeholders' names. */
const placeholders = (m: Messages[string]) => [...new Set(m.message.match(/\$(\d|[A-Za-z0-9_@]+\$)/g) ?? [])].sort().concat(Object.keys(m.placeholders ?? {}).sort().map((p) => `def:${p.toLowerCase()}`));
/** Messages that are the same in every language: the product's name. */
const SAME_IN_EVERY_LANGUAGE = new Set(['extName', 'popupTitle', /* an English draft: the rules read English only */ 'welcomeTryExampleText']);
/** Words that are spelt the same in a language as in English. */
const SAME_WORD: Record<string, string[]> = { es: ['severityError'] };

describe('UI translations', () => {
  it('include German and Spanish', () => {
    expect(translations).toEqual(expect.arrayContaining(['de', 'es']));
  });

  describe.each(translations)('%s', (locale) => {
    const messages = read(locale);

    it('has exactly the keys of English', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });

    it.each(Object.keys(en))('%s has the placeholders of English', (key) => {
      expect(messages[key] && placeholders(messages[key])).toEqual(placeholders(en[key]));
    });

    it('translates every message but the product name', () => {
      const untranslated = Object.keys(en).filter((k) => !SAME_IN_EVERY_LANGUAGE.has(k) && !SAME_WORD[locale]?.includes(k) && messages[k]?.message === en[k].message);
      expect(untranslated).toEqual([]);
      for (const k of SAME_IN_EVERY_LANGUAGE) expect(messages[k].message).toBe(en[k].message);
    });
  });
});

describe('the in-page UI’s language', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it.each([
    ['de', 'de'],
    ['de-DE', 'de'],
    ['es_419', 'es'],
    ['ES-es', 'es'],
    ['en-GB', 'en'],
    ['fr', undefined],
    ['', undefined],
    [null, undefined],
    ['constructor', undefined],
  ])('a page in %j is shown in %j', (lang, locale) => {
    expect(localeOf(lang)).toBe(locale);
  });

  it('follows LinkedIn’s page language, with substitutions', () => {
    document.documentElement.lang = 'de-DE';
    expect(t('panelTitle', '3')).toBe(read('de').panelTitle.message.replace('$1', '3'));
    document.documentElement.lang = 'es';
    expect(t('sendAnyway')).toBe(read('es').sendAnyway.message);
  });

  it('falls back to the browser’s language for a page language it has no translation for', () => {
    document.documentElement.lang = 'fr';
    expect(t('sendAnyway')).toBe(en.sendAnyway.message); // the fake browser's i18n has no messages: English
  });
});
