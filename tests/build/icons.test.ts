/** The icons the stores and the toolbar need, in the built Chrome package (issue 11). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '@/src/icons';
import { EXTENSION, ROOT } from '../e2e/harness';
import { pngSize } from './png';


describe('icons', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));

  it('come from one SVG drawing', () => {
    expect(readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8')).toMatch(/^<svg[^>]*viewBox="0 0 128 128"/);
  });

  it.each(ICON_SIZES)('has a %i px PNG for the extension and the toolbar button', (size) => {
    for (const icons of [manifest.icons, manifest.action?.default_icon]) {
      const file = join(EXTENSION, icons?.[size] ?? 'missing');
      expect(existsSync(file), `${size} px in ${JSON.stringify(icons)}`).toBe(true);
      expect(pngSize(file)).toEqual([size, size]);
    }
  });
});
