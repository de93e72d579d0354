/**
 * How a labelled set is scored, as ../shared/tools/score.mjs does it: a
 * message counts as flagged for a rule when any finding carries that ruleId;
 * macro-F1 over the rules the set's labels use; clean false alarms are the
 * share of clean English messages that got anything. Shared by the tests and
 * `npm run eval`.
 */
export interface LabelledRow {
  labels: readonly string[];
  lang?: string;
}

export interface SetScore {
  macroF1: number;
  cleanFalseAlarms: number;
}

/** `predicted[i]` is the ruleIds found in `rows[i]`; `only` limits both sides to some rules (the scorer's). */
export function scoreSet(rows: readonly LabelledRow[], predicted: readonly ReadonlySet<string>[], only?: readonly string[]): SetScore {
  const counts = (id: string) => !only || only.includes(id);
  const rules = [...new Set(rows.flatMap((r) => r.labels))].filter(counts);
  let f1 = 0;
  for (const rule of rules) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    rows.forEach((r, i) => {
      const got = predicted[i].has(rule);
      const gold = r.labels.includes(rule);
      if (got && gold) tp++;
      else if (got) fp++;
      else if (gold) fn++;
    });
    f1 += tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  const clean = rows.map((r, i) => [r, predicted[i]] as const).filter(([r]) => !r.labels.length && (!r.lang || r.lang === 'en'));
  const flagged = clean.filter(([, p]) => [...p].some(counts)).length;
  return { macroF1: rules.length ? f1 / rules.length : 0, cleanFalseAlarms: flagged / Math.max(1, clean.length) };
}
