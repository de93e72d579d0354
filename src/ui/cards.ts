import { SEVERITY_RANK, type Finding } from '../engine/types';

/**
 * The cards of a list of findings: findings of different rules on overlapping
 * words that name each other (`also`, from the engine) share one card, led by
 * the most severe, since they share one rewrite too.
 */
export function cardsOf(findings: readonly Finding[]): Finding[][] {
  const cards: Finding[][] = [];
  for (const f of findings) {
    const card = f.also?.length ? cards.find((c) => c.some((g) => g.start < f.end && f.start < g.end && f.also!.includes(g.ruleId))) : undefined;
    if (card) card.push(f);
    else cards.push([f]);
  }
  return cards.map((c) => [...c].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]));
}
