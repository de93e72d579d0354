/**
 * The one compromise parse that every rule shares.
 *
 * A message is split into lines (LinkedIn drafts are line-oriented: a greeting,
 * paragraphs, a sign-off) and each line is cached by its text, so re-checking
 * a long draft after a keystroke re-parses only the line that changed.
 *
 * Two levels, both cached by text: compromise's tokenizer gives the sentences
 * and offsets of every line (fast), and its tagger (tags, lemmas,
 * contractions) runs on a sentence only when a rule first asks for its tokens.
 * Most rules look at tags only where their phrase already matched, so a long,
 * clean draft is tagged hardly at all; tagging is about 90% of compromise's
 * cost on this machine, and it works within a sentence anyway. `compromise/two` is the tagger without
 * the phrase plugins (TOOLCHAIN.md).
 */
import nlp from 'compromise/two';
import { TextCache } from './cache';
import { clearHitCache, hitCacheChars } from './helpers';

/** A word as compromise sees it, with offsets into the whole message. */
export interface Token {
  /** As written; empty for the implicit half of a contraction ("I'm" → "I" + implicit "am"). */
  text: string;
  /** Lower-case, with contractions expanded ("'m" → "am"). */
  normal: string;
  /** The lemma ("sending" → "send", "thinks" → "think"); `normal` where compromise has none. */
  root: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
}

/** A word from the tokenizer alone (no tagger): lower-case, contractions expanded. */
export interface Word {
  normal: string;
  start: number;
  end: number;
}

/** A sentence with offsets into the whole message; `text` includes its closing punctuation. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The index of the line it sits on. */
  readonly line: number;
  /** Its words as the tokenizer gives them, offsets into the sentence (cheap: no tagger). */
  readonly words: readonly Word[];
  /** Its words, tagged on first use. */
  readonly tokens: Token[];
}

interface RawTerm {
  text: string;
  post: string;
  normal: string;
  implicit?: string;
  root?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

type View = { document: RawTerm[][]; compute(name: string): void };

interface Span {
  start: number;
  end: number;
}

interface Tagged {
  tokens: Token[];
}

/** What analyse needs of a sentence before its tokens. */
interface SentenceSpan extends Span {
  line: number;
}

/** A sentence of one line as the tokenizer splits it: offsets into the line, its words into the sentence. */
interface SplitSentence extends Span {
  words: Word[];
}

/** How many lines compromise has split (cache misses), for tests and the benchmark. */
export const parseStats = { lines: 0 };

/**
 * The caches hold the draft being edited and what was checked recently, by
 * characters of text (src/engine/cache.ts): a split costs a few dozen bytes a
 * character, a tagged sentence a few hundred, so these stay within a few MB.
 */
const split = new TextCache<SplitSentence[]>(200_000);
const tagged = new TextCache<Tagged>(50_000);

function termTokens(terms: RawTerm[]): Token[] {
  return terms.map((t) => {
    const start = t.offset?.start ?? 0;
    return { text: t.text, normal: t.implicit ?? t.normal, root: t.root || t.implicit || t.normal, tags: t.tags, start, end: start + (t.offset?.length ?? t.text.length) };
  });
}

/** Sentence stops as compromise's splitter knows them. */
const STOP_RUN = /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]{16,}/g;

/**
 * Compromise splits sentences with /([.!?]+\s)/, which is quadratic in a long
 * run of stops with no space after it. Every 16th stop of such a run becomes
 * a space, which keeps each offset where it was.
 */
const breakStopRuns = (text: string) => text.replace(STOP_RUN, (run) => run.replace(/(.{15})./gsu, '$1 '));

