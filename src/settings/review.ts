import type { Finding } from '../engine/types';
import { RANK } from '../ui/severity';

/** When the review before Send opens: never, for errors, or for warnings and errors (the default). */
export type ReviewThreshold = 'off' | 'error' | 'warning';

export const DEFAULT_REVIEW_THRESHOLD: ReviewThreshold = 'warning';

/** The findings that stop a send at this threshold. */
export function blocking(findings: readonly Finding[], threshold: ReviewThreshold): Finding[] {
  if (threshold === 'off') return [];
  return findings.filter((f) => RANK[f.severity] >= RANK[threshold]);
}
