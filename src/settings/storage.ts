/**
 * The settings in browser.storage.sync, so they follow the user to their other
 * browsers; every context reads and watches the same items, so a switch in the
 * popup re-checks the open draft at once. The layout (small settings in one
 * item, the phrases over several) is in layout.ts (issue 12).
 *
 * A write is checked against sync's quota before it is made, is one `set` (it
 * lands whole or not at all), and its failure reaches the caller, which then
 * shows what is really stored.
 */
import { browser } from 'wxt/browser';
import { isOurKey, join, META_KEY, split } from './layout';
import type { Settings } from './settings';

const sync = () => browser.storage.sync;

/** The settings would take more of browser sync than it holds; nothing was written. */
export class SettingsTooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`The settings take ${bytes} bytes; browser sync holds ${limit}.`);
    this.name = 'SettingsTooLarge';
  }
}

/**
 * The stored settings, cleaned; the defaults when storage is unreadable.
 * Corrupt version metadata (a version that is not a small non-negative
 * integer) resets the stored settings to the defaults.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await sync().get(null);
    const settings = join(stored);
    if (settings !== 'corrupt') return settings;
    await sync()
      .remove(Object.keys(stored).filter(isOurKey))
      .catch(() => {}); // the defaults hold anyway; another context may be resetting it too
    return {};
  } catch {
    return {};
  }
}

/**
 * Writes the settings. Throws SettingsTooLarge when they do not fit in sync's
 * quota, and the browser's error when it refuses the write (the quota filled
 * by something else, too many writes a minute); in both cases nothing changed.
 */
export async function saveSettings(s: Settings): Promise<void> {
  const stored = Object.keys(await sync().get(null)).filter((k) => isOurKey(k) && k !== META_KEY);
  const layout = split(s, stored);
  if (!layout.ok) throw new SettingsTooLarge(layout.bytes, layout.limit);
  await sync().set(layout.items);
  // The stale phrase items were emptied by the set and are past the new count, so they are ignored if this fails.
  if (layout.stale.length) await sync().remove(layout.stale).catch(() => {});
}

/** Calls back with cleaned settings whenever any context changes them. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  let asked = 0;
  let last = '';
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some(isOurKey)) return;
    const mine = ++asked;
    void loadSettings().then((s) => {
      // Only the newest answer, and only when it changed (a write and its clean-up are two changes).
      const json = JSON.stringify(s);
      if (mine !== asked || json === last) return;
      last = json;
      cb(s);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
