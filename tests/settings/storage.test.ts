/**
 * The settings' layout in browser.storage.sync (issue 12): split over items
 * that each fit the per-item quota, joined back in order, counted in bytes the
 * way Chromium counts them, read from version 1's single item, and reset when
 * the stored version is corrupt. The browser's refusals are tested in
 * tests/e2e/settings-storage.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { itemBytes, join, readMeta, split, SYNC_LIMITS } from '../../src/settings/layout';
import { importSettings, LIMITS, sanitize, type Settings } from '../../src/settings/settings';
import { loadSettings, saveSettings, SettingsTooLarge, watchSettings } from '../../src/settings/storage';

beforeEach(() => fakeBrowser.reset());

/** A phrase and message at the page's limits, in a script of `bytes` bytes a character. */
const atLimits = (i: number, char = 'a') => ({ phrase: `${i} ${char.repeat(LIMITS.phraseLength - 6)}`.slice(0, LIMITS.phraseLength), message: char.repeat(LIMITS.messageLength) });
const many = (n: number, char?: string) => Array.from({ length: n }, (_, i) => atLimits(i, char));
const sync = () => fakeBrowser.storage.sync.get(null);

describe('byte counts', () => {
  // Each figure is what Chromium 156's chrome.storage.sync.getBytesInUse reported for key 'k'.
  it.each([
    ['ASCII', 'a'.repeat(100), 103],
    ['< (escaped as \\u003C)', '<'.repeat(100), 603],
    ['U+2028 (escaped)', '\u2028'.repeat(100), 603],
    ['é (two bytes)', 'é'.repeat(100), 203],
    ['quotes (escaped)', '"'.repeat(100), 203],
    ['control characters (\\u0001)', '\u0001'.repeat(100), 603],
    ['emoji (four bytes)', '😀'.repeat(50), 203],
    ['an object', { a: [1, 'x'], b: true }, 23],
  ])('counts %s as the browser does', (_, value, bytes) => {
    expect(itemBytes('k', value)).toBe(bytes);
  });

  it('never counts fewer bytes than the browser: a lone surrogate', () => {
    expect(itemBytes('k', '\ud800'.repeat(100))).toBeGreaterThanOrEqual(303);
  });
});

describe('splitting and joining', () => {
  it('splits forty long phrases over items under the per-item quota, and joins them back in order', () => {
    const settings: Settings = { threshold: 'error', rules: { shouting: false }, alwaysFlag: many(40), neverFlag: ['ASAP', 'per my last message'] };
    const layout = split(settings);
    expect(layout.ok).toBe(true);
    if (!layout.ok) return;
    const keys = Object.keys(layout.items);
    expect(keys.filter((k) => k.startsWith('settings.phrases.')).length).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(layout.items)) expect(itemBytes(key, value), key).toBeLessThanOrEqual(SYNC_LIMITS.itemBytes);
    expect(layout.items.settings).toEqual({ threshold: 'error', rules: { shouting: false } });
    expect(join(layout.items)).toEqual(sanitize(settings));
  });

  it('stores no phrase item when there are no phrases', () => {
    const layout = split({ enabled: false });
    expect(layout.ok && layout.items).toEqual({ settings: { enabled: false }, settings$: { v: 2, phrases: 0 } });
  });

  it('empties the items a longer list left behind, in the same write', () => {
    const before = split({ alwaysFlag: many(60) });
    const after = split({ alwaysFlag: many(2) }, before.ok ? Object.keys(before.items) : []);
    expect(after.ok && after.stale).toEqual(expect.arrayContaining(['settings.phrases.1', 'settings.phrases.2']));
    expect(after.ok && after.items['settings.phrases.1']).toBe(0);
    // Only the first item is read back: the emptied ones lie beyond the count.
    expect(after.ok && join(after.items)).toEqual({ alwaysFlag: many(2) });
  });

  it('fits everything the options page allows, in English', () => {
    const layout = split({ alwaysFlag: many(LIMITS.phrases), neverFlag: many(LIMITS.phrases).map((p) => p.phrase) });
    expect(layout.ok).toBe(true);
    expect(layout.bytes).toBeLessThan(SYNC_LIMITS.totalBytes);
  });

  it('refuses what does not fit in sync, with the bytes it would take', () => {
    const layout = split({ alwaysFlag: many(LIMITS.phrases, '語') });
    expect(layout).toMatchObject({ ok: false, limit: 102_400 });
    expect(!layout.ok && layout.bytes).toBeGreaterThan(102_400);
  });
});

