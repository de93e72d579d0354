/** Small text helpers shared by the rules: regex search, tidy removals, case and negation. */
import type { Sentence, Token } from './parse';
import type { Suggestion } from './types';

export interface Hit {
  start: number;
  end: number;
  text: string;
  groups: (string | undefined)[];
}

/** Every match of a global regex in `text`, offset by `base`. */
export function find(text: string, re: RegExp, base = 0): Hit[] {
  const out: Hit[] = [];
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  return out;
}

/** The sentence that holds an offset (sentences are in text order). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Every match of a regex inside one sentence, so a pattern never spans two.
 * A pattern anchored with `^` is run on each sentence; any other is run once
 * over the whole text and its hits are placed in their sentences, which is
 * several times faster on a long draft.
 */
export function findInSentences(sentences: readonly Sentence[], re: RegExp): (Hit & { sentence: Sentence })[] {
  if (!sentences.length) return [];
  if (re.source.includes('^')) return sentences.flatMap((sentence) => find(sentence.text, re, sentence.start).map((h) => ({ ...h, sentence })));
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  const text = fullText(sentences);
  const out: (Hit & { sentence: Sentence })[] = [];
  for (const h of find(text, re, first.start)) {
    const sentence = sentenceAt(sentences, h.start);
    if (sentence && h.end <= sentence.end && h.end <= last.end) out.push({ ...h, sentence });
  }
  return out;
}

/** The text the sentences were cut from, from the first sentence to the last (cached per sentence list). */
const texts = new WeakMap<readonly Sentence[], string>();
function fullText(sentences: readonly Sentence[]): string {
  let t = texts.get(sentences);
  if (t === undefined) {
    const start = sentences[0].start;
    const chars: string[] = [];
    let at = start;
    for (const s of sentences) {
      // Whatever lies between sentences (spaces, newlines) is kept as spaces, so offsets stay aligned.
      if (s.start > at) chars.push(' '.repeat(s.start - at));
      chars.push(s.text);
      at = s.end;
    }
    t = chars.join('');
    texts.set(sentences, t);
  }
  return t;
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-cases the first letter unless the first word is "I" or an acronym. */
export const lowerFirst = (s: string): string => (/^(I\b|I['’]|\p{Lu}{2})/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** "OPEN TO WORK" → "Open to work" (acronyms stay upper case). */
export function sentenceCase(s: string, keep: (word: string) => boolean = () => false): string {
  const lowered = s.replace(/\p{L}[\p{L}'’]*/gu, (w) => (keep(w) ? w : w.toLowerCase()));
  return lowered.replace(/\p{L}/u, (c) => c.toUpperCase());
}

/**
 * A suggestion that deletes `text.slice(start, end)` and tidies up: one space
 * around it goes too, a dangling comma or dash goes, and a sentence that now
 * starts in lower case is capitalised.
 */
export function removal(text: string, start: number, end: number, title: string): Suggestion {
  let s = start;
  let e = end;
  // Swallow a separator after the span (", " or " — ") or, failing that, before it.
  const after = /^[\s,;:—–-]*/.exec(text.slice(e))?.[0] ?? '';
  e += after.length;
  if (!after.length || e >= text.length) {
    const before = /[\s,;:—–-]*$/.exec(text.slice(0, s))?.[0] ?? '';
    s -= before.length;
    if (s > 0 && e < text.length && before.length && !/\s$/.test(text.slice(0, s))) {
      // Keep one space between the words that now meet.
      return { title, start: s, end: e, replacement: ' ' };
    }
  }
  const atSentenceStart = /(?:^|[.!?\n])\s*$/.test(text.slice(0, s));
  const next = text.charAt(e);
  if (atSentenceStart && /\p{Ll}/u.test(next)) {
    return { title, start: s, end: e + 1, replacement: next.toUpperCase() };
  }
  // A sentence removed from the middle of a text: keep the space between its neighbours.
  const needsSpace = s > 0 && e < text.length && !/\s$/.test(text.slice(0, s)) && !/^\s/.test(text.slice(e)) && /[.!?]$/.test(text.slice(0, s));
  return { title, start: s, end: e, replacement: needsSpace ? ' ' : '' };
}

/** Removes a whole sentence, with the space that follows it. */
export function removeSentence(text: string, sentence: Sentence, title: string): Suggestion {
  return removal(text, sentence.start, sentence.end, title);
}

/** Whether a span of tokens carries a negation ("not", "n't", "never", "no"). */
export function negated(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.tags.has('Negative') || t.normal === 'not' || t.normal === 'never' || t.normal === 'no');
}

/** A question by its mark, or by its shape: a modal or auxiliary before the subject ("Could you …"). */
export function isQuestion(sentence: Sentence): boolean {
  if (/\?\s*\S{0,3}$/u.test(sentence.text.trim())) return true;
  const first = sentence.tokens.find((t) => !t.tags.has('Expression') && t.text !== '');
  return !!first && /^(could|would|can|will|do|does|did|is|are|may|might|should|shall)$/.test(first.normal) && sentence.tokens[sentence.tokens.indexOf(first) + 1]?.normal === 'you';
}

/** A greeting that opens a sentence: "Hi Tom,", "Dear Sir/Madam,". */
const GREETING_CLAUSE = /^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)\b[^,!.?\n]{0,40}[,!]/i;

/** The first real word of a sentence, past a greeting, "please" and the like. */
export function firstWord(sentence: Sentence): Token | undefined {
  const greeting = GREETING_CLAUSE.exec(sentence.text);
  const after = sentence.start + (greeting ? greeting[0].length : 0);
  return sentence.tokens.find((t) =>
    t.start >= after && t.text !== '' && !t.tags.has('Expression') && !/^(please|so|and|also|ok|okay|now|just|then)$/.test(t.normal) && !t.tags.has('Person') && !/^\p{P}+$/u.test(t.text));
}

/** Whether the first real word is an imperative verb ("Send me …", "Call me …"). */
export function isImperative(sentence: Sentence): boolean {
  const w = firstWord(sentence);
  if (!w || isQuestion(sentence)) return false;
  return w.tags.has('Imperative') || (w.tags.has('Infinitive') && !w.tags.has('Noun')) || /^(reply|respond|answer|email|call|text|send|give|get|forward)$/.test(w.normal);
}
