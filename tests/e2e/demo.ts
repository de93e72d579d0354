/**
 * `npm run demo`: try Forethought without a LinkedIn account. Opens Chromium
 * with the built extension on every fixture page, served at
 * https://www.linkedin.com/... with no network. Headed where a display
 * exists; with none, it runs headless, saves a screenshot of each surface and
 * exits.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { ensureBuilt, launch, PAGES, ROOT } from './harness';

ensureBuilt();
const headed = !!process.env.DISPLAY || process.platform === 'darwin' || process.platform === 'win32';
const session = await launch({ headless: !headed });
const pages = [];
for (const [name, { url }] of Object.entries(PAGES)) {
  const page = await session.context.newPage();
  await page.goto(url);
  pages.push([name, page] as const);
  console.log(`  ${name.padEnd(15)} ${url}`);
}
if (headed) {
  console.log('\nForethought is running on the fixture pages above. Type in any compose box; close the browser to finish.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
} else {
  const dir = join(ROOT, '.output/demo');
  mkdirSync(dir, { recursive: true });
  for (const [name, page] of pages) await page.screenshot({ path: join(dir, `${name}.png`) });
  console.log(`\nNo display found, so Chromium ran headless; a screenshot of each page is in .output/demo/.`);
  await session.close();
}
