import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { withRulesTable } from '../../src/cli/rules-doc';

it('README rule list matches the rules (run `npm run docs:rules` after changing a rule)', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  expect(readme).toBe(withRulesTable(readme));
});
