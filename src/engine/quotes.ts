/**
 * Spans the writer is quoting or showing as code. Findings inside them are
 * dropped: a post that quotes a rude reply in order to criticise it is not
 * rude, and `{{ user.first_name }}` shown as code is not an unfilled slot
 * (RULES.md, "What must stay quiet").
 */
export interface Range {
  start: number;
  end: number;
}

const QUOTES: RegExp[] = [
  /“[^”\n]{1,600}”/g,
  /"[^"\n]{1,600}"/g,
  /«[^»\n]{1,600}»/g,
  /„[^“”\n]{1,600}[“”]/g,
  // Single quotes only when they open after a space and close before one, so
  // apostrophes in "don't" or "Ngozi's" never start a quote; inside, an
  // apostrophe between letters ('don't call us') does not end one.
  /(?<=^|[\s(])‘(?:[^’\n]|(?<=\p{L})’(?=\p{L})){1,300}’(?=$|[\s.,;:!?)])/gu,
  /(?<=^|[\s(])'(?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,300}'(?=$|[\s.,;:!?)])/gu,
  /```[\s\S]{0,4000}?```/g,
  /`[^`\n]{1,400}`/g,
];

export function quotedRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const re of QUOTES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const inside = (ranges: readonly Range[], start: number, end: number): boolean =>
  ranges.some((r) => start >= r.start && end <= r.end);