describe('storage', () => {
  it('saves forty long phrases over several items and loads them back', async () => {
    const settings = { severity: { shouting: 'error' as const }, alwaysFlag: many(40) };
    await saveSettings(settings);
    const stored = await sync();
    expect((stored['settings$'] as { phrases: number }).phrases).toBeGreaterThan(1);
    expect(await loadSettings()).toEqual(settings);
    // Shorter again: the items left over are removed.
    await saveSettings({ alwaysFlag: many(1) });
    expect(Object.keys(await sync()).sort()).toEqual(['settings', 'settings$', 'settings.phrases.0']);
    expect(await loadSettings()).toEqual({ alwaysFlag: many(1) });
  });

  it('reads version 1 (everything in one item) and writes version 2 on the next save', async () => {
    const old = { threshold: 'off', alwaysFlag: many(20), neverFlag: ['ASAP'] };
    await fakeBrowser.storage.sync.set({ settings: old, settings$: { v: 1 } });
    expect(await loadSettings()).toEqual(old);
    await fakeBrowser.storage.sync.remove('settings$'); // or with no version at all, as before versions
    expect(await loadSettings()).toEqual(old);
    await saveSettings({ ...(await loadSettings()), invitationLimit: 200 });
    const stored = await sync();
    expect(stored.settings).toEqual({ threshold: 'off', invitationLimit: 200 });
    expect(stored['settings$']).toEqual({ v: 2, phrases: 1 });
    expect(await loadSettings()).toEqual({ ...old, invitationLimit: 200 });
  });

  it.each([
    ['-20000000', -20_000_000],
    ['-1', -1],
    ['1e9', 1e9],
    ['NaN', NaN],
    ['"x"', 'x'],
    ['1.5', 1.5],
    ['null', null],
  ])('treats version %s as corrupt: the defaults, and storage reset', async (_, v) => {
    await fakeBrowser.storage.sync.set({ settings: { threshold: 'off' }, settings$: { v }, 'settings.phrases.0': { neverFlag: ['ASAP'] }, unrelated: 1 });
    expect(await loadSettings()).toEqual({});
    expect(await sync()).toEqual({ unrelated: 1 });
  });

  it.each([
    ['not an object', 'garbage'],
    ['a phrase count out of range', { v: 2, phrases: 1e9 }],
  ])('treats version metadata that is %s as corrupt', (_, meta) => {
    expect(readMeta(meta)).toBe('corrupt');
  });

  it.each([
    ['missing', undefined, { v: 1, phrases: 0 }],
    ['without v', {}, { v: 1, phrases: 0 }],
    ['0', { v: 0 }, { v: 0, phrases: 0 }],
    ['2', { v: 2, phrases: 3 }, { v: 2, phrases: 3 }],
    ['newer (3)', { v: 3 }, { v: 3, phrases: 0 }],
  ])('takes version metadata %s for a real version', (_, meta, read) => {
    expect(readMeta(meta)).toEqual(read);
  });

  it('refuses settings that do not fit, and stores nothing', async () => {
    await saveSettings({ threshold: 'error' });
    const before = await sync();
    await expect(saveSettings({ alwaysFlag: many(LIMITS.phrases, '語') })).rejects.toBeInstanceOf(SettingsTooLarge);
    expect(await sync()).toEqual(before);
  });

  it('tells every watcher the joined settings, once per change', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ alwaysFlag: many(40) });
    await saveSettings({ alwaysFlag: many(2) }); // a write and the removal of the items left over
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen.at(-1)).toEqual({ alwaysFlag: many(2) });
    expect(seen.filter((s) => s.alwaysFlag?.length === 2)).toHaveLength(1);
  });
});

describe('import that does not fit', () => {
  const file = (settings: object) => JSON.stringify({ forethought: 1, settings });

  it.each([
    ['more phrases than a list holds', { alwaysFlag: many(LIMITS.phrases + 1) }, 'tooManyPhrases'],
    ['more phrases never to flag than a list holds', { neverFlag: many(LIMITS.phrases + 1).map((p) => p.phrase) }, 'tooManyPhrases'],
    ['a phrase longer than the page allows', { alwaysFlag: [{ phrase: 'x'.repeat(LIMITS.phraseLength + 1), message: 'm' }] }, 'phraseTooLong'],
    ['a message longer than the page allows', { alwaysFlag: [{ phrase: 'x', message: 'm'.repeat(LIMITS.messageLength + 1) }] }, 'phraseTooLong'],
  ])('refuses %s, saying why', (_, settings, key) => {
    expect(importSettings(file(settings))).toMatchObject({ ok: false, problem: { key } });
  });

  it('is refused when it does not fit in sync, and changes nothing', async () => {
    await saveSettings({ threshold: 'off', alwaysFlag: many(3) });
    const before = await sync();
    const result = importSettings(file({ threshold: 'error', alwaysFlag: many(LIMITS.phrases, '語') }));
    expect(result.ok).toBe(true); // within the page's limits, but not within sync's bytes
    if (!result.ok) return;
    await expect(saveSettings(result.settings)).rejects.toBeInstanceOf(SettingsTooLarge);
    expect(await sync()).toEqual(before);
    expect(await loadSettings()).toEqual({ threshold: 'off', alwaysFlag: many(3) });
  });
});