/** Sentence spans of one line, from compromise's tokenizer. */
function splitLine(text: string): SplitSentence[] {
  parseStats.lines++;
  const view = nlp.tokenize(breakStopRuns(text)) as unknown as View;
  view.compute('offset');
  return view.document
    .map((terms) => {
      const tokens = termTokens(terms);
      const last = terms[terms.length - 1];
      // Keep the closing punctuation ("!!!", "?") with the sentence.
      const closing = last ? (last.post.match(/^\S*/)?.[0].length ?? 0) : 0;
      const end = tokens.reduce((m, t) => Math.max(m, t.end), 0);
      const start = tokens[0]?.start ?? 0;
      // The learned scorer reads these words, so it needs no tagger (src/model).
      const words = tokens.filter((t) => t.normal).map((t) => ({ normal: t.normal, start: t.start - start, end: t.end - start }));
      return { start, end: Math.min(text.length, end + closing), words };
    })
    .filter((s) => s.end > s.start)
    .flatMap((s) => cutLong(text, s));
}

/**
 * No sentence of a real message runs past this many characters. A longer
 * "sentence" (a paste with no stops) is cut at spaces into pieces of at most
 * this size, so a rule that tags the sentence around its match tags one
 * piece, not 20,000 characters.
 */
export const MAX_SENTENCE = 1_000;

function cutLong(line: string, s: SplitSentence): SplitSentence[] {
  const out: SplitSentence[] = [];
  let at = s.start;
  while (s.end - at > MAX_SENTENCE) {
    let cut = line.lastIndexOf(' ', at + MAX_SENTENCE);
    if (cut <= at + MAX_SENTENCE / 2) cut = at + MAX_SENTENCE;
    if (isLowSurrogate(line.charCodeAt(cut))) cut--;
    out.push(piece(s, at, cut));
    at = cut;
  }
  out.push(piece(s, at, s.end));
  return out.length === 1 ? [s] : out;
}

/** The part of a split sentence from `start` to `end` (offsets into the line), with its own words. */
function piece(s: SplitSentence, start: number, end: number): SplitSentence {
  const base = start - s.start;
  const words = s.words.filter((w) => w.start >= base && w.start < base + (end - start)).map((w) => ({ ...w, start: w.start - base, end: Math.min(w.end - base, end - start) }));
  return { start, end, words };
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The tagged words of one sentence. */
function tagSentence(text: string): Tagged {
  const view = nlp(text) as unknown as View;
  view.compute('offset');
  view.compute('root');
  return { tokens: view.document.flatMap(termTokens) };
}

class LineSentence implements Sentence {
  private cached?: Token[];
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    readonly words: readonly Word[],
    private readonly owner: ParsedText,
  ) {}
  get tokens(): Token[] {
    this.cached ??= this.owner.tokensOf(this);
    return this.cached;
  }
}

/** A parsed message: its lines and sentences, tagged on demand. */
export class ParsedText {
  readonly sentences: Sentence[] = [];

  constructor(readonly text: string) {
    const re = /[^\n]+/g;
    let m: RegExpExecArray | null;
    let lineIndex = 0;
    while ((m = re.exec(text))) {
      if (!m[0].trim()) continue;
      const base = m.index;
      for (const s of split.get(m[0], splitLine)) {
        this.sentences.push(new LineSentence(text.slice(s.start + base, s.end + base), s.start + base, s.end + base, lineIndex, s.words, this));
      }
      lineIndex++;
    }
  }

  /** The tagged tokens of a sentence, with offsets into the whole message. */
  tokensOf(sentence: SentenceSpan): Token[] {
    const base = sentence.start;
    return tagged.get(this.text.slice(sentence.start, sentence.end), tagSentence).tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
  }
}

/** Parses a message (each line comes from the cache when unchanged). */
export function parse(text: string): ParsedText {
  return new ParsedText(text);
}

/** Characters of text each cache of the parse holds (for tests and the benchmark). */
export const cacheChars = () => ({ split: split.size, tagged: tagged.size, hits: hitCacheChars() });

/** Empties the parse caches (for benchmarks). */
export function clearParseCache(): void {
  split.clear();
  tagged.clear();
  clearHitCache();
}
