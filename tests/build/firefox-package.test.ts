/**
 * The Firefox package AMO gets (issue 11): it builds, with its sources archive,
 * declares that it collects no data, supports Firefox from ESR 140, and passes
 * Mozilla's linter with no error and no warning. Only the Firefox build is
 * made here: the Chrome build is the one the browser tests are using.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICON_SIZES } from '@/src/icons';
import { describeLint, lintFirefox, ZIPS } from '../../scripts/lint-firefox';
import { ROOT } from '../e2e/harness';

const FIREFOX = join(ROOT, '.output/firefox-mv2');

describe('the Firefox package', () => {
  beforeAll(() => {
    for (const zip of [ZIPS.firefox, ZIPS.sources]) rmSync(zip, { force: true });
    execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  it('is zipped with the sources archive AMO asks for', () => {
    expect(existsSync(ZIPS.firefox)).toBe(true);
    expect(existsSync(ZIPS.sources)).toBe(true);
  });

  it('declares no data collection, Firefox 140 (the oldest maintained ESR), and its icons', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
    expect(manifest.permissions).toEqual(['storage', 'https://www.linkedin.com/*']);
    for (const size of ICON_SIZES) expect(existsSync(join(FIREFOX, manifest.browser_action.default_icon[size]))).toBe(true);
  });

  it("passes Mozilla's addons-linter with 0 errors and 0 warnings", () => {
    const result = lintFirefox(ZIPS.firefox);
    console.log(describeLint(result)); // CI's log shows the linter's verdict
    expect(describeLint({ ...result, notices: [] })).toBe('addons-linter: 0 errors, 0 warnings, 0 notices');
  }, 60_000);
});
