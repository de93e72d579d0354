import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../src/engine/analyze';
import { analyzeOptionsOf, exportSettings, importSettings, sanitize, thresholdOf, withRule } from '../../src/settings/settings';
import { loadSettings, saveSettings } from '../../src/settings/storage';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an array', [1, 2]],
    ['wrong types everywhere', { enabled: 'yes', rules: { shouting: 'off', nope: false }, severity: { shouting: 'loud' }, threshold: 'sometimes', invitationLimit: 250, alwaysFlag: 'x', neverFlag: [1, null] }],
  ])('falls back to the defaults for %s', (_, raw) => {
    expect(sanitize(raw)).toEqual({});
  });

  it('keeps the valid parts of a half-corrupt value', () => {
    expect(sanitize({ rules: { shouting: false, 'made-up': true }, threshold: 'error', alwaysFlag: [{ phrase: ' rockstar ', message: 'Say what they did.' }, { phrase: '' }] })).toEqual({
      rules: { shouting: false },
      threshold: 'error',
      alwaysFlag: [{ phrase: 'rockstar', message: 'Say what they did.' }],
    });
  });

  it('loads corrupt storage as the defaults, without a crash', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual({});
    await fakeBrowser.storage.sync.set({ settings: { threshold: 42, rules: { shouting: false } } });
    expect(await loadSettings()).toEqual({ rules: { shouting: false } });
  });

  it('stores only overrides, versioned', async () => {
    let s = withRule({}, 'shouting', false, true);
    expect(s).toEqual({ rules: { shouting: false } });
    s = withRule(s, 'shouting', true, true);
    expect(s).toEqual({});
    await saveSettings({ threshold: 'error' });
    expect(await loadSettings()).toEqual({ threshold: 'error' });
    // Version 2: the phrases in their own items (none here); see storage.test.ts.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: { threshold: 'error' }, settings$: { v: 2, phrases: 0 } });
  });

  it('exports and imports, and a bad file gets a clear error', () => {
    const s = { threshold: 'off' as const, neverFlag: ['ASAP'] };
    expect(importSettings(exportSettings(s))).toEqual({ ok: true, settings: s });
    expect(importSettings('{ nope')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(importSettings('{"hello": 1}')).toMatchObject({ ok: false, error: expect.stringContaining('not a Forethought settings file') });
    expect(importSettings('{"forethought": 99, "settings": {}}')).toMatchObject({ ok: false, error: expect.stringContaining('newer') });
  });

  it('drive the engine: rule switches, severities, own phrases, and the review threshold', () => {
    const s = sanitize({ rules: { shouting: false }, severity: { 'passive-aggressive': 'error' }, alwaysFlag: [{ phrase: 'ninja', message: 'Say the skill.' }], neverFlag: ['per my last message'] });
    const ids = analyze('Per my last message, our ninja is NOT available!!!', analyzeOptionsOf(s)).map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids).toEqual(['custom-phrase:warning']);
    expect(thresholdOf({})).toBe('warning');
  });
});
