import type { Severity } from './types';
import { capitalize } from './helpers';

const stop = (s: string) => (/[.!?]$/.test(s) ? s : s + '.');

/**
 * One line in the second person whose tone follows the severity (retext's
 * message, STYLE.md): `info` asks, `warning` advises, `error` says it plainly.
 */
export function wording(severity: Severity, problem: string, fix: string): string {
  const p = problem.replace(/[.!?]$/, '');
  if (severity === 'info') return stop(`Consider: ${fix} (${p.charAt(0).toLowerCase() + p.slice(1)})`);
  if (severity === 'warning') return `${stop(capitalize(p))} Try to ${stop(fix)}`;
  return `${stop(capitalize(p))} ${stop(capitalize(fix))}`;
}
