/**
 * `npm run demo`: try Forethought without a LinkedIn account. Opens Chromium
 * with the built extension on a fresh profile, so the first-run page opens as
 * it does after an install, with its "try it" box; the fixture pages that
 * imitate each LinkedIn surface (served at https://www.linkedin.com/... with
 * no network) open beside it. Headed where a display exists; with none, it
 * runs headless, types a draft into the try-it box and into LinkedIn's
 * messaging page, saves screenshots of the findings and the review in
 * .output/demo/, and exits.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ensureBuilt, launch, PAGES, ROOT } from './harness';

const DRAFT = 'Dear Sir/Madam, per my last message, could you send me all your contacts in fintech? I need them by tomorrow!!!';
const findingsShown = (page: Page) => page.waitForSelector('forethought-ui[data-forethought-count]:not([data-forethought-count="0"])', { state: 'attached' });

ensureBuilt();
const headed = !!process.env.DISPLAY || process.platform === 'darwin' || process.platform === 'win32';
const session = await launch({ headless: !headed, welcome: 'keep' });
const welcome = session.welcome!;
console.log(`  welcome         ${welcome.url()}`);
const pages: [string, Page][] = [];
for (const [name, { url }] of Object.entries(PAGES)) {
  const page = await session.context.newPage();
  await page.goto(url);
  pages.push([name, page]);
  console.log(`  ${name.padEnd(15)} ${url}`);
}
await welcome.bringToFront();
if (headed) {
  console.log('\nForethought is running: try it on its first-run page, or in any compose box of the fixture pages. Close the browser to finish.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
} else {
  const dir = join(ROOT, '.output/demo');
  mkdirSync(dir, { recursive: true });
  await welcome.setViewportSize({ width: 1100, height: 1000 });
  await welcome.getByRole('textbox').click();
  await welcome.keyboard.type(DRAFT);
  await findingsShown(welcome);
  await welcome.locator('button.badge').click();
  await welcome.getByRole('dialog', { name: 'Forethought findings' }).waitFor();
  await welcome.screenshot({ path: join(dir, 'welcome-findings.png') });
  await welcome.keyboard.press('Escape');
  await welcome.getByRole('button', { name: 'Send', exact: true }).click();
  await welcome.getByRole('dialog', { name: 'Review before sending' }).waitFor();
  await welcome.screenshot({ path: join(dir, 'welcome-review.png') });

  const messaging = pages.find(([name]) => name === 'messagingClick')![1];
  await messaging.locator('.msg-form__contenteditable').click();
  await messaging.keyboard.type(DRAFT);
  await findingsShown(messaging);
  await messaging.screenshot({ path: join(dir, 'messaging.png') });
  console.log(`\nNo display found, so Chromium ran headless; it typed a draft on the first-run page and on the messaging page, and saved what it showed in .output/demo/.`);
  await session.close();
}
