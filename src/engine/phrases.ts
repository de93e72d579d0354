/**
 * Phrase tables for the rules: a list of short phrases, one a line, compiled
 * into the regex a rule searches with, so a rule file reads as the list of
 * what it catches rather than as one long pattern.
 *
 * An entry is regular-expression source with three conveniences:
 *
 * - a space matches any run of whitespace (`\s+`), so `how dare you` also
 *   matches across a line break or a double space;
 * - an apostrophe matches both the straight and the curly one (`['’]`), so an
 *   entry says `you're` once;
 * - a bare `(` opens a non-capturing group: `(a|b)` is one of a few words,
 *   `(a |b )?` an optional word, `behaviou?r` an optional letter.
 *
 * Everything else is ordinary regex syntax, kept for the few entries that
 * need it (`[\w-]+` for "any word", `sh[i*!]t` for a masked letter, a
 * trailing `(?!…)` for an exception); a literal `.`, `*`, `?`, `+`, `(`, `)`
 * or `[` is escaped with a backslash. Inside `[…]` nothing is converted.
 *
 * `phrases()` adds a word boundary (`\b`) at each end of an entry that starts
 * or ends with a word (a letter, a digit or a group), and none where an entry
 * starts or ends with punctuation, an anchor (`^`, `$`) or a quantifier, so
 * `, genius$` or `[\w-]+` mean what they say; write `\b` yourself where a word
 * is followed by punctuation (`like I said\b,?`). A trailing lookahead stays
 * after the boundary: `a joke(?! about)` is `\ba\s+joke\b(?!\s+about)`. An
 * entry that starts or ends with `…` has no boundary at that end: its word
 * may run on (`you're not…` also matches "you're nothing").
 *
 * Entries must not nest quantifiers (`(\w+ )*`): every rule must stay linear
 * in the length of the text (tests/pathological.ts).
 */

/** One entry as regex source, without word boundaries. */
export function pattern(entry: string): string {
  if (/^ | $| {2}/.test(entry)) throw new Error(`phrase entry with a stray space: "${entry}"`);
  let out = '';
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i];
    if (c === '\\') {
      out += entry.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      // A character class is copied as it is: its spaces and apostrophes are literal.
      let j = i + 1;
      if (entry[j] === '^') j++;
      if (entry[j] === ']') j++;
      while (j < entry.length && entry[j] !== ']') j += entry[j] === '\\' ? 2 : 1;
      out += entry.slice(i, j + 1);
      i = j;
    } else if (c === ' ') out += '\\s+';
    else if (c === "'") out += "['’]";
    else if (c === '(' && entry[i + 1] !== '?') out += '(?:';
    else out += c;
  }
  return out;
}

/** Where a trailing `(?!…)` or `(?=…)` starts in an entry, or its length when there is none. */
function trailingLookahead(entry: string): number {
  if (!entry.endsWith(')')) return entry.length;
  let depth = 0;
  for (let i = entry.length - 1; i >= 0; i--) {
    if (entry[i - 1] === '\\') continue;
    if (entry[i] === ')') depth++;
    else if (entry[i] === '(' && --depth === 0) return /^\(\?[!=]/.test(entry.slice(i)) ? i : entry.length;
  }
  return entry.length;
}

const WORDLIKE_START = /^(?:[\p{L}\p{N}_]|\((?!\?[=!<]))/u;
const WORDLIKE_END = /(?:[\p{L}\p{N}_)]|[\p{L}\p{N}_)]\?)$/u;

/** One entry as regex source, with a word boundary at each end that is a word (see the header). */
export function phrase(entry: string): string {
  const openStart = entry.startsWith('…');
  const openEnd = entry.endsWith('…');
  const body = entry.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
  const cut = trailingLookahead(body);
  const words = body.slice(0, cut);
  const start = !openStart && WORDLIKE_START.test(words) ? '\\b' : '';
  const end = !openEnd && WORDLIKE_END.test(words) && !/\\.$/.test(words) ? '\\b' : '';
  return start + pattern(words) + end + pattern(body.slice(cut));
}

/**
 * A phrase table as one regex: any of the entries, each with its word
 * boundaries, tried in the order given (an earlier entry wins where two
 * match at the same place).
 */
export function phrases(entries: readonly string[], flags = 'gi'): RegExp {
  unique(entries);
  return new RegExp(entries.map(phrase).join('|'), flags);
}

/**
 * A list of words or short phrases as a non-capturing group, `(?:a|b|c)`, with
 * no boundaries: a piece for a larger pattern that puts them where they belong.
 */
export function oneOf(entries: readonly string[]): string {
  unique(entries);
  return `(?:${entries.map(pattern).join('|')})`;
}

/** A table that lists a phrase twice has a typo or a merge left over in it. */
function unique(entries: readonly string[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e)) throw new Error(`phrase listed twice: "${e}"`);
    seen.add(e);
  }
}
