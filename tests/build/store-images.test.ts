/** The store images npm run screenshots takes (issue 11): the sizes the Chrome Web Store and AMO accept. */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../e2e/harness';
import { pngSize } from './png';

it.each([
  ['1-badge.png', 1280, 800],
  ['2-panel.png', 1280, 800],
  ['3-review.png', 1280, 800],
  ['4-popup.png', 1280, 800],
  ['5-options.png', 1280, 800],
  ['promo-440x280.png', 440, 280],
])('assets/store/%s is %i×%i', (file, width, height) => {
  expect(pngSize(join(ROOT, 'assets/store', file))).toEqual([width, height]);
});
