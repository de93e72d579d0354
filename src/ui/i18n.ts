/** UI strings come from _locales/<lang>/messages.json through browser.i18n, so a translation is one file. */
import messages from '../../assets/public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The localised string for a key, with $1… substitutions. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || messages[key].message.replace(/\$(\d)/g, (_, n) => substitutions[Number(n) - 1] ?? '');
}
