/**
 * `npm run screenshots`: the README's pictures (assets/screenshots/) and the
 * store images (assets/store/: 1280×800 shots of the badge, the panel, the
 * review, the popup and the options page, and the 440×280 promo tile), all
 * taken in real Chromium with the built extension. The popup is a small window
 * in a real browser: its store shot shows the real popup over the real page it
 * reports on, each taken here.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuilt, launch, open, openInLanguage, openPopup, ROOT, tabIdOf } from './harness';

const DRAFT = 'Dear Sir/Madam, per my last message, could you send me all your contacts in fintech? I need them by tomorrow!!!';
const out = (name: string) => join(ROOT, 'assets/screenshots', name);
const store = (name: string) => join(ROOT, 'assets/store', name);
const STORE = { width: 1280, height: 800 };
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
/** The panel and review fade in; a shot waits for the end of every running animation. */
const settled = (page: Page) => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)).then(() => {}));
const findings = (page: Page) => page.waitForSelector('forethought-ui[data-forethought-count]:not([data-forethought-count="0"])', { state: 'attached' });

/** Draws HTML on a page of its own and shoots it at the given size (composites of real shots, the promo tile). */
async function compose(page: Page, size: { width: number; height: number }, html: string, path: string) {
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;width:${size.width}px;height:${size.height}px;overflow:hidden;font-family:system-ui,sans-serif}</style>${html}`);
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await page.screenshot({ path });
}

/** The messaging page with its checked draft: the badge and highlights, the panel open, the review on Send; back to the draft after. */
async function findingsShots(page: Page, badge: string, panel: string, review: string, badgeClip?: { x: number; y: number; width: number; height: number }) {
  await settled(page);
  await page.screenshot({ path: badge, clip: badgeClip });
  await page.locator('button.badge').click();
  await page.getByRole('dialog', { name: 'Forethought findings' }).waitFor();
  await settled(page);
  await page.screenshot({ path: panel });
  await page.keyboard.press('Escape');
  await page.locator('.msg-form__send-button').click();
  await page.getByRole('dialog', { name: 'Review before sending' }).waitFor();
  await settled(page);
  await page.screenshot({ path: review });
  await page.getByRole('button', { name: 'Edit message' }).click();
}

ensureBuilt();
mkdirSync(join(ROOT, 'assets/store'), { recursive: true });
const session = await launch({ welcome: 'keep' });
try {
  // The first-run page, with the example checked and its findings open.
  const welcome = session.welcome!;
  await welcome.setViewportSize({ width: 1100, height: 1000 });
  await welcome.getByRole('button', { name: 'Use an example' }).click();
  await findings(welcome);
  await welcome.locator('button.badge').click();
  await welcome.getByRole('dialog', { name: 'Forethought findings' }).waitFor();
  await settled(welcome);
  await welcome.screenshot({ path: out('welcome.png') });
  await welcome.close();

  // The README's pictures, at the harness's window size.
  const page = await open(session, 'messagingClick');
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.type(DRAFT);
  await page.waitForSelector('forethought-ui[data-forethought-count="4"], forethought-ui[data-forethought-count="5"]', { state: 'attached' });
  await findingsShots(page, out('badge.png'), out('panel.png'), out('review.png'), { x: 150, y: 190, width: 800, height: 170 });

  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.getByRole('heading', { name: /Warnings/ }).waitFor();
  await popup.screenshot({ path: out('popup.png') });
  const popupPng = await popup.screenshot();
  await popup.getByRole('tab', { name: 'Templates' }).click();
  await popup.getByRole('tabpanel').waitFor();
  await settled(popup);
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
  await settled(german);
  await german.screenshot({ path: out('panel-de.png') });
  const unknown = await open(session, 'unrecognised');
  await unknown.locator('.rich-editor').click();
  await unknown.keyboard.type('A draft in a box Forethought does not know.');
  const cantCheck = await openPopup(session, await tabIdOf(session, unknown));
  await cantCheck.getByRole('button', { name: 'Copy a report of this box' }).click();
  await cantCheck.getByText('Copied').waitFor();
  await cantCheck.screenshot({ path: out('cant-check.png') });
  // The store images, 1280×800: the same page at the store's size.
  await page.setViewportSize(STORE);
  await page.bringToFront();
  await settled(page);
  const badgeCrop = await page.screenshot({ clip: { x: 254, y: 242, width: 776, height: 90 } }); // the compose box, badge and highlights
  await findingsShots(page, store('1-badge.png'), store('2-panel.png'), store('3-review.png'));
  await settled(page);
  const pagePng = await page.screenshot();
  // The store shot of the options starts at the top: the privacy note, the review's settings, your phrases.
  await options.setViewportSize(STORE);
  await options.evaluate(() => window.scrollTo(0, 0));
  await options.screenshot({ path: store('5-options.png') });

  const canvas = await session.context.newPage();
  // The popup as it opens under the toolbar button, over the page it reports on.
  await compose(
    canvas,
    STORE,
    `<img src="${dataUrl(pagePng)}" style="position:absolute;inset:0;filter:brightness(.9)">` +
      `<img src="${dataUrl(popupPng)}" style="position:absolute;top:8px;right:24px;width:420px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)">`,
    store('4-popup.png'),
  );
  // The promo tile: the icon, the name, the promise, and the real badge and highlights.
  const icon = readFileSync(join(ROOT, 'assets/public/icon/128.png'));
  await compose(
    canvas,
    { width: 440, height: 280 },
    `<div style="height:100%;background:linear-gradient(135deg,#1f7a6d,#14525f);color:#fff;padding:22px 24px;display:flex;flex-direction:column;gap:16px;justify-content:center">` +
      `<div style="display:flex;align-items:center;gap:14px"><img src="${dataUrl(icon)}" width="64" height="64"><div><div style="font-size:30px;font-weight:700">Forethought</div>` +
      `<div style="font-size:14px;opacity:.92">A second look before you send on LinkedIn</div></div></div>` +
      `<img src="${dataUrl(badgeCrop)}" style="width:392px;border-radius:8px;box-shadow:0 4px 14px rgba(0,0,0,.3)">` +
      `<div style="font-size:13px;opacity:.9">Checked on your computer. Nothing is sent anywhere.</div></div>`,
    store('promo-440x280.png'),
  );
  console.log('wrote assets/screenshots/ (welcome, badge, panel, review, popup, templates, options, panel-de, cant-check) and assets/store/ (1280×800: badge, panel, review, popup, options; the 440×280 promo tile)');
} finally {
  await session.close();
}
