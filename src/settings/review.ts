import type { Finding, Severity } from '../engine/types';

/** When the review before Send opens: never, for errors, or for warnings and errors (the default). */
export type ReviewThreshold = 'off' | 'error' | 'warning';

export const DEFAULT_REVIEW_THRESHOLD: ReviewThreshold = 'warning';

const LEVEL: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The findings that stop a send at this threshold. */
export function blocking(findings: readonly Finding[], threshold: ReviewThreshold): Finding[] {
  if (threshold === 'off') return [];
  return findings.filter((f) => LEVEL[f.severity] >= LEVEL[threshold]);
}
