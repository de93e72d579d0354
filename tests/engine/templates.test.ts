import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { fill, TEMPLATES } from '../../src/templates/templates';

describe('templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s, with its slots filled, gets no finding', (_, t) => {
    const text = fill(t, { 'first name': 'Ana', company: 'Acme Labs', topic: 'pricing analytics' });
    expect(text).not.toMatch(/[{}]/);
    expect(analyze(text, { context: t.context, invitationLimit: 300 })).toEqual([]);
  });

  it('leaves the slots the page did not give for the writer, and they are flagged until filled', () => {
    const text = fill(TEMPLATES[0], { 'first name': 'Ana' });
    expect(text).toContain('{company}');
    expect(analyze(text, { context: 'message' }).map((f) => f.ruleId)).toContain('unfilled-placeholder');
  });
});
