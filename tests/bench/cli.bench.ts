/**
 * `npm run bench:cli`: the batch `check` against alex, whole process, on this
 * machine; printed, never asserted. Target (issue "speed"): the batch check at
 * least 2× faster than alex over the same messages, start-up included.
 *
 * The messages: the dev corpus, the public LinkedIn templates and the
 * independent sets w01–w05 (970 in all), written once to a temporary folder.
 * Each tool is a child process started with `node` (no npm, no shell script in
 * between), given the same texts:
 *
 * - `check --jsonl`, bundled (dist/check.mjs, what `npm run check` runs), and
 *   the same command run through tsx (how it ran before the bundle);
 * - alex's CLI on one plain-text file holding every message, a blank line
 *   between two (`alex --text`): alex at its fastest, one document;
 * - alex's API in one process, `text()` once per message (alex-batch.mjs),
 *   which is what `check --jsonl` does: one finding list per message.
 *
 * CPU is user + sys of the child and its children (bash's `times`, so tsx's
 * own child process counts too); wall is from spawn to exit. Each tool runs
 * once to warm the file cache, then `--runs N` times (default 5) in turn, and
 * the medians are printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

const SOURCES = [
  '../shared/corpus/dev.jsonl',
  '../shared/data/linkedin-templates-public.jsonl',
  ...['w01', 'w02', 'w03', 'w04', 'w05'].map((w) => `tests/fixtures/independent/${w}.jsonl`),
];
const rows = SOURCES.filter((f) => existsSync(join(ROOT, f))).flatMap((f) =>
  readFileSync(join(ROOT, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const { id, text, context } = JSON.parse(l) as { id: string; text: string; context?: string };
      return { id, text, context };
    }),
);
const missing = SOURCES.filter((f) => !existsSync(join(ROOT, f)));

const dir = mkdtempSync(join(tmpdir(), 'forethought-bench-'));
const jsonl = join(dir, 'messages.jsonl');
const txt = join(dir, 'messages.txt');
writeFileSync(jsonl, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(txt, rows.map((r) => r.text.trim()).join('\n\n') + '\n');

// The bundle must be what the sources say (npm run check rebuilds it the same way).
const built = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) throw new Error('building dist/check.mjs failed');

interface Tool {
  name: string;
  args: string[];
  stdin?: string;
}
const TOOLS: Tool[] = [
  { name: 'check --jsonl, bundled (dist/check.mjs)', args: ['dist/check.mjs', '--jsonl'], stdin: jsonl },
  { name: 'check --jsonl through tsx (as npm run check ran it)', args: ['node_modules/tsx/dist/cli.mjs', 'src/cli/check.ts', '--jsonl'], stdin: jsonl },
  { name: 'alex --text, one file of all messages', args: ['node_modules/alex/cli.js', '--text', txt] },
  { name: 'alex API, text() per message, one process', args: ['tests/bench/alex-batch.mjs'], stdin: jsonl },
];

/** One run: wall ms, and CPU ms (user + sys) of the process and its children, from bash's `times`. */
function run(tool: Tool): { wall: number; cpu: number } {
  const script = `"$@" ${tool.stdin ? '< "$FT_STDIN"' : '< /dev/null'} > /dev/null 2>&1; code=$?; times; exit $code`;
  const t = performance.now();
  const r = spawnSync('bash', ['-c', script, 'bash', process.execPath, ...tool.args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FT_STDIN: tool.stdin ?? '' } });
  const wall = performance.now() - t;
  // `times` prints the shell's user/sys, then its children's: "0m2.380s 0m0.240s".
  const children = r.stdout.trim().split('\n').pop() ?? '';
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (secs.length !== 2) throw new Error(`no times from ${tool.name}: ${r.stdout} ${r.stderr}`);
  // alex exits 1 when it has warnings; anything else but 0 is a failure.
  if (r.status !== 0 && !(r.status === 1 && tool.args[0].includes('alex/cli'))) throw new Error(`${tool.name} exited ${r.status}`);
  return { wall, cpu: (secs[0] + secs[1]) * 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = TOOLS.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
for (const tool of TOOLS) run(tool); // warm the file cache
for (let i = 0; i < RUNS; i++) {
  TOOLS.forEach((tool, k) => {
    const { wall, cpu } = run(tool);
    samples[k].wall.push(wall);
    samples[k].cpu.push(cpu);
  });
}
const kB = (readFileSync(txt).length / 1000).toFixed(0);
rmSync(dir, { recursive: true, force: true });

const result = TOOLS.map((tool, k) => ({ name: tool.name, wall: median(samples[k].wall), cpu: median(samples[k].cpu) }));
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Whole-process batch check against alex (Node ${process.version}), ${rows.length} messages, ${kB} kB, median of ${RUNS}`);
if (missing.length) console.log(`(missing, so left out: ${missing.join(', ')})`);
console.log('');
const width = Math.max(...result.map((r) => r.name.length));
console.log(`${'process'.padEnd(width)}   ${'wall'.padStart(7)}   ${'user+sys'.padStart(8)}`);
for (const r of result) console.log(`${r.name.padEnd(width)}   ${s(r.wall).padStart(7)}   ${s(r.cpu).padStart(8)}`);
const [ours] = result;
console.log('');
for (const alex of result.slice(2)) {
  console.log(`alex ÷ check, against ${alex.name}: ${(alex.cpu / ours.cpu).toFixed(2)}× in CPU, ${(alex.wall / ours.wall).toFixed(2)}× in wall time (target ≥ 2×)`);
}
