/**
 * `npm run eval`: the engine on human-labelled text it was not written for
 * (../shared/data). Printed for the closing note, never asserted.
 *
 * - Stanford Politeness: the share of impolite (bottom quartile) and polite (top
 *   quartile) requests that get a tone finding.
 * - Jigsaw toxicity sample: recall and false-alarm rate of hostile-tone,
 *   profanity and stereotyping against the matching human labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';

const DATA = join(import.meta.dirname, '../../../shared/data');
const read = <T>(file: string): T[] =>
  readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;

const TONE = new Set(['hostile-tone', 'demanding-tone', 'passive-aggressive', 'dismissive-reply', 'shouting', 'profanity', 'stereotyping', 'guilt-trip']);

console.log('Stanford Politeness: requests with a tone finding');
for (const file of ['stanford-politeness-wikipedia.annotated.jsonl', 'stanford-politeness-stack-exchange.annotated.jsonl']) {
  const rows = read<{ text: string; derived_quartile_class: string }>(file);
  const share = (cls: string) => {
    const group = rows.filter((r) => r.derived_quartile_class === cls);
    const hit = group.filter((r) => analyze(r.text, { context: 'message' }).some((f) => TONE.has(f.ruleId)));
    return pct(hit.length, group.length);
  };
  console.log(`  ${file.replace('.annotated.jsonl', '').padEnd(38)} impolite ${share('impolite').padEnd(20)} polite ${share('polite')}`);
}

interface Toxic {
  text: string;
  insult: number;
  threat: number;
  obscene: number;
  identity_hate: number;
  is_bad: boolean;
}
const toxic = read<Toxic>('jigsaw-toxic-train.5k.jsonl');
const found = toxic.map((r) => new Set(analyze(r.text, { context: 'comment' }).map((f) => f.ruleId)));
const clean = toxic.map((r, i) => [r, found[i]] as const).filter(([r]) => !r.is_bad);

console.log(`\nJigsaw toxicity sample (${toxic.length} comments, ${clean.length} clean)`);
const report = (rule: string, label: string, positive: (r: Toxic) => boolean) => {
  const pos = toxic.map((r, i) => [r, found[i]] as const).filter(([r]) => positive(r));
  const recall = pct(pos.filter(([, f]) => f.has(rule)).length, pos.length);
  const falseAlarm = pct(clean.filter(([, f]) => f.has(rule)).length, clean.length);
  console.log(`  ${rule.padEnd(13)} recall on ${label.padEnd(22)} ${recall.padEnd(20)} false alarms on clean ${falseAlarm}`);
};
report('hostile-tone', 'insult or threat', (r) => r.insult === 1 || r.threat === 1);
report('profanity', 'obscene', (r) => r.obscene === 1);
report('stereotyping', 'identity_hate', (r) => r.identity_hate === 1);
const anyOf = (f: Set<string>) => f.has('hostile-tone') || f.has('profanity') || f.has('stereotyping');
const bad = toxic.map((r, i) => [r, found[i]] as const).filter(([r]) => r.is_bad);
console.log(`  any of the three: recall on is_bad ${pct(bad.filter(([, f]) => anyOf(f)).length, bad.length)}, false alarms on clean ${pct(clean.filter(([, f]) => anyOf(f)).length, clean.length)}`);
