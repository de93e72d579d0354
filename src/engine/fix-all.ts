/**
 * "Fix all" as a user does it: apply the first suggestion of every warning and
 * error, check again, and repeat, at most six rounds. Too-long is left aside:
 * only the writer can cut. Issue 8 asks that this leaves at least 85% of
 * flagged messages with no warning or error; `npm run eval` prints the rate
 * and tests/engine/fix-all.test.ts holds it.
 */
import { analyze, applySuggestion } from './analyze';
import type { AnalyzeOptions, Finding, Suggestion } from './types';

/** The findings "fix all" works on. */
export const serious = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity !== 'info' && f.ruleId !== 'too-long');

/** The text after fixing all, and whether anything serious is left. */
export function fixAll(text: string, options: AnalyzeOptions = {}, rounds = 6): { text: string; clean: boolean } {
  for (let round = 0; round < rounds; round++) {
    const edits = serious(analyze(text, options)).flatMap((f) => (f.suggestions[0] ? [f.suggestions[0]] : []));
    if (!edits.length) break;
    // Right to left, skipping an edit that overlaps one already applied (two findings sharing one rewrite).
    const applied: Suggestion[] = [];
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
      if (applied.some((a) => e.start < a.end && e.end > a.start)) continue;
      text = applySuggestion(text, e);
      applied.push(e);
    }
  }
  return { text, clean: serious(analyze(text, options)).length === 0 };
}
