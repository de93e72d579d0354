/** UI strings come from _locales/<lang>/messages.json through browser.i18n, so a translation is one file. */
import messages from '../../assets/public/_locales/en/messages.json';
import type { Severity } from '../engine/types';

export type MessageKey = keyof typeof messages;

/** A message with its $1… substitutions, as browser.i18n fills them ($$ is a dollar sign). */
export const format = (message: string, substitutions: readonly string[]): string =>
  message.replace(/\$(\$|\d)/g, (_, n: string) => (n === '$' ? '$' : substitutions[Number(n) - 1] ?? ''));

/** The localised string for a key, in the browser's language, with $1… substitutions (English where browser.i18n has none, as in tests). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  let found = '';
  try {
    found = browser.i18n.getMessage(key, substitutions);
  } catch {
    // No i18n API here (a unit test's fake browser): the English file is the answer.
  }
  return found || format(messages[key].message, substitutions);
}

/** The message key of a severity's name, for the badge, the cards and the popup. */
export const SEVERITY_NAME: Record<Severity, MessageKey> = { info: 'severityInfo', warning: 'severityWarning', error: 'severityError' };

/** The language browser.i18n answers in ("de", "en-US"), for a page's lang attribute. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getMessage('@@ui_locale').replace('_', '-') || 'en';
  } catch {
    return 'en';
  }
}
