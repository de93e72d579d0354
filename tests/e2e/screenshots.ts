/** `npm run screenshots`: the README's pictures, taken in real Chromium with the built extension. */
import { join } from 'node:path';
import { ensureBuilt, launch, open, openPopup, ROOT, tabIdOf } from './harness';

const out = (name: string) => join(ROOT, 'assets/screenshots', name);
ensureBuilt();
const session = await launch();
try {
  const page = await open(session, 'messagingClick');
  const editor = page.locator('.msg-form__contenteditable');
  await editor.click();
  await page.keyboard.type('Dear Sir/Madam, per my last message, could you send me all your contacts in fintech? I need them by tomorrow!!!');
  await page.waitForSelector('forethought-ui[data-forethought-count="4"], forethought-ui[data-forethought-count="5"]', { state: 'attached' });
  await page.waitForTimeout(200);
  await page.screenshot({ path: out('badge.png'), clip: { x: 150, y: 190, width: 800, height: 170 } });
  await page.locator('button.badge').click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: out('panel.png') });
  await page.keyboard.press('Escape');
  await page.locator('.msg-form__send-button').click();
  await page.getByRole('dialog', { name: 'Review before sending' }).waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: out('review.png') });
  await page.getByRole('button', { name: 'Edit message' }).click();

  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.getByRole('heading', { name: /Warnings/ }).waitFor();
  await popup.screenshot({ path: out('popup.png') });
  await popup.getByRole('tab', { name: 'Templates' }).click();
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: out('templates.png') });
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('article[data-rule="vague-ask"] details summary').click();
  await options.locator('article[data-rule="vague-ask"]').scrollIntoViewIfNeeded();
  await options.screenshot({ path: out('options.png') });
  console.log('wrote assets/screenshots/: badge, panel, review, popup, templates, options');
} finally {
  await session.close();
}
