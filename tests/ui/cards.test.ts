import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { cardsOf } from '../../src/ui/cards';

describe('cards', () => {
  it('show one phrase flagged by two rules as one card, led by the more severe', () => {
    const cards = cardsOf(analyze('Don’t ever write me again.', { context: 'reply' }));
    expect(cards).toHaveLength(1);
    expect(cards[0].map((f) => f.ruleId)).toEqual(['hostile-tone', 'dismissive-reply']);
  });

  it('keep findings on different words apart', () => {
    const cards = cardsOf(analyze('Your request is tacky. Don’t ever write me again.', { context: 'reply' }));
    expect(cards.map((c) => c.map((f) => f.ruleId))).toEqual([['hostile-tone'], ['hostile-tone', 'dismissive-reply']]);
  });
});
