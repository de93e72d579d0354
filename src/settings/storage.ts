/**
 * The settings in browser.storage.sync, through a versioned @wxt-dev/storage
 * item: every context reads and watches the same item, so a switch in the
 * popup re-checks the open draft at once. Version 1 is the first; a later
 * shape adds a migration here.
 */
import { storage } from '@wxt-dev/storage';
import { sanitize, SETTINGS_VERSION, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: {},
});

/** The stored settings, cleaned; the defaults when storage is unreadable. */
export async function loadSettings(): Promise<Settings> {
  try {
    return sanitize(await settingsItem.getValue());
  } catch {
    return {};
  }
}

export async function saveSettings(s: Settings): Promise<void> {
  await settingsItem.setValue(sanitize(s));
}

/** Calls back with cleaned settings whenever any context changes them. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(sanitize(value)));
}
