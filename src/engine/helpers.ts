/** Small text helpers shared by the rules: regex search, tidy removals, case and negation. */
import { TextCache } from './cache';
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

/**
 * Every match of a regex inside one sentence, so a pattern never spans two.
 * A pattern anchored with `^` is run on each sentence; any other is run once
 * per line, which is several times faster than per sentence on a long draft.
 * Hits are cached by the line's text: after a keystroke only the line that
 * changed is searched again.
 */
export function findInSentences(sentences: readonly Sentence[], re: RegExp): (Hit & { sentence: Sentence })[] {
  if (!sentences.length) return [];
  const id = patternId(re);
  const lines = linesOf(sentences);
  // A fresh draft: one pass over the whole text finds the few lines with a match, and
  // only those are searched line by line. Exec calls, not characters, are the cost here.
  const missing = lines.filter((l) => l.hits[id] === undefined);
  if (missing.length > 1 && !re.source.includes('^')) {
    const matched = new Set<Line>();
    for (const h of find(wholeText(sentences), re, sentences[0].start)) {
      for (const l of missing) if (h.start < l.start + l.text.length && h.end > l.start) matched.add(l);
    }
    for (const l of missing) if (!matched.has(l)) l.hits[id] = NO_HITS;
  }
  const out: (Hit & { sentence: Sentence })[] = [];
  for (const line of lines) {
    const hits = (line.hits[id] ??= searchLine(line, re));
    for (const h of hits) {
      const sentence = line.sentences[h.sentence];
      out.push({ start: h.start + line.start, end: h.end + line.start, text: h.text, groups: h.groups, sentence });
    }
  }
  return out;
}

/** The sentences of one line, the line's text from its first sentence to its last, and its hits by pattern. */
interface Line {
  text: string;
  start: number;
  sentences: readonly Sentence[];
  /** Indexed by `patternId`; shared by every message that has a line with this text. */
  hits: (LineHit[] | undefined)[];
}

/** A hit with offsets into its line, and the index of its sentence there. */
interface LineHit extends Hit {
  sentence: number;
}

/** Each pattern gets a small number, so a line's hits are an array lookup away. */
const patternIds = new WeakMap<RegExp, number>();
let patterns = 0;
function patternId(re: RegExp): number {
  let id = patternIds.get(re);
  if (id === undefined) patternIds.set(re, (id = patterns++));
  return id;
}

// Lines remembered, by characters (src/engine/cache.ts): a long draft re-checks from the cache,
// and a page open all day does not grow without bound.
const hitsByLine = new TextCache<(LineHit[] | undefined)[]>(200_000);
const NO_HITS: LineHit[] = [];

/** Forget the cached hits (with the parse cache, for tests and benchmarks). */
export function clearHitCache(): void {
  hitsByLine.clear();
}

/** Characters of line text the hit cache holds (for tests and the benchmark). */
export const hitCacheChars = () => hitsByLine.size;

const hitsOfLine = (text: string): (LineHit[] | undefined)[] => hitsByLine.get(text, () => []);

function searchLine(line: Line, re: RegExp): LineHit[] {
  // "^" means the start of a sentence: such a pattern is run on each one.
  if (re.source.includes('^')) {
    const hits = line.sentences.flatMap((s, k) => find(s.text, re, s.start - line.start).map((h) => ({ ...h, sentence: k })));
    return hits.length ? hits : NO_HITS;
  }
  const found = find(line.text, re);
  if (!found.length) return NO_HITS;
  const out: LineHit[] = [];
  for (const h of found) {
    const k = line.sentences.findIndex((s) => h.start + line.start >= s.start && h.start + line.start < s.end);
    if (k >= 0 && h.end + line.start <= line.sentences[k].end) out.push({ ...h, sentence: k });
  }
  return out;
}

/** The text from the first sentence to the last, lines joined by newlines (cached per sentence list). */
const wholeTexts = new WeakMap<readonly Sentence[], string>();
function wholeText(sentences: readonly Sentence[]): string {
  let t = wholeTexts.get(sentences);
  if (t === undefined) {
    t = '';
    let at = sentences[0].start;
    for (const l of linesOf(sentences)) {
      t += (l.start > at ? '\n'.padEnd(l.start - at, ' ') : '') + l.text;
      at = l.start + l.text.length;
    }
    wholeTexts.set(sentences, t);
  }
  return t;
}

/** The lines the sentences sit on (cached per sentence list). */
const lineLists = new WeakMap<readonly Sentence[], Line[]>();
function linesOf(sentences: readonly Sentence[]): Line[] {
  let out = lineLists.get(sentences);
  if (!out) {
    out = [];
    for (let i = 0; i < sentences.length; ) {
      let j = i;
      while (j + 1 < sentences.length && sentences[j + 1].line === sentences[i].line) j++;
      const group = sentences.slice(i, j + 1);
      // Whatever lies between sentences (spaces) is kept as spaces, so offsets stay aligned.
      let text = '';
      let at = group[0].start;
      for (const s of group) {
        text += ' '.repeat(Math.max(0, s.start - at)) + s.text;
        at = s.end;
      }
      out.push({ text, start: group[0].start, sentences: group, hits: hitsOfLine(text) });
      i = j + 1;
    }
    lineLists.set(sentences, out);
  }
  return out;
}

