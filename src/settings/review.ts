import type { Finding } from '../engine/types';
import { SEVERITY_RANK as RANK } from '../engine/types';

/** When the review before Send opens: never, for errors, or for warnings and errors (the default). */
export type ReviewThreshold = 'off' | 'error' | 'warning';

export const DEFAULT_REVIEW_THRESHOLD: ReviewThreshold = 'warning';

/**
 * The findings that stop a send at this threshold. A finding that rests on
 * the learned scorer alone ("may read as …") stops it only when the user
 * chose `possible` in the options.
 */
export function blocking(findings: readonly Finding[], threshold: ReviewThreshold, possible = false): Finding[] {
  if (threshold === 'off') return [];
  return findings.filter((f) => RANK[f.severity] >= RANK[threshold] && (possible || f.evidence !== 'scorer'));
}
