/**
 * How the settings are laid out in browser.storage.sync (issue 12). Pure: it
 * turns settings into the items to write and stored items back into settings,
 * and counts their bytes the way the browser does, so nothing is written that
 * the browser would refuse.
 *
 * sync caps each item at 8,192 bytes and the whole extension at 102,400. One
 * item holding everything overflowed at about 25 long phrases, so:
 *
 * - `settings`: the small settings (switches, severities, threshold, limit),
 *   a few hundred bytes at most;
 * - `settings.phrases.0` … `.N-1`: the user's phrases to flag and never to
 *   flag, in order, packed into as few items as fit under the per-item cap;
 * - `settings$`: `{ v: 2, phrases: N }`, the layout's version and how many
 *   phrase items belong to it (the `$` key is where @wxt-dev/storage kept
 *   version 1's `{ v: 1 }`, so older settings are recognised).
 */
import { sanitize, type Settings } from './settings';

/** chrome.storage.sync's QUOTA_BYTES_PER_ITEM, QUOTA_BYTES and MAX_ITEMS; Firefox's storage.sync has the same. */
export const SYNC_LIMITS = { itemBytes: 8192, totalBytes: 102_400, maxItems: 512 } as const;

export const LAYOUT_VERSION = 2;
export const SETTINGS_KEY = 'settings';
export const META_KEY = 'settings$';
export const phrasesKey = (i: number) => `settings.phrases.${i}`;
/** Every key of ours (so a reset or a stale phrase item is found), and nothing of anyone else's. */
export const isOurKey = (key: string) => key === SETTINGS_KEY || key === META_KEY || /^settings\.phrases\.\d+$/.test(key);

/** The largest version that is taken for a real one; anything else is corrupt. */
const MAX_VERSION = 1000;

const utf8 = new TextEncoder();

/**
 * The bytes an item counts against sync's quota: its key and its value as
 * JSON (Chromium's quota enforcer). Chromium escapes `<` as `\u003C` and
 * U+2028/U+2029 as `\u2028`/`\u2029`, so they cost 6 bytes each; measured in
 * Chromium 156, like 2 bytes for `é` and 6 for a control character. A lone
 * surrogate is counted as its 6-byte escape, more than the 3 bytes Chromium
 * takes, so the count is never below the browser's.
 */
export function itemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value) ?? 'null';
  let escaped = 0;
  for (const c of json) if (c === '<') escaped += 5;
  else if (c === '\u2028' || c === '\u2029') escaped += 3;
  return utf8.encode(key).length + utf8.encode(json).length + escaped;
}

type Phrases = Pick<Settings, 'alwaysFlag' | 'neverFlag'>;

export interface Layout {
  /** What to write, in one `set`, so that it lands whole or not at all. */
  items: Record<string, unknown>;
  /** Phrase items of the previous layout beyond the new ones: emptied in the same `set`, removed after it. */
  stale: string[];
  /** The bytes the items take (those of the stale keys included, as they count until they are removed). */
  bytes: number;
}

export type LayoutResult = ({ ok: true } & Layout) | { ok: false; bytes: number; limit: number };

/**
 * Splits cleaned settings into sync items: the small ones in one, the phrases
 * in order over as many as they need. `stored` are the keys of ours stored
 * now, so phrase items left over from a longer list are cleared. Fails, with the bytes it would take, when the whole does not fit
 * in sync's quota.
 */
export function split(settings: Settings, stored: readonly string[] = []): LayoutResult {
  const { alwaysFlag = [], neverFlag = [], ...small } = sanitize(settings);
  const entries: { list: keyof Phrases; value: unknown }[] = [...alwaysFlag.map((value) => ({ list: 'alwaysFlag' as const, value })), ...neverFlag.map((value) => ({ list: 'neverFlag' as const, value }))];
  const chunks: Phrases[] = [];
  let chunk: Record<string, unknown[]> = {};
  for (const { list, value } of entries) {
    (chunk[list] ??= []).push(value);
    if (itemBytes(phrasesKey(chunks.length), chunk) > SYNC_LIMITS.itemBytes) {
      chunk[list].pop(); // one entry is at most 100 + 200 characters, so it always fits in an item alone
      if (!chunk[list].length) delete chunk[list];
      chunks.push(chunk as Phrases);
      chunk = { [list]: [value] };
    }
  }
  if (entries.length) chunks.push(chunk as Phrases);

  const items: Record<string, unknown> = { [SETTINGS_KEY]: small, [META_KEY]: { v: LAYOUT_VERSION, phrases: chunks.length } };
  chunks.forEach((c, i) => (items[phrasesKey(i)] = c));
  const stale = stored.filter((key) => isOurKey(key) && !(key in items));
  for (const key of stale) items[key] = 0; // shrunk to almost nothing in the same set, so a shorter list cannot push the write over the quota
  const bytes = Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (bytes > SYNC_LIMITS.totalBytes || Object.keys(items).length > SYNC_LIMITS.maxItems) return { ok: false, bytes, limit: SYNC_LIMITS.totalBytes };
  return { ok: true, items, stale, bytes };
}

/** What the stored version metadata says: a layout version and its phrase items, or corrupt. */
export function readMeta(meta: unknown): { v: number; phrases: number } | 'corrupt' {
  // No metadata: settings written before versions, or none at all; @wxt-dev/storage took that, and a missing v, for version 1.
  if (meta === undefined || meta === null) return { v: 1, phrases: 0 };
  if (typeof meta !== 'object' || Array.isArray(meta)) return 'corrupt';
  const { v = 1, phrases = 0 } = meta as { v?: unknown; phrases?: unknown };
  // A version such as -20000000 made @wxt-dev/storage's migration build a 20-million-entry array (LinkedIn took 13.6 s to load).
  const small = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;
  if (!small(v, MAX_VERSION) || !small(phrases, SYNC_LIMITS.maxItems)) return 'corrupt';
  return { v, phrases };
}

/**
 * Joins stored items back into settings. Version 1 kept everything in
 * `settings`; version 2 keeps the phrases apart. Reading both ways at once
 * (phrases in `settings`, then those of the phrase items) reads either, and
 * a newer version is read for what this one understands of it. Corrupt
 * version metadata gives `corrupt`, which the caller resets to the defaults.
 */
export function join(stored: Record<string, unknown>): Settings | 'corrupt' {
  const meta = readMeta(stored[META_KEY]);
  if (meta === 'corrupt') return 'corrupt';
  const base = sanitize(stored[SETTINGS_KEY]);
  const parts = [base, ...Array.from({ length: meta.phrases }, (_, i) => sanitize(stored[phrasesKey(i)]))];
  return sanitize({ ...base, alwaysFlag: parts.flatMap((p) => p.alwaysFlag ?? []), neverFlag: parts.flatMap((p) => p.neverFlag ?? []) });
}
