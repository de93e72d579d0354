/**
 * `npm run icons`: renders the one source drawing, assets/icon.svg, to the PNGs
 * the manifest names (assets/public/icon/<size>.png) in Debian's Chromium, with
 * a transparent background. The PNGs are committed, so a build needs no browser;
 * run this after changing the SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../src/icons';

const ROOT = join(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
const out = join(ROOT, 'assets/public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(join(out, `${size}.png`), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
  }
  console.log(`wrote assets/public/icon/{${ICON_SIZES.join(',')}}.png`);
} finally {
  await browser.close();
}
