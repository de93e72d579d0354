/** UI strings come from _locales/<lang>/messages.json through browser.i18n, so a translation is one file. */
import messages from '../../assets/public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The localised string for a key, with $1… substitutions (English where browser.i18n has none, as in tests). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  let found = '';
  try {
    found = browser.i18n.getMessage(key, substitutions);
  } catch {
    // No i18n API here (a unit test's fake browser): the English file is the answer.
  }
  return found || messages[key].message.replace(/\$(\d)/g, (_, n) => substitutions[Number(n) - 1] ?? '');
}
