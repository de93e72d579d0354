/**
 * `npm run train`: rebuilds src/model/weights.json from the labelled data in
 * the repo and in ../shared (data.ts says which). Deterministic: the same
 * data gives the same bytes. The test split is never read here.
 *
 *   npm run train              write the weights
 *   npm run train -- --check   fail if the committed weights differ from a fresh training
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../engine/registry';
import { hash } from './features';
import { isMessageSet, jigsaw, jigsawLabels, labelledSets, readJsonl, SHARED, type LabelledSet, type Row } from './data';
import { FIT, calibrate, crossValidate, fit, goldOf, messageScores, prepare, type Prepared } from './fit';

/** The categories the scorer speaks for: the rules that say how a scored sentence may read. */
export const CATEGORIES = RULES.filter((r) => r.meta.reads).map((r) => r.meta.id);

/**
 * What the scorer adds to the rules must be right this often in cross-validation.
 * Chosen by leave-one-set-out over the independent training sets (never the test
 * split): at 0.75 / 0.3% the rules and scorer together averaged macro-F1 70.6% with
 * 6.9% clean false alarms, at 0.85 / 0.3% 70.4% / 5.3%, at 0.9 / 0.2% 69.6% / 3.8%.
 * A point of F1 for three fewer nags in a hundred good messages. With the
 * steadier bounds of calibrate() (eight hits, two unseen false alarms),
 * leave-one-set-out over the nine independent sets gives 70.5% / 2.2%,
 * against 71.8% / 4.2% with the old ones: the false alarms the issue allows
 * (3%) for a point of F1.
 */
export const PRECISION = 0.9;
export const FOLDS = 5;
/**
 * …and at most this share of clean messages may get a finding of any one
 * category from it. With the asymmetric prune (fit.ts) leave-one-set-out gave
 * 81.0% / 3.6% at 0.2% and 80.9% / 3.3% at 0.1%.
 */
export const CLEAN_RATE = 0.001;

/** Jigsaw comments count half as much as LinkedIn messages: another register, another site. */
const JIGSAW_WEIGHT = 0.5;

