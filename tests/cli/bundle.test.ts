/**
 * `npm run check` runs the bundle (dist/check.mjs, scripts/build-cli.mjs);
 * these tests hold it to the sources: it is rebuilt when a source is newer,
 * and it answers exactly as src/cli/check.ts run through tsx does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const BUNDLE = join(ROOT, 'dist/check.mjs');
const node = (args: string[], input?: string) => spawnSync(process.execPath, args, { cwd: ROOT, input, encoding: 'utf8' });
const source = (args: string[], input?: string) => node(['--import', 'tsx', 'src/cli/check.ts', ...args], input);
const bundle = (args: string[], input?: string) => node([BUNDLE, ...args], input);

// A few messages of every kind: the first ten of each independent set, with their surfaces.
const batch = ['w01', 'w02', 'w03', 'w04', 'w05']
  .flatMap((w) => readFileSync(join(ROOT, `tests/fixtures/independent/${w}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).slice(0, 10))
  .concat(['{"id":"bad","text":42}', 'not json'])
  .join('\n');

describe('the bundled check command', () => {
  beforeAll(() => {
    expect(node(['scripts/build-cli.mjs', '--if-stale']).status).toBe(0);
  });

  it('is rebuilt when a source is newer, and only then', () => {
    const stale = () => node(['--input-type=module', '-e', "import { isStale } from './scripts/build-cli.mjs'; process.exit(isStale() ? 1 : 0)"]).status;
    expect(stale()).toBe(0);
    // A bundle older than the sources: --if-stale builds it again.
    const past = new Date(statSync(join(ROOT, 'src/cli/check.ts')).mtimeMs - 60_000);
    utimesSync(BUNDLE, past, past);
    expect(stale()).toBe(1);
    expect(node(['scripts/build-cli.mjs', '--if-stale']).status).toBe(0);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(past.getTime() + 1000);
    expect(stale()).toBe(0);
  });

  it('gives byte for byte the output of the source command in batch mode', () => {
    const a = source(['--jsonl'], batch);
    const b = bundle(['--jsonl'], batch);
    expect(a.status).toBe(0);
    expect(b.stdout.split('\n').length).toBe(53); // 52 lines and the final newline
    expect(b.stdout).toBe(a.stdout);
    expect(b.status).toBe(a.status);
  });

  it.each([
    [['Dear Sir/Madam, send me your contacts by tomorrow!!!']],
    [['--json', '--context', 'reply', '--name', 'Rhea', "No. Don't ever write me again."]],
    [['--disable', 'shouting', 'I am NOT moving.']],
    [['--context', 'fax', 'hi']],
  ])('answers %j as the source command does, exit code included', (args) => {
    const a = source(args);
    const b = bundle(args);
    expect(b.stdout).toBe(a.stdout);
    expect(b.stderr).toBe(a.stderr);
    expect(b.status).toBe(a.status);
  });
});
