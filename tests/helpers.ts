import { expect } from 'vitest';
import type { Finding } from '../src/engine/types';

/** The invariants every finding keeps (STYLE.md): a real excerpt, code-point boundaries, suggestions inside the text. */
export function expectValidFindings(text: string, findings: readonly Finding[]): void {
  const isLow = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]) && /[\ud800-\udbff]/.test(text[i - 1]);
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), `${f.ruleId} integer span`).toBe(true);
    expect(f.start, `${f.ruleId} start`).toBeGreaterThanOrEqual(0);
    expect(f.end, `${f.ruleId} end`).toBeLessThanOrEqual(text.length);
    expect(f.start, `${f.ruleId} non-empty`).toBeLessThan(f.end);
    expect(isLow(f.start) || isLow(f.end), `${f.ruleId} code-point boundary`).toBe(false);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toContain('\n');
    expect(f.why.length).toBeGreaterThan(0);
    expect(['info', 'warning', 'error']).toContain(f.severity);
    for (const s of f.suggestions) {
      expect(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${f.ruleId} suggestion span`).toBe(true);
      expect(isLow(s.start) || isLow(s.end)).toBe(false);
      expect(typeof s.replacement).toBe('string');
      expect(s.title.length).toBeGreaterThan(0);
    }
  }
}