export interface Corpus {
  /** Each labelled set, prepared. */
  sets: { name: string; kind: LabelledSet['kind']; messages: Prepared[] }[];
  jigsaw: Prepared[];
  /** The rules' own examples: a valid one, and an invalid one's rewrite, are negative for its rule; an invalid one positive. */
  examples: Prepared[];
  /** The public LinkedIn templates of ../shared/data: clean, for calibration only. */
  templates: Prepared[];
  /**
   * The messages of the message sets with no label at all: what "clean" means in every figure. A
   * message labelled only for a rule the scorer does not speak for ("Who the fuck approved this?",
   * profanity) is not clean, and does not bound the scorer's thresholds.
   */
  clean: Set<Prepared>;
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;

/** Parses and prepares the training data (the slow part: every message goes through the rules once). */
export function trainingCorpus(): Corpus {
  const clean = new Set<Prepared>();
  const sets = labelledSets().map((s) => ({
    name: s.name,
    kind: s.kind,
    messages: s.rows
      .filter((r) => !r.lang || r.lang === 'en')
      .map((r) => {
        const m = prepare(r.id, r.text, r.context, goldOf(r.labels, CATEGORIES));
        if (m && isMessageSet(s) && !r.labels.length) clean.add(m);
        return m;
      })
      .filter(defined),
  }));
  const toxic = jigsaw('train').map((r) => prepare(r.id, r.text, 'comment', jigsawLabels(r), JIGSAW_WEIGHT)).filter(defined);
  const examples = RULES.filter((r) => r.meta.reads).flatMap(({ meta, examples: ex }) => [
    ...ex.valid.map((e, i) => prepare(`${meta.id}/valid/${i}`, e.text, e.context ?? 'message', { [meta.id]: 0 })),
    ...ex.invalid.map((e, i) => prepare(`${meta.id}/invalid/${i}`, e.text, e.context ?? 'message', { [meta.id]: 1 })),
    ...ex.invalid.filter((e) => e.output).map((e, i) => prepare(`${meta.id}/output/${i}`, e.output!, e.context ?? 'message', { [meta.id]: 0 })),
  ]);
  const templates = readJsonl<Row>(join(SHARED, 'data/linkedin-templates-public.jsonl')).map((r) => prepare(r.id, r.text, r.context ?? 'message', goldOf([], CATEGORIES))).filter(defined);
  return { sets, jigsaw: toxic, examples: examples.filter(defined), templates, clean };
}

/** Cross-validation groups: the sets dealt round-robin into folds, and Jigsaw by id. */
export function folds(corpus: Corpus, k = FOLDS): Prepared[][] {
  const out: Prepared[][] = Array.from({ length: k }, () => []);
  corpus.sets.forEach((s, i) => out[i % k].push(...s.messages));
  for (const m of corpus.jigsaw) out[(hash(m.id) >>> 3) % k].push(m);
  return out;
}

/** Everything the shipped model trains on. */
export const everything = (corpus: Corpus): Prepared[] => [...corpus.sets.flatMap((s) => s.messages), ...corpus.jigsaw, ...corpus.examples];

/**
 * Trains the shipped model: weights from all the data, thresholds from
 * cross-validation. The thresholds are read off the independent sets only:
 * - not the project's own sets: one writer's, where a model trained on the
 *   writer's other sets is over-confident, and thresholds read there let too
 *   much through on text nobody here wrote;
 * - not Jigsaw, which is trained on but whose "clean" comments are often
 *   insults ("By the way, you're the moron."): of the 51 clean training
 *   comments the rules called hostile, about 40 are. Counted as false alarms
 *   they held hostile-tone's threshold at 0.94 and stereotyping's at 0.93,
 *   against 0.91 and 0.85 on the independent sets alone (out of fold).
 */
export function train(corpus: Corpus) {
  const calibration = new Set(corpus.sets.filter((s) => s.kind === 'independent').flatMap((s) => s.messages));
  const scored = crossValidate(folds(corpus), CATEGORIES, corpus.examples);
  // Clean LinkedIn messages of every message set (not the sentence sets), as the scorer saw them out of fold.
  const clean = scored.filter((s) => corpus.clean.has(s.m));
  const thresholds = calibrate(scored.filter((s) => calibration.has(s.m)), clean, CATEGORIES, PRECISION, CLEAN_RATE);
  const model = fit(everything(corpus), CATEGORIES);
  // Real clean text nobody here wrote: no threshold lets a public template through, not even one at the ceiling. They are never trained on.
  for (const m of corpus.templates) messageScores(model, m).forEach((p, c) => (thresholds[c] = Math.min(0.9999, Math.max(thresholds[c], p + 1e-4))));
  return model.withThresholds(thresholds);
}

function digest(corpus: Corpus): string {
  return hash(corpus.sets.map((s) => `${s.name}:${s.messages.map((m) => m.id).join(',')}`).join(';') + corpus.jigsaw.length).toString(16);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  const corpus = trainingCorpus();
  const count = (messageSets: boolean) => corpus.sets.filter((s) => isMessageSet(s) === messageSets).reduce((n, s) => n + s.messages.length, 0);
  const [messages, sentences] = [count(true), count(false)];
  console.log(`prepared ${messages} messages and ${sentences} single sentences in ${corpus.sets.length} sets and ${corpus.jigsaw.length} Jigsaw comments in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const model = train(corpus);
  const about =
    `Forethought's sentence scorer: one-vs-rest logistic regression over hashed word, bigram, trigram, stem and character n-gram features (src/model/features.ts), ` +
    `trained by npm run train on ${messages} labelled messages and ${sentences} labelled single sentences in ${corpus.sets.length} sets (listed in trainedOn) and ${corpus.jigsaw.length} Jigsaw comments (four in five; the rest are held out), ` +
    `with thresholds from ${FOLDS}-fold cross-validation: ${PRECISION} precision on the independent sets, and about ${CLEAN_RATE} of clean messages flagged per category (the mean of the five clean scores around that rank); each threshold is then raised above the highest score of the ${corpus.templates.length} public LinkedIn templates (never trained on). Data digest ${digest(corpus)}; options ${JSON.stringify(FIT)}.`;
  const file = model.toFile(about, corpus.sets.map((s) => s.name), FIT.quantum);
  const json = JSON.stringify(file) + '\n';
  const path = join(import.meta.dirname, 'weights.json');
  if (process.argv.includes('--check')) {
    const same = readFileSync(path, 'utf8') === json;
    console.log(same ? 'weights.json is up to date' : 'weights.json differs from a fresh training: run npm run train');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(path, json);
  console.log(`wrote ${model.size} weights (${(json.length / 1024).toFixed(0)} kB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log('thresholds: ' + CATEGORIES.map((c, i) => `${c} ${model.threshold[i].toFixed(2)}`).join(', '));
}
