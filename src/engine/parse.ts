/**
 * The one compromise parse that every rule shares.
 *
 * A message is split into lines (LinkedIn drafts are line-oriented: a greeting,
 * paragraphs, a sign-off) and each line is parsed once and cached by its text,
 * so re-checking a long draft after a keystroke re-parses only the line that
 * changed. `compromise/two` is the tagger without the phrase plugins: the rules
 * need tags, lemmas and matches, and it parses about 40% faster than the full
 * build (TOOLCHAIN.md).
 */
import nlp from 'compromise/two';

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

/** A sentence with offsets into the whole message; `text` includes its closing punctuation. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** The index of the line it sits on. */
  line: number;
}

/** A compromise match, with offsets into the whole message. */
export interface Match {
  start: number;
  end: number;
  text: string;
  sentence: Sentence;
  tokens: Token[];
}

type View = ReturnType<typeof nlp>;

interface LocalToken {
  text: string;
  normal: string;
  root: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
}

interface ParsedLine {
  view: View;
  sentences: { start: number; end: number; tokens: LocalToken[] }[];
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

const CACHE_LIMIT = 400;
const cache = new Map<string, ParsedLine>();

/** How many lines compromise has parsed (cache misses), for tests and the benchmark. */
export const parseStats = { lines: 0 };

/** Parses one line, or returns the cached parse of identical text. */
function parseLine(text: string): ParsedLine {
  const hit = cache.get(text);
  if (hit) {
    // Refresh its place so the lines of the draft being edited stay cached.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  parseStats.lines++;
  const view = nlp(text);
  view.compute('offset');
  view.compute('root');
  const document = (view as unknown as { document: RawTerm[][] }).document;
  const sentences = document.map((terms) => {
    const tokens = terms.map((t): LocalToken => {
      const start = t.offset?.start ?? 0;
      return {
        text: t.text,
        normal: t.implicit ?? t.normal,
        root: t.root || t.implicit || t.normal,
        tags: t.tags,
        start,
        end: start + (t.offset?.length ?? t.text.length),
      };
    });
    const first = tokens[0];
    const last = terms[terms.length - 1];
    // Keep the closing punctuation ("!!!", "?") with the sentence.
    const closing = last ? (last.post.match(/^[^\s]*/)?.[0].length ?? 0) : 0;
    const lastEnd = tokens.length ? Math.max(...tokens.map((t) => t.end)) : 0;
    return { start: first?.start ?? 0, end: Math.min(text.length, lastEnd + closing), tokens };
  });
  const parsed = { view, sentences };
  cache.set(text, parsed);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return parsed;
}

const compiled = new Map<string, unknown>();
function compile(pattern: string): unknown {
  let c = compiled.get(pattern);
  if (!c) {
    c = nlp.parseMatch(pattern);
    compiled.set(pattern, c);
  }
  return c;
}

/** A parsed message: its lines, sentences and a compromise `match` over all of them. */
export class ParsedText {
  readonly sentences: Sentence[] = [];
  private readonly lines: { start: number; parsed: ParsedLine; sentences: Sentence[] }[] = [];

  constructor(readonly text: string) {
    const re = /[^\n]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (!m[0].trim()) continue;
      const base = m.index;
      const parsed = parseLine(m[0]);
      const lineIndex = this.lines.length;
      const sentences = parsed.sentences.map((s): Sentence => {
        const tokens = s.tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
        return { text: text.slice(s.start + base, s.end + base), start: s.start + base, end: s.end + base, tokens, line: lineIndex };
      });
      this.lines.push({ start: base, parsed, sentences });
      this.sentences.push(...sentences);
    }
  }

  /** Every match of a compromise pattern (`{lemma}`, `#Tag`, `(a|b)`, `.?`), in text order. */
  match(pattern: string): Match[] {
    const out: Match[] = [];
    const c = compile(pattern);
    for (const line of this.lines) {
      const view = line.parsed.view as unknown as { match(p: unknown): { fullPointer: number[][] } };
      for (const [n, from, to] of view.match(c).fullPointer) {
        const sentence = line.sentences[n];
        if (!sentence) continue;
        const tokens = sentence.tokens.slice(from, to);
        if (!tokens.length) continue;
        const start = tokens[0].start;
        const end = Math.max(...tokens.map((t) => t.end));
        if (end <= start) continue;
        out.push({ start, end, text: this.text.slice(start, end), sentence, tokens });
      }
    }
    return out;
  }

  /** The sentence that holds an offset. */
  sentenceAt(offset: number): Sentence | undefined {
    return this.sentences.find((s) => offset >= s.start && offset < s.end) ?? this.sentences.find((s) => offset <= s.end);
  }
}

/** Parses a message (each line comes from the cache when unchanged). */
export function parse(text: string): ParsedText {
  return new ParsedText(text);
}

/** Empties the parse cache (for benchmarks). */
export function clearParseCache(): void {
  cache.clear();
}
