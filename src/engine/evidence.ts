/**
 * The learned scorer's evidence, turned into detections of the rule it
 * speaks for (STYLE.md: "a rule stays the unit"). The scorer answers "how
 * much does this sentence read like category X"; a sentence above X's
 * calibrated threshold, which X's own detectors did not already flag,
 * becomes one finding of X that points at the sentence, names the words that
 * weighed most, and is worded as what it is: "may read as …".
 */
import { TextCache } from './cache';
import type { LinearModel } from '../model/linear';
import { afterGreeting, removeAfterGreeting } from './helpers';
import type { Sentence, Word } from './parse';
import { inside, type Range } from './quotes';
import type { CheckInput, Rule } from './rule';
import type { Detection } from './types';

/**
 * Categories that readers, rules and the scorer confuse with each other
 * ("your generation just wants everything handed to them" is stereotyping,
 * and reads hostile too). Within a group a sentence gets one finding: a
 * rule's, where one fired, else the scorer's strongest.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['hostile-tone', 'stereotyping', 'dismissive-reply', 'passive-aggressive', 'guilt-trip', 'demanding-tone'],
  ['vague-ask', 'all-contacts-request', 'mass-connect', 'endorsement-trade'],
  ['desperation', 'empty-promise'],
];
const groupOf = (id: string) => GROUPS.findIndex((g) => g.includes(id));

const logit = (p: number) => Math.log(p / (1 - p));

const overlaps = (d: { start: number; end: number }, s: Sentence) => d.start < s.end && d.end > s.start;

/**
 * The words of a sentence the scorer reads: not those the writer reports
 * (reported.ts: quotes, code, reported speech; a post that quotes a rude reply
 * to criticise it is not rude). Too few words to judge give none. The trainer
 * reads sentences the same way.
 *
 * A greeting that opens the sentence is read too. "Hi Dana, I was there for
 * you when the layoffs hit, and now I'm the one asking." scores 0.2 for
 * guilt-trip, against 0.8 without "Hi Dana,". Reading past the greeting was
 * tried and retrained. In leave-one-set-out it made no measurable
 * difference: 76.4% macro-F1 and 2.8% clean false alarms over eleven
 * independent sets, against 76.5% and 2.5% without it. Clean first sentences
 * score higher then too, and calibration raised guilt-trip's threshold from
 * 0.79 to 0.99, which turned the scorer off for the category the rules miss
 * most.
 */
export function scoredWords(s: Sentence, reported: readonly Range[]): readonly Word[] {
  const words = reported.length ? s.words.filter((w) => !inside(reported, s.start + w.start, s.start + w.end)) : s.words;
  return words.length >= 2 ? words : [];
}

/**
 * Each sentence's probabilities, cached by its text, the words read and the
 * surface, so a keystroke re-scores only the sentence that changed. Bounded
 * by characters of text (src/engine/cache.ts).
 */
let scores = new WeakMap<LinearModel, TextCache<Float64Array>>();
/** Empties the score cache (for benchmarks). */
export const clearScoreCache = () => void (scores = new WeakMap());
/** Characters of sentence text the score cache holds for a model (for tests and the benchmark). */
export const scoreCacheChars = (model: LinearModel) => scores.get(model)?.size ?? 0;
function cachedScore(model: LinearModel, s: Sentence, words: readonly Word[], context: string): Float64Array {
  let cache = scores.get(model);
  if (!cache) scores.set(model, (cache = new TextCache(100_000)));
  const key = `${context}|${words.length === s.words.length ? '' : words.map((w) => w.start).join(',')}|${s.text}`;
  return cache.get(key, () => model.score(s.text, words, context));
}

/** The sentence without its trailing space, and without a greeting that opens it. */
function spanOf(s: Sentence) {
  const end = s.start + s.text.trimEnd().length;
  const start = afterGreeting(s);
  return { start: start < end ? start : s.start, end };
}

/** The one or two runs of words that pushed the sentence towards the category most. */
export function weightiest(model: LinearModel, s: Sentence, words: readonly Word[], context: string, c: number): string[] {
  const weights = model.wordWeights(s.text, words, context, c);
  const top = Math.max(0, ...weights);
  if (top <= 0) return [];
  const runs: { from: number; to: number; sum: number }[] = [];
  weights.forEach((w, i) => {
    if (w < top * 0.35) return;
    const last = runs[runs.length - 1];
    if (last && last.to === i - 1) {
      last.to = i;
      last.sum += w;
    } else runs.push({ from: i, to: i, sum: w });
  });
  return runs
    .sort((a, b) => b.sum - a.sum)
    .slice(0, 2)
    .sort((a, b) => a.from - b.from)
    .map((r) => s.text.slice(words[r.from].start, words[r.to].end).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/**
 * The scorer's detections, by rule, for the sentences that no rule of the
 * same group flagged. `found` holds the rules' own detections.
 */
export function scorerDetections(input: CheckInput, model: LinearModel, rules: readonly Rule[], found: ReadonlyMap<string, readonly Detection[]>, reported: readonly Range[]): Map<Rule, Detection[]> {
  const out = new Map<Rule, Detection[]>();
  const scored = rules
    .map((rule) => ({ rule, c: model.categories.indexOf(rule.meta.id) }))
    .filter((r) => r.c >= 0 && r.rule.meta.reads);
  if (!scored.length) return out;
  const sentences = input.doc.sentences;
  const others = sentences.filter((s) => s.words.length > 0).length > 1;
  for (const s of sentences) {
    const words = scoredWords(s, reported);
    if (!words.length) continue;
    const p = cachedScore(model, s, words, input.context);
    // The strongest candidate of each group, measured as the margin over its threshold.
    const best = new Map<number, { rule: Rule; c: number; margin: number }>();
    for (const { rule, c } of scored) {
      if (p[c] < model.threshold[c]) continue;
      if (rule.overrulesScorer?.(s, input)) continue;
      const g = groupOf(rule.meta.id);
      const taken = [...found].some(([id, ds]) => (id === rule.meta.id || (g >= 0 && groupOf(id) === g)) && ds.some((d) => overlaps(d, s)));
      if (taken) continue;
      const margin = logit(p[c]) - logit(model.threshold[c]);
      const key = g >= 0 ? g : -1 - c;
      if (!best.has(key) || best.get(key)!.margin < margin) best.set(key, { rule, c, margin });
    }
    for (const { rule, c } of best.values()) {
      const weighed = weightiest(model, s, words, input.context, c);
      const problem = `May read as ${rule.meta.reads}${weighed.length ? `: ${weighed.map((w) => `‘${w}’`).join(', ')}` : ''}`;
      const suggestions = others ? [removeAfterGreeting(input.text, s, 'Remove this sentence')] : [];
      const list = out.get(rule) ?? [];
      list.push({ ...spanOf(s), problem, suggestions, evidence: 'scorer' });
      out.set(rule, list);
    }
  }
  return out;
}
