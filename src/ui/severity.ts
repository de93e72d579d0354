import type { Finding, Severity } from '../engine/types';

/** info < warning < error. */
export const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The worst severity among findings, or `none`. */
export const worstSeverity = (findings: readonly Finding[]): Severity | 'none' =>
  findings.reduce<Severity | 'none'>((w, f) => (w === 'none' || RANK[f.severity] > RANK[w] ? f.severity : w), 'none');

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
