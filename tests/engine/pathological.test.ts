import { describe, expect, it } from 'vitest';
import { analyze, MAX_ANALYZED, MAX_FINDINGS_PER_RULE } from '../../src/engine/analyze';
import { TextCache } from '../../src/engine/cache';
import { scoreCacheChars } from '../../src/engine/evidence';
import { cacheChars, MAX_SENTENCE, parse } from '../../src/engine/parse';
import { shippedModel } from '../../src/model';
import { RULES } from '../../src/engine/registry';
import { expectValidFindings } from '../helpers';
import { PATHOLOGICAL } from '../pathological';

describe('pathological input', () => {
  // Each rule reads the whole 20,000 characters directly, past analyze's caps, so a
  // quadratic pattern anywhere shows up as a run that never finishes (the test's timeout).
  for (const { name, text } of PATHOLOGICAL) {
    it(`every rule finishes on ${name} (${text.length.toLocaleString('en')} characters) with valid spans`, () => {
      const doc = parse(text);
      for (const rule of RULES) {
        const found = rule.detect({ text, length: text.length, doc, context: 'message', field: 'body', invitationLimit: 300 });
        for (const d of found) {
          expect(Number.isInteger(d.start) && Number.isInteger(d.end) && d.start >= 0 && d.start < d.end && d.end <= text.length, `${rule.meta.id} span`).toBe(true);
        }
      }
      const findings = analyze(text);
      expectValidFindings(text, findings);
      // Never thousands of cards: a rule reports at most MAX_FINDINGS_PER_RULE places.
      for (const id of new Set(findings.map((f) => f.ruleId))) expect(findings.filter((f) => f.ruleId === id).length).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE);
    });
  }

  it('reads no sentence longer than MAX_SENTENCE, and keeps every offset on the text', () => {
    const text = 'so '.repeat(3000) + 'please send me all your contacts';
    const { sentences } = parse(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const w of s.words) expect(s.text.slice(w.start, w.end).toLowerCase()).toContain(w.normal.slice(0, 1));
    }
    expect(sentences.map((s) => s.text).join('')).toBe(text.trimEnd());
    // A problem at the end of such a paste is still found.
    expect(analyze(text).map((f) => f.ruleId)).toContain('all-contacts-request');
  });

  it('keeps a run of 20,000 stops from stalling the sentence splitter, offsets intact', () => {
    const text = 'Please send me everything' + '!'.repeat(20_000);
    const { sentences } = parse(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[0].text.startsWith('Please send me everything')).toBe(true);
  });

  it('reports at most MAX_FINDINGS_PER_RULE places per rule (2,000 blanks in a paste)', () => {
    const text = 'Hi Ana, please fill in ' + '__/__ '.repeat(2000);
    const blanks = analyze(text).filter((f) => f.ruleId === 'unfilled-placeholder');
    expect(blanks.length).toBe(MAX_FINDINGS_PER_RULE);
  });

  it('lets no rule read past MAX_ANALYZED, but measures the length of the whole', () => {
    const text = 'Thanks for the note. '.repeat(1000) + ' '.repeat(MAX_ANALYZED) + 'You are clueless and tacky.';
    const ids = analyze(text, { context: 'message' }).map((f) => f.ruleId);
    expect(ids).toEqual(['too-long']);
  });
});

describe('caches bounded by size', () => {
  it('drops the least recently used keys once their characters pass the budget', () => {
    const cache = new TextCache<number>(10);
    cache.get('aaaa', () => 1);
    cache.get('bbbb', () => 2);
    cache.get('aaaa', () => 0); // refreshed: now the most recent
    cache.get('cccc', () => 3);
    expect(cache.size).toBe(8);
    let made = 0;
    expect(cache.get('aaaa', () => ++made)).toBe(1);
    expect(cache.get('bbbb', () => ++made)).toBe(1); // was dropped, so made again
    // A key longer than the whole budget is made every time, never kept.
    cache.get('x'.repeat(11), () => 9);
    expect(cache.size).toBeLessThanOrEqual(10);
  });

  it('holds at most its budget while one long sentence is edited 400 times', () => {
    const base = 'I wanted to follow up on the proposal we discussed and the next steps for the pilot programme '.repeat(55);
    for (let i = 0; i < 400; i++) analyze(`${base.slice(0, 4000)} edit ${i} ${base.slice(4000, 5000)}`);
    const { split, tagged, hits } = cacheChars();
    const scores = scoreCacheChars(shippedModel()!);
    expect(split).toBeLessThanOrEqual(200_000);
    expect(tagged).toBeLessThanOrEqual(50_000);
    expect(hits).toBeLessThanOrEqual(200_000);
    expect(scores).toBeLessThanOrEqual(100_000);
    expect(split + tagged + hits + scores).toBeGreaterThan(0);
  });
});
