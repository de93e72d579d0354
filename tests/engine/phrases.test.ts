import { describe, expect, it } from 'vitest';
import { oneOf, pattern, phrase, phrases } from '../../src/engine/phrases';

describe('phrase tables', () => {
  it.each([
    ['how dare you', '\\bhow\\s+dare\\s+you\\b'],
    // One apostrophe in the entry, both in the text.
    ["you're the problem", "\\byou['’]re\\s+the\\s+problem\\b"],
    // A bare group is non-capturing; an optional word carries its own space.
    ['what (the hell )?were you thinking', '\\bwhat\\s+(?:the\\s+hell\\s+)?were\\s+you\\s+thinking\\b'],
    ['looks?', '\\blooks?\\b'],
    // No boundary next to punctuation, an anchor or a quantifier.
    [',\\s*(genius|sherlock)\\s*$', ',\\s*(?:genius|sherlock)\\s*$'],
    ['who asked\\s*\\?', '\\bwho\\s+asked\\s*\\?'],
    ['(your|these) (lazy|dumb) [\\w-]+', '\\b(?:your|these)\\s+(?:lazy|dumb)\\s+[\\w-]+'],
    // The boundary goes before a trailing exception.
    ['a joke(?! about)', '\\ba\\s+joke\\b(?!\\s+about)'],
    // A class is copied as it is.
    ["[\\w' ]+", "[\\w' ]+"],
    // "…" leaves that end open: the word may run on.
    ["you're no…", "\\byou['’]re\\s+no"],
    ['…ing about', 'ing\\s+about\\b'],
  ])('%s → %s', (entry, source) => {
    expect(phrase(entry)).toBe(source);
  });

  it('matches what the entries say, across spacing and apostrophes, at word boundaries only', () => {
    const re = phrases(['how dare you', "you're the problem", 'shame on you']);
    expect('How  dare\nyou!'.match(re)?.[0]).toBe('How  dare\nyou');
    expect('You’re the problem.'.match(re)?.[0]).toBe('You’re the problem');
    expect("you're the problem".match(re)).toBeTruthy();
    expect('showhow dare youth'.match(re)).toBeNull();
    expect(re.flags).toBe('gi');
    expect(phrases(['x'], 'i').flags).toBe('i');
  });

  it('keeps earlier entries first, as an alternation', () => {
    expect(phrases(['a b', 'a']).source).toBe('\\ba\\s+b\\b|\\ba\\b');
  });

  it('gives a bare group of words for a larger pattern', () => {
    expect(oneOf(['idiot', 'brain-dead', "can't"])).toBe("(?:idiot|brain-dead|can['’]t)");
    // A piece already compiled passes through unchanged.
    expect(pattern(oneOf(['a b']))).toBe('(?:a\\s+b)');
  });

  it('rejects a stray space and a phrase listed twice', () => {
    expect(() => phrases(['how  dare you'])).toThrow(/stray space/);
    expect(() => phrases(['how dare you '])).toThrow(/stray space/);
    expect(() => oneOf(['idiot', 'moron', 'idiot'])).toThrow(/twice/);
  });
});
