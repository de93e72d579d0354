import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../src/engine/analyze';
import { CONTEXTS } from '../../src/engine/types';
import { expectValidFindings } from '../helpers';

/** A small seeded generator, so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Send me ALL your contacts ASAP!!!', 'Dear Sir/Madam,', 'f***ing', 'sh!t', '[Name]', '{first_name}', '<ROLE>', 'XXX', 'I’m desperate',
  'people like you', 'per my last message,', 'you’re clueless', '👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🙃', '\u200d', '\u200f', '\u202e', 'مرحبا بك', 'שלום עולם',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '&amp;&lt;', '\ud800', '\udfff', '\ud83d', 'e\u0301', '\t', '\n', '\n\n', '\r\n',
  '“quoted”', '‘', '"', '`code`', '{{ x }}', 'a'.repeat(300), 'https://example.com/a?b=c', '@mention', '#hashtag', 'NASA', '   ', '!!!???',
];

function randomText(rand: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.5) parts.push(PIECES[Math.floor(rand() * PIECES.length)]);
    else if (r < 0.8) {
      // Random code units across the whole BMP and beyond, lone surrogates included.
      const len = Math.floor(rand() * 12);
      let s = '';
      for (let j = 0; j < len; j++) s += String.fromCharCode(Math.floor(rand() * 0xffff));
      parts.push(s);
    } else parts.push(String.fromCodePoint(0x1f300 + Math.floor(rand() * 0x300)).repeat(1 + Math.floor(rand() * 3)));
  }
  return parts.join(rand() < 0.7 ? ' ' : '');
}

describe('fuzz', () => {
  it('never throws and keeps every span valid over 10,000 cases', () => {
    const rand = prng(20140228);
    for (let i = 0; i < 10_000; i++) {
      const text = randomText(rand);
      const context = CONTEXTS[i % CONTEXTS.length];
      let findings;
      try {
        findings = analyze(text, { context, recipientName: i % 3 ? 'Ana' : undefined });
      } catch (e) {
        throw new Error(`case ${i} threw on ${JSON.stringify(text)}: ${(e as Error).message}`);
      }
      expectValidFindings(text, findings);
      // Applying a suggestion always gives a string analyze accepts.
      const s = findings.find((f) => f.suggestions.length)?.suggestions[0];
      if (s) expectValidFindings(applySuggestion(text, s), analyze(applySuggestion(text, s), { context }));
    }
  });

  it('handles very long words and lines', () => {
    for (const text of ['x'.repeat(50_000), 'SHOUT '.repeat(5_000), 'Hi!\n'.repeat(10_000), '👍'.repeat(20_000)]) {
      expectValidFindings(text, analyze(text, { context: 'comment' }));
    }
  });

  it('analyses a 100,000-character paste', () => {
    const paragraph = 'Hi team, per my last message, I need you to send me the deck today. Thanks for the help on the launch! ';
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000);
    const findings = analyze(text, { context: 'message' });
    expectValidFindings(text, findings);
    expect(findings.some((f) => f.ruleId === 'too-long')).toBe(true);
  });
});
