/**
 * `npm run build:cli`: bundles the `check` command (src/cli/check.ts with
 * everything it imports, compromise and the scorer's weights included) into
 * one file, dist/check.mjs, that plain `node` runs. Run through tsx, `check`
 * spent about 0.7 s of CPU on tsx itself and resolved some hundred modules
 * before the first message; the bundle is one file and no transpiler.
 *
 * `--if-stale` rebuilds only when a file under src/, package-lock.json or this
 * script is newer than the bundle, so `npm run check` stays right after an
 * edit or a fresh clone (no bundle yet) and costs one stat walk otherwise.
 * Plain JavaScript, so it runs before anything is built.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'dist/check.mjs');

/** The newest modification time of the files the bundle is made from. */
function newestInput() {
  let newest = Math.max(statSync(join(ROOT, 'package-lock.json')).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(ROOT, 'src'));
  return newest;
}

/** Whether the bundle is missing or older than a source. */
export const isStale = () => !existsSync(CLI_BUNDLE) || statSync(CLI_BUNDLE).mtimeMs < newestInput();

/**
 * First in the bundle, before any pattern runs: V8 compiles each regular
 * expression straight to machine code instead of first to bytecode, which it
 * interprets and then compiles again. The rules and compromise bring some 780
 * patterns, each run from the first message on; the double compile was about
 * 0.2 s of a 970-message batch's 3.3 s of CPU on this machine. It changes how
 * a pattern is compiled, never what it matches.
 */
const BANNER = `// Built by scripts/build-cli.mjs from src/cli/check.ts: edit the sources, not this file.
import { setFlagsFromString as __setV8Flags } from 'node:v8';
__setV8Flags('--no-regexp-tier-up');`;

/**
 * JSON files (the scorer's 2.7 MB of weights) go in as `JSON.parse('…')`
 * rather than esbuild's default, an object literal: V8 reads a JSON string
 * faster than it compiles a literal that size (some 30 ms of start-up here).
 * The same value either way.
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      const text = JSON.stringify(JSON.parse(await readFile(path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** Writes dist/check.mjs. */
export async function buildCli() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, 'src/cli/check.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: BANNER },
    plugins: [jsonAsString],
    logLevel: 'warning',
  });
}

/** Builds the bundle when it is stale; returns its path. */
export async function ensureCli() {
  if (isStale()) await buildCli();
  return CLI_BUNDLE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--if-stale')) await ensureCli();
  else await buildCli();
}
