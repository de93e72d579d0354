import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { fixAll, serious } from '../../src/engine/fix-all';
import { isMessageSet, labelledSets } from '../../src/model/data';

describe('fix all', () => {
  it('leaves at least 85% of the flagged labelled messages with no warning or error', () => {
    // Messages only: a sentence set's one-sentence rows have no other sentence to keep when a scorer finding's is removed.
    const rows = labelledSets(true).filter(isMessageSet).flatMap((s) => s.rows);
    const flagged = rows.filter((r) => serious(analyze(r.text, { context: r.context })).length);
    const fixed = flagged.filter((r) => fixAll(r.text, { context: r.context }).clean);
    expect(flagged.length).toBeGreaterThan(1000);
    expect(fixed.length / flagged.length).toBeGreaterThanOrEqual(0.85);
  }, 120_000);

  it('never stacks one rewrite on another ("Could you could you …")', () => {
    for (const text of ['I insist on a phone screen today.', 'I need your answer by tonight or I’m withdrawing my application.', 'You will reply to this by Friday.']) {
      expect(fixAll(text).text).not.toMatch(/could you (?:could|I|you|or)\b/i);
    }
  });

  it('fills what it can and removes what it must, in sentence case', () => {
    expect(fixAll('Hi [Name], congrats on your new role at [Company]!').text).toBe('Hi, congrats on your new role at your company!');
    expect(fixAll('Hi Sam, any openings?').text).toBe('Hi Sam, would you have 15 minutes next week for two specific questions about your work?');
  });
});
