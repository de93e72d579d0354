/**
 * What the learned scorer sees of a sentence: hashed features built from the
 * words that compromise's tokenizer already produced for the rules (one parse
 * feeds both, STYLE.md), plus character n-grams and a few grammar cues.
 *
 * Why no tagger: tagging every sentence costs about 2.8 ms for 300 characters
 * on this machine, more than the scorer's whole budget (2 ms). The rules tag
 * only where a phrase matched, so the scorer must not tag at all. Lemmas are
 * approximated by a light suffix stripper (`stem`); character n-grams carry
 * the rest of the morphology (tacky / tackiness, insult / insulting).
 *
 * Pure and deterministic: the same sentence gives the same features in the
 * trainer, the CLI and the background.
 */
import type { Word } from '../engine/parse';

/** The hashed feature space: 2^20 buckets. */
export const DIM = 1 << 20;

// FNV-1a, 32 bits, in pieces: `more(more(FNV, "w:"), w)` is the hash of "w:" + w before folding, with no string built.
const FNV = 0x811c9dc5;
const step = (h: number, code: number) => Math.imul(h ^ code, 0x01000193);
function more(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}
const fold = (h: number) => (h >>> 0) & (DIM - 1);

/** FNV-1a, 32 bits, folded into the feature space. */
export const hash = (s: string): number => fold(more(FNV, s));

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', "you're", 'ya']);
const NEGATION = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'nowhere', 'neither', 'nor', 'cannot']);

/** A light suffix stripper standing in for lemmas (see the header). */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ly')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** A word as the scorer counts it: numbers fold into one token, so "3pm" and "5pm" weigh alike. */
const wordOf = (w: Word) => (/\d/.test(w.normal) ? '#num' : w.normal);

/** One feature and the words (indices into the sentence's words) it came from, for explanations. */
export interface Feature {
  key: string;
  words: number[];
}

/** Every feature of a sentence, with where it came from. `context` is the surface (reply, comment …). */
export function featuresOf(text: string, words: readonly Word[], context: string): Feature[] {
  const out: Feature[] = [];
  const ws = words.map(wordOf);
  const n = ws.length;
  for (let i = 0; i < n; i++) {
    const w = ws[i];
    out.push({ key: `w:${w}`, words: [i] });
    const s = stem(w);
    if (s !== w) out.push({ key: `s:${s}`, words: [i] });
    out.push({ key: `b:${i ? ws[i - 1] : '^'}_${w}`, words: i ? [i - 1, i] : [i] });
    if (i >= 2) out.push({ key: `t:${ws[i - 2]}_${ws[i - 1]}_${w}`, words: [i - 2, i - 1, i] });
    // Character n-grams of the word as written, 3 to 5 long, with word-boundary marks.
    const padded = `<${w}>`;
    for (let k = 3; k <= 5; k++) for (let j = 0; j + k <= padded.length; j++) out.push({ key: `c:${padded.slice(j, j + k)}`, words: [i] });
  }
  if (n) out.push({ key: `b:${ws[n - 1]}_$`, words: [n - 1] });

  // Grammar cues: aimed at the reader, negation, a question, an exclamation, length.
  const you = ws.findIndex((w) => SECOND_PERSON.has(w));
  const neg = ws.findIndex((w) => NEGATION.has(w));
  if (you >= 0) out.push({ key: 'q:you', words: [] });
  if (neg >= 0) out.push({ key: 'q:neg', words: [] });
  if (you >= 0 && neg >= 0) out.push({ key: 'q:you+neg', words: [] });
  const trimmed = text.trimEnd();
  if (trimmed.endsWith('?')) out.push({ key: 'q:question', words: [] });
  if (trimmed.includes('!')) out.push({ key: 'q:exclaim', words: [] });
  out.push({ key: `q:len${n <= 1 ? 1 : n <= 3 ? 3 : n <= 7 ? 7 : n <= 15 ? 15 : 99}`, words: [] });
  out.push({ key: `q:ctx:${context}`, words: [] });
  return out;
}

/** A sentence as the linear model reads it: distinct feature buckets, each of value `scale`. */
export interface Vector {
  idx: Int32Array;
  scale: number;
}

/** The distinct buckets of the features, scaled to unit length. */
export function vectorize(features: readonly Feature[]): Vector {
  const set = new Set<number>();
  for (const f of features) set.add(hash(f.key));
  const idx = Int32Array.from(set).sort();
  return { idx, scale: idx.length ? 1 / Math.sqrt(idx.length) : 0 };
}

const W = more(FNV, 'w:');
const S = more(FNV, 's:');
const B = more(FNV, 'b:');
const T = more(FNV, 't:');
const C = more(FNV, 'c:');
const UNDERSCORE = '_'.charCodeAt(0);

/** A buffer of buckets reused from sentence to sentence (the scorer runs one sentence at a time). */
let buffer = new Int32Array(1024);

/**
 * `vectorize(featuresOf(text, words, context))` without the features: the
 * same buckets, hashed as the keys are read rather than built as strings and
 * objects. The scorer calls this for every sentence of every message, and the
 * feature objects were most of its time and of its garbage; `featuresOf`
 * stays the definition (and what explanations read), and a test holds the two
 * equal.
 */
export function vectorOf(text: string, words: readonly Word[], context: string): Vector {
  const ws = words.map(wordOf);
  const n = ws.length;
  let count = 0;
  const push = (h: number) => {
    if (count === buffer.length) {
      const bigger = new Int32Array(buffer.length * 2);
      bigger.set(buffer);
      buffer = bigger;
    }
    buffer[count++] = fold(h);
  };
  for (let i = 0; i < n; i++) {
    const w = ws[i];
    push(more(W, w));
    const s = stem(w);
    if (s !== w) push(more(S, s));
    push(more(step(more(B, i ? ws[i - 1] : '^'), UNDERSCORE), w));
    if (i >= 2) push(more(step(more(step(more(T, ws[i - 2]), UNDERSCORE), ws[i - 1]), UNDERSCORE), w));
    const padded = `<${w}>`;
    for (let k = 3; k <= 5; k++) {
      for (let j = 0; j + k <= padded.length; j++) {
        let h = C;
        for (let x = j; x < j + k; x++) h = step(h, padded.charCodeAt(x));
        push(h);
      }
    }
  }
  if (n) push(more(step(more(B, ws[n - 1]), UNDERSCORE), '$'));
  const you = ws.some((w) => SECOND_PERSON.has(w));
  const neg = ws.some((w) => NEGATION.has(w));
  if (you) push(more(FNV, 'q:you'));
  if (neg) push(more(FNV, 'q:neg'));
  if (you && neg) push(more(FNV, 'q:you+neg'));
  const trimmed = text.trimEnd();
  if (trimmed.endsWith('?')) push(more(FNV, 'q:question'));
  if (trimmed.includes('!')) push(more(FNV, 'q:exclaim'));
  push(more(FNV, `q:len${n <= 1 ? 1 : n <= 3 ? 3 : n <= 7 ? 7 : n <= 15 ? 15 : 99}`));
  push(more(FNV, `q:ctx:${context}`));
  // Sorted and distinct, as vectorize's set gives them.
  const sorted = buffer.subarray(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  const idx = sorted.slice(0, distinct);
  return { idx, scale: idx.length ? 1 / Math.sqrt(idx.length) : 0 };
}
