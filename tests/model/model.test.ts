import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../src/engine/analyze';
import { RULES } from '../../src/engine/registry';
import { parse } from '../../src/engine/parse';
import { blocking } from '../../src/settings/review';
import { featuresOf, vectorize, vectorOf } from '../../src/model/features';
import { fit, goldOf, prepare, type FitOptions } from '../../src/model/fit';
import { LinearModel } from '../../src/model/linear';
import { pack, unpack, unzigzag, zigzag } from '../../src/model/pack';
import { shippedModel } from '../../src/model';
import { readJsonl, type Row } from '../../src/model/data';
import { expectValidFindings } from '../helpers';

const WEIGHTS = join(__dirname, '../../src/model/weights.json');
const scoredRules = RULES.filter((r) => r.meta.reads).map((r) => r.meta.id);

describe('training', () => {
  // A small fixture: the first sixty messages of the first project set, two epochs.
  const rows = readJsonl<Row>(join(__dirname, '../fixtures/heldout.jsonl')).slice(0, 60);
  const categories = ['hostile-tone', 'demanding-tone'];
  const small: FitOptions = { epochs: 2, rate: 0.4, l2: 1e-5, positive: 3, pruneNegative: 0.05, prunePositive: 0.05, quantum: 0.005, minCount: 1 };
  const trainOnce = () => {
    const messages = rows.map((r) => prepare(r.id, r.text, r.context ?? 'message', goldOf(r.labels, categories))).filter((m) => m !== undefined);
    return JSON.stringify(fit(messages, categories, small).toFile('test', ['heldout'], small.quantum));
  };

  it('is deterministic: the same data gives the same bytes', () => {
    expect(trainOnce()).toBe(trainOnce());
  });

  it('reads back what it wrote: a weights file scores like the model it came from', () => {
    const file = JSON.parse(trainOnce());
    const model = LinearModel.fromFile(file);
    const again = LinearModel.fromFile(JSON.parse(JSON.stringify(model.toFile('test', ['heldout'], small.quantum))));
    const s = parse('I need you to send it today, no excuses.').sentences[0];
    expect([...again.score(s.text, s.words, 'message')]).toEqual([...model.score(s.text, s.words, 'message')]);
  });

  it('packs whole numbers as text that JSON needs no escapes for, and reads them back', () => {
    const numbers = [0, 1, 44, 45, 46, 2024, 2025, 91124, 123456789, 7];
    const text = pack(numbers);
    expect([...unpack(text)]).toEqual(numbers);
    expect(text).toMatch(/^[#-~]+$/);
    expect(text).not.toMatch(/\\/);
    expect([-3, -1, 0, 2, 5].map(zigzag)).toEqual([5, 1, 0, 4, 10]);
    expect([-3, -1, 0, 2, 5].map(zigzag).map(unzigzag)).toEqual([-3, -1, 0, 2, 5]);
    expect(() => unpack('~')).toThrow(); // a character pack never writes
    expect(() => unpack(pack([50]).slice(0, 1))).toThrow(); // cut in the middle of a number
    expect(() => pack([3, -1])).toThrow();
    expect(() => pack([1.5])).toThrow();
  });

  it('builds features from the words the tokenizer already gave the rules, identically each time', () => {
    const s = parse('Honestly, that request was tacky.').sentences[0];
    const a = vectorize(featuresOf(s.text, s.words, 'reply'));
    const b = vectorize(featuresOf(s.text, s.words, 'reply'));
    expect([...a.idx]).toEqual([...b.idx]);
    expect(a.idx.length).toBeGreaterThan(20);
  });

  it('hashes a sentence to the same vector without building its features (the scorer\'s fast path)', () => {
    const texts = readJsonl<Row>(join(__dirname, '../fixtures/heldout.jsonl')).slice(0, 200).map((r) => r.text);
    texts.push('Hi!!! 3pm works, you\'re not late? ¿Qué? I’m fine… “Quoted” 😀 x');
    // A sentence of some 180 words: more buckets than the fast path's first buffer holds.
    texts.push(Array.from({ length: 180 }, (_, i) => ['send', 'contacts', 'generation', 'tacky', `n${i}`][i % 5]).join(' ') + '.');
    for (const text of texts) {
      for (const s of parse(text).sentences) {
        for (const words of [s.words, s.words.slice(1), []]) {
          for (const context of ['message', 'reply']) {
            const slow = vectorize(featuresOf(s.text, words, context));
            const fast = vectorOf(s.text, words, context);
            expect([...fast.idx]).toEqual([...slow.idx]);
            expect(fast.scale).toBe(slow.scale);
          }
        }
      }
    }
  });
});

describe('the shipped weights', () => {
  const file = JSON.parse(readFileSync(WEIGHTS, 'utf8'));

  it('are at most 1 MB gzipped', () => {
    expect(gzipSync(readFileSync(WEIGHTS)).length).toBeLessThanOrEqual(1024 * 1024);
  });

  it('speak for exactly the rules that say how a scored sentence reads, and the formal rules stay rule-only', () => {
    expect([...file.categories].sort()).toEqual([...scoredRules].sort());
    for (const formal of ['shouting', 'profanity', 'too-long', 'unfilled-placeholder']) expect(file.categories).not.toContain(formal);
    for (const t of file.threshold) expect(t > 0 && t < 1).toBe(true);
    expect(file.about).toMatch(/npm run train/);
  });
});

describe('the scorer in the engine', () => {
  // New sentences in the spirit of the 2014 reply, not copied from it or from any set (the rules or the scorer may catch them).
  it.each([
    'Your whole approach to networking is tacky, and a little entitled.',
    'Honestly? That was a tacky thing to send someone you have never met.',
    'You clearly have no idea how any of this works.',
    'What a pathetic excuse for a cover letter.',
  ])('catches the story’s own word and its kin in new sentences: %s', (text) => {
    const findings = analyze(text, { context: 'reply' });
    expectValidFindings(text, findings);
    expect(findings.map((f) => f.ruleId)).toContain('hostile-tone');
  });

  it('words a finding that rests on the scorer alone as what it is, and names the words that weighed most', () => {
    const model = shippedModel();
    const c = model.categories.indexOf('hostile-tone');
    const lowered = model.withThresholds([...model.threshold].map((t, i) => (i === c ? 0.05 : 0.999)));
    const text = 'Thanks for the update on the launch. Nobody with any sense would ship something this sloppy.';
    expect(analyze(text, { context: 'comment', model: null }).map((f) => f.ruleId)).not.toContain('hostile-tone'); // the rules alone miss it
    const scorer = analyze(text, { context: 'comment', model: lowered }).filter((f) => f.evidence === 'scorer');
    expect(scorer.length).toBeGreaterThan(0);
    expect(scorer[0].message).toMatch(/^May read as contemptuous: ‘/);
    expect(text.slice(scorer[0].start, scorer[0].end)).toBe('Nobody with any sense would ship something this sloppy.');
    // It does not open the review on its own, unless the user asked for that.
    expect(blocking(scorer, 'warning')).toEqual([]);
    expect(blocking(scorer, 'warning', true)).toHaveLength(scorer.length);
    // Its rewrite removes the sentence and keeps the rest.
    expect(applySuggestion(text, scorer[0].suggestions[0])).toBe('Thanks for the update on the launch.');
  });

  it('points past a greeting that opens the sentence', () => {
    const model = shippedModel();
    const c = model.categories.indexOf('vague-ask');
    const lowered = model.withThresholds([...model.threshold].map((t, i) => (i === c ? 0.05 : 0.999)));
    const text = 'Hi Liam, hoping you can point me in some direction.';
    const scorer = analyze(text, { context: 'message', model: lowered }).filter((f) => f.evidence === 'scorer');
    expect(scorer.map((f) => text.slice(f.start, f.end))).toEqual(['hoping you can point me in some direction.']);
    // Its removal keeps the greeting for the sentence that follows.
    const longer = `${text} I run a bakery in Leeds.`;
    const [finding] = analyze(longer, { context: 'message', model: lowered }).filter((f) => f.evidence === 'scorer');
    expect(applySuggestion(longer, finding.suggestions[0])).toBe('Hi Liam, I run a bakery in Leeds.');
  });

  it('stays out of quotes and other languages', () => {
    const all = shippedModel().withThresholds(new Array(scoredRules.length).fill(0.01));
    expect(analyze('Nunca más me escribas. Tu mensaje fue una falta de respeto total y no quiero saber nada.', { model: all })).toEqual([]);
    // The quoted words are not read: whatever the scorer says of the sentence, it never names them.
    const quoted = 'A recruiter once wrote to me: "Nobody with any sense would ship something this sloppy." Here is what I learned from it.';
    expect(analyze(quoted, { context: 'post' })).toEqual([]);
    for (const f of analyze(quoted, { context: 'post', model: all })) expect(f.message).not.toMatch(/sloppy|sense/);
  });

  it('gives a sentence one finding per group of neighbouring categories, and none where a rule of the group spoke', () => {
    const all = shippedModel().withThresholds(new Array(scoredRules.length).fill(0.01));
    const text = 'Your generation just wants everything handed to them. Let me know.';
    const findings = analyze(text, { context: 'reply', model: all });
    const tone = ['hostile-tone', 'stereotyping', 'dismissive-reply', 'passive-aggressive', 'guilt-trip', 'demanding-tone'];
    const onFirst = findings.filter((f) => tone.includes(f.ruleId) && f.start === 0);
    expect(onFirst).toHaveLength(1);
    expect(onFirst[0].evidence).toBeUndefined(); // stereotyping's own rule
  });

  it('rewrites a hostile reply whole, as a courteous decline that keeps the greeting and sign-off', () => {
    const text = 'Hi Sam,\n\nDon’t ever write me again. Your request was tacky.\n\nDana';
    const f = analyze(text, { context: 'reply' }).find((x) => x.ruleId === 'hostile-tone');
    expect(f).toBeDefined();
    const after = applySuggestion(text, f!.suggestions[0]);
    expect(after.startsWith('Hi Sam,\n\n')).toBe(true);
    expect(after.endsWith('\n\nDana')).toBe(true);
    expect(analyze(after, { context: 'reply' }).filter((x) => x.severity !== 'info')).toEqual([]);
  });
});
