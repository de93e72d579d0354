/**
 * The in-page UI (badge, panel, review) speaks LinkedIn's language. Chrome's
 * browser.i18n answers in the browser's language, but on LinkedIn the user
 * has chosen one of its ~25 interface languages, which LinkedIn writes in
 * <html lang> (issue 10: "a translated LinkedIn gets a translated
 * Forethought"); our card beside a German "Senden" should be German too,
 * whatever the browser speaks. So the content script carries the
 * translations it has (about 2.5 kB gzipped each: the messages alone, see
 * wxt.config.ts) and picks one by the page's language; for a language it has
 * no translation of, it falls back to browser.i18n (the browser's language,
 * else English). The popup and the options page are the browser's own UI and
 * keep browser.i18n. The findings stay English (RULES.md).
 */
import de from '../../assets/public/_locales/de/messages.json';
import en from '../../assets/public/_locales/en/messages.json';
import es from '../../assets/public/_locales/es/messages.json';
import type { Severity } from '../engine/types';
import { browserLanguage, format, SEVERITY_NAME, t as browserT, type MessageKey } from './i18n';

const BUNDLED = { en, de, es } satisfies Record<string, Record<MessageKey, { message: string }>>;
export type PageLocale = keyof typeof BUNDLED;

/** The translation Forethought has for a language tag ("de", "de-DE", "es_419"), if any. */
export function localeOf(lang: string | null | undefined): PageLocale | undefined {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && Object.hasOwn(BUNDLED, primary) ? (primary as PageLocale) : undefined;
}

/** The page's language, read each time: LinkedIn changes it without a reload when the user switches. */
export const pageLocale = (): PageLocale | undefined => localeOf(document.documentElement.lang);

/** A UI string in LinkedIn's language where Forethought has it, else in the browser's. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const locale = pageLocale();
  return locale ? format(BUNDLED[locale][key].message, substitutions) : browserT(key, ...substitutions);
}

/** A severity's name ("Warnung"), in the same language. */
export const severityName = (severity: Severity | 'none'): string => (severity === 'none' ? '' : t(SEVERITY_NAME[severity]));

/** The language the in-page UI is shown in, for its lang attribute (screen readers, hyphenation). */
export const uiLanguage = (): string => pageLocale() ?? browserLanguage();