/**
 * The few characters before `at`, for tests like /\bat\s+$/ that look just behind a hit. A
 * long message is not copied and scanned whole for each hit; a NUL stands for the cut-off
 * text, so `^` still means the start of the message.
 */
export const textBefore = (text: string, at: number, n = 80): string => (at <= n ? text.slice(0, at) : '\u0000' + text.slice(at - n, at));

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

/** Removes a sentence but keeps a greeting that opens it: "Hi Liam, hoping … direction. I run …" → "Hi Liam, I run …". */
export function removeAfterGreeting(text: string, sentence: Sentence, title: string): Suggestion {
  const start = afterGreeting(sentence);
  const end = sentence.end + /^\s*/.exec(text.slice(sentence.end))![0].length;
  return start > sentence.start && start < sentence.end && end < text.length ? { title, start, end, replacement: '' } : removeSentence(text, sentence, title);
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

/** A greeting that opens a sentence: "Hi Tom,", "Dear Sir/Madam,", "Hi Mr. Lindgren,". */
const GREETING_CLAUSE = /^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)\b(?:\s+(?:mr|mrs|ms|mx|dr|prof)\.)?[^,!.?\n]{0,40}[,!]/i;

/** Words that lead into a sentence without being its verb: "Please send", "So, call me". */
const LEAD_INS = new Set(['please', 'pls', 'so', 'and', 'also', 'ok', 'okay', 'now', 'just', 'then', 'kindly']);

/** The first word of a text past lead-ins, lower-cased, read without the tagger. */
function openingWord(text: string): string | undefined {
  for (const m of text.matchAll(/[\p{L}'’]+/gu)) {
    const w = m[0].toLowerCase().replace(/’/g, "'");
    if (!LEAD_INS.has(w)) return w;
  }
  return undefined;
}

/** A greeting that opens a sentence, and the space after it. */
function greetingOf(sentence: Sentence): { greeting: string; lead: number } {
  const greeting = GREETING_CLAUSE.exec(sentence.text)?.[0] ?? '';
  return { greeting, lead: /^\s*/.exec(sentence.text.slice(greeting.length))![0].length };
}

/** Where a sentence's own words begin, past a greeting that opens it ("Hi Tom, hoping …" → "hoping …"). */
export function afterGreeting(sentence: Sentence): number {
  const { greeting, lead } = greetingOf(sentence);
  return sentence.start + greeting.length + lead;
}

/**
 * Rewrites a sentence whole, keeping a greeting that opens it ("Hi Tom, …")
 * and the sentence case after it: for a problem no phrase-level edit can fix.
 */
export function rewriteSentence(sentence: Sentence, replacement: string, title: string): Suggestion {
  const { greeting, lead } = greetingOf(sentence);
  const start = sentence.start + greeting.length + lead;
  const end = sentence.start + sentence.text.trimEnd().length;
  const cased = greeting.endsWith(',') ? lowerFirst(replacement) : replacement;
  return { title, start, end, replacement: greeting && !lead ? ` ${cased}` : cased };
}

/** The first real word of a sentence, past a greeting, "please" and the like. */
export function firstWord(sentence: Sentence): Token | undefined {
  const greeting = GREETING_CLAUSE.exec(sentence.text);
  const after = sentence.start + (greeting ? greeting[0].length : 0);
  return sentence.tokens.find((t) =>
    t.start >= after && t.text !== '' && !t.tags.has('Expression') && !LEAD_INS.has(t.normal) && !t.tags.has('Person') && !/^\p{P}+$/u.test(t.text));
}

/**
 * First words that never open a command ("I", "the", "could", "thanks"), read from the text:
 * most sentences are ruled out here without running the tagger, which is the costly part.
 */
const NEVER_IMPERATIVE = new Set(
  ("i i'm i've i'd i'll we we're we've we'll you you're you've you'll he she it it's they they're this that these those the a an my our " +
    'your his her their its is are was were am been can could would will should shall may might must does did what when where why how who ' +
    'which thanks thank hi hello hey dear there here if as in on at for with by from of after before since because but or not no yes ' +
    'all any every some one congrats congratulations great good happy sorry hope glad').split(' '),
);

/** Whether the first real word is an imperative verb ("Send me …", "Call me …"). */
export function isImperative(sentence: Sentence): boolean {
  const greeting = GREETING_CLAUSE.exec(sentence.text);
  const opening = openingWord(sentence.text.slice(greeting ? greeting[0].length : 0));
  if (opening && NEVER_IMPERATIVE.has(opening)) return false;
  const w = firstWord(sentence);
  if (!w || isQuestion(sentence)) return false;
  return w.tags.has('Imperative') || (w.tags.has('Infinitive') && !w.tags.has('Noun')) || /^(reply|respond|answer|email|call|text|send|give|get|forward)$/.test(w.normal);
}
