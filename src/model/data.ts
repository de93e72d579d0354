/**
 * The labelled data the scorer is trained and measured on, in the order it
 * was written (for the "temporal" evaluation). Node only: the trainer and
 * `npm run eval` read it, the extension never does.
 *
 * - `dev`: ../shared/corpus/dev.jsonl.
 * - `project`: the project's own sets, tests/fixtures/*.jsonl, one writer,
 *   each scored before the rules were tuned on it.
 * - `independent`: tests/fixtures/independent/, each set by its own writer who
 *   saw only RULES.md and a brief (persona, register, surface).
 * - `sentences`: tests/fixtures/sentences/, single sentences, each labelled on
 *   its own, by writers who saw only RULES.md and a focus (a few categories,
 *   and near-misses for them). Training data for the scorer only: they are
 *   not messages, so no threshold and no message-level figure is read off
 *   them.
 * - `test`: tests/fixtures/test-split/, written like `independent` and never
 *   trained or tuned on. Only `npm run eval` reads it.
 * - Jigsaw: the human-labelled toxicity sample in ../shared/data, split by a
 *   hash of each comment's id: one in five is held out for evaluation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageContext } from '../engine/types';
import { hash } from './features';

const ROOT = join(import.meta.dirname, '../..');
export const SHARED = join(ROOT, '../shared');
const FIXTURES = join(ROOT, 'tests/fixtures');

export interface Row {
  id: string;
  text: string;
  context: MessageContext;
  lang?: string;
  labels: string[];
}

export interface LabelledSet {
  name: string;
  kind: 'dev' | 'project' | 'independent' | 'sentences' | 'test';
  rows: Row[];
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

const number = (f: string) => Number(/(\d+)/.exec(f)?.[1] ?? 1);
const jsonlIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')) : []);

function load(name: string, kind: LabelledSet['kind'], path: string): LabelledSet {
  const rows = readJsonl<Row>(path).map((r) => ({ ...r, id: String(r.id), context: (r.context ?? 'message') as MessageContext, labels: r.labels ?? [] }));
  return { name, kind, rows };
}

/** Sets of whole messages: everything but the sentence sets. */
export const isMessageSet = (s: Pick<LabelledSet, 'kind'>) => s.kind !== 'sentences';

/** Every labelled set, oldest first. The test split comes last and only when asked for. */
export function labelledSets(withTest = false): LabelledSet[] {
  const project = jsonlIn(FIXTURES).sort((a, b) => (a.startsWith('paraphrases') ? -1 : b.startsWith('paraphrases') ? 1 : number(a) - number(b)));
  const independent = jsonlIn(join(FIXTURES, 'independent')).sort();
  const sentences = jsonlIn(join(FIXTURES, 'sentences')).sort();
  const test = jsonlIn(join(FIXTURES, 'test-split')).sort();
  return [
    load('dev', 'dev', join(SHARED, 'corpus/dev.jsonl')),
    ...project.map((f) => load(f.replace('.jsonl', ''), 'project', join(FIXTURES, f))),
    ...independent.map((f) => load(f.replace('.jsonl', ''), 'independent', join(FIXTURES, 'independent', f))),
    ...sentences.map((f) => load(f.replace('.jsonl', ''), 'sentences', join(FIXTURES, 'sentences', f))),
    ...(withTest ? test.map((f) => load(f.replace('.jsonl', ''), 'test' as const, join(FIXTURES, 'test-split', f))) : []),
  ];
}

export interface ToxicRow {
  id: string;
  text: string;
  toxic: number;
  severe_toxic: number;
  obscene: number;
  threat: number;
  insult: number;
  identity_hate: number;
  is_bad: boolean;
}

/** Jigsaw comments, split by id: `train` (four in five) or `heldout`. */
export function jigsaw(part: 'train' | 'heldout'): ToxicRow[] {
  return readJsonl<ToxicRow>(join(SHARED, 'data/jigsaw-toxic-train.5k.jsonl')).filter((r) => (hash(r.id) % 5 === 0) === (part === 'heldout'));
}

/**
 * What a Jigsaw comment says about the scored categories: 1 yes, 0 no, and
 * absent where the labels do not tell. Hostile tone is a rude, insulting or
 * threatening comment; stereotyping, identity hate; a clean comment is
 * neither. Obscene-only comments say nothing of hostility (profanity is
 * rule-only).
 */
export function jigsawLabels(r: ToxicRow): Record<string, 0 | 1> {
  const out: Record<string, 0 | 1> = {};
  if (r.toxic || r.insult || r.threat || r.severe_toxic) out['hostile-tone'] = 1;
  else if (!r.is_bad) out['hostile-tone'] = 0;
  if (r.identity_hate) out.stereotyping = 1;
  else if (!r.is_bad) out.stereotyping = 0;
  return out;
}
