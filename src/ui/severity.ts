import { SEVERITY_RANK as RANK, type Finding, type Severity } from '../engine/types';

/** The worst severity among findings, or `none`. */
export const worstSeverity = (findings: readonly Finding[]): Severity | 'none' =>
  findings.reduce<Severity | 'none'>((w, f) => (w === 'none' || RANK[f.severity] > RANK[w] ? f.severity : w), 'none');

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
