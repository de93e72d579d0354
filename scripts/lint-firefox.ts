/**
 * Mozilla's linter (addons-linter, the one AMO runs on upload) on the Firefox
 * package. It reads its schemas from node_modules and downloads nothing.
 * `npm run lint:firefox` builds the Firefox zip and lints it, as does the
 * package test (tests/build/firefox-package.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** The zips `npm run zip` writes (wxt.config.ts's zip templates). */
export const ZIPS = {
  chrome: join(ROOT, `.output/${name}-${version}-chrome.zip`),
  firefox: join(ROOT, `.output/${name}-${version}-firefox.zip`),
  sources: join(ROOT, `.output/${name}-${version}-sources.zip`),
};

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Lints a built extension folder or zip. */
export function lintFirefox(path: string): LintResult {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'node_modules/addons-linter/bin/addons-linter'), '--output', 'json', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // It exits 1 when it finds errors; the JSON report is on stdout all the same.
    out = (e as { stdout?: string }).stdout ?? '';
    if (!out.trim()) throw e;
  }
  const { errors, warnings, notices } = JSON.parse(out) as LintResult;
  return { errors, warnings, notices };
}

/** One line for a log, and each message under it. */
export function describeLint(r: LintResult): string {
  const lines = [`addons-linter: ${r.errors.length} errors, ${r.warnings.length} warnings, ${r.notices.length} notices`];
  for (const [kind, list] of Object.entries(r)) for (const m of list as LintMessage[]) lines.push(`  ${kind.slice(0, -1)} ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const path = process.argv[2] ?? ZIPS.firefox;
  const result = lintFirefox(path);
  console.log(describeLint(result));
  process.exit(result.errors.length || result.warnings.length ? 1 : 0);
}
