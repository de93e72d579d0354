/** `npm run screenshots`: the README's pictures, taken in real Chromium with the built extension. */
import { join } from 'node:path';
import { ensureBuilt, launch, open, openInLanguage, openPopup, ROOT, tabIdOf } from './harness';

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

  // Issue 10: the panel in LinkedIn's language (German here), and a box Forethought cannot check.
  const german = await openInLanguage(session, 'messagingClick', 'de-DE');
  await german.locator('.msg-form__contenteditable').click();
  await german.keyboard.type('Dear Sir/Madam, per my last message, could you send me all your contacts in fintech? I need them by tomorrow!!!');
  await german.waitForSelector('forethought-ui[data-forethought-count="4"], forethought-ui[data-forethought-count="5"]', { state: 'attached' });
  await german.locator('button.badge').click();
  await german.waitForTimeout(200);
  await german.screenshot({ path: out('panel-de.png') });
  const unknown = await open(session, 'unrecognised');
  await unknown.locator('.rich-editor').click();
  await unknown.keyboard.type('A draft in a box Forethought does not know.');
  const cantCheck = await openPopup(session, await tabIdOf(session, unknown));
  await cantCheck.getByRole('button', { name: 'Copy a report of this box' }).click();
  await cantCheck.getByText('Copied').waitFor();
  await cantCheck.screenshot({ path: out('cant-check.png') });
  console.log('wrote assets/screenshots/: badge, panel, review, popup, templates, options, panel-de, cant-check');
} finally {
  await session.close();
}
