import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/registry';
import { RULE_IDS } from '../../src/engine/rule-ids';

const RULES_MD_IDS = [
  'all-contacts-request', 'mass-connect', 'vague-ask', 'guilt-trip', 'demanding-tone', 'endorsement-trade', 'hostile-tone', 'stereotyping',
  'dismissive-reply', 'empty-promise', 'passive-aggressive', 'shouting', 'profanity', 'desperation', 'missing-context', 'generic-greeting',
  'unfilled-placeholder', 'too-long',
];

// After refined-github's features test and ESLint's rule-file check (STYLE.md).
describe('rule files', () => {
  const dir = join(__dirname, '../../src/rules');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));

  it('covers every ruleId of RULES.md, one file each', () => {
    expect([...files].sort()).toEqual([...RULES_MD_IDS].sort());
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...RULES_MD_IDS].sort());
    // The plain list the content script checks settings against, in registry order.
    expect([...RULE_IDS]).toEqual(RULES.map((r) => r.meta.id));
  });

  it.each(files)('%s is registered under its file name', async (file) => {
    const mod = (await import(`../../src/rules/${file}.ts`)) as { default: (typeof RULES)[number] };
    expect(RULES).toContain(mod.default);
    expect(mod.default.meta.id).toBe(file);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s has metadata and both kinds of example', (_, rule) => {
    const { meta, examples } = rule;
    for (const key of ['title', 'description', 'why', 'problem', 'fix'] as const) expect(meta[key].trim().length, key).toBeGreaterThan(0);
    expect(meta.description).not.toContain('\n');
    expect(['info', 'warning', 'error']).toContain(meta.severity);
    expect(examples.valid.length).toBeGreaterThan(0);
    expect(examples.invalid.length).toBeGreaterThan(0);
    for (const ex of examples.invalid) expect(ex.text).toContain(ex.excerpt);
  });

  it('keeps the severities of RULES.md', () => {
    const bySeverity = (s: string) => RULES.filter((r) => r.meta.severity === s).map((r) => r.meta.id).sort();
    expect(bySeverity('error')).toEqual(['all-contacts-request', 'endorsement-trade', 'guilt-trip', 'hostile-tone', 'mass-connect', 'profanity', 'stereotyping']);
    expect(bySeverity('info')).toEqual(['empty-promise', 'generic-greeting', 'missing-context']);
  });
});
