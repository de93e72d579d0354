/**
 * The first-run page (issue 11): the extension opens it on install, and its
 * "try it" box is checked by the real engine in the background, with the same
 * badge, highlights, panel, rewrites and review as on LinkedIn.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badges, ensureBuilt, launch, until, type Session } from './harness';

const PROBLEM = "Per my last message, you're clueless.";

let session: Session;
let page: Page;
beforeAll(async () => {
  ensureBuilt();
  session = await launch({ welcome: 'keep' });
  page = session.welcome!;
}, 120_000);
afterAll(async () => session?.close());

const count = () => badges(page).first().getAttribute('data-forethought-count').then(Number);
const editor = () => page.getByRole('textbox', { name: 'A draft to try Forethought on' });
const draft = () => editor().evaluate((e) => (e as HTMLElement).innerText.trim());
const marks = () => badges(page).first().evaluate((h) => h.shadowRoot!.querySelectorAll('.mark').length);

describe('the first-run page', () => {
  it('opens on install, with what Forethought does, the privacy promise, where settings sync and how to pin', async () => {
    expect(session.welcome, 'a tab opened by the install').toBeDefined();
    await page.getByRole('heading', { name: 'Welcome to Forethought' }).waitFor();
    const body = await page.locator('body').innerText();
    expect(body).toMatch(/never leave this computer/);
    expect(body).toMatch(/sync/i);
    expect(body).toMatch(/Pin to Toolbar/);
    expect(await page.locator('ol.what li').count()).toBe(3);
  });

  it('checks what is typed in the try-it box: badge, highlights, panel and an applied rewrite', async () => {
    await editor().click();
    await page.keyboard.type(PROBLEM);
    await until(async () => (await badges(page).count()) === 1 && (await count()) === 2, 'a badge counting 2');
    expect(await marks()).toBeGreaterThan(0);
    await badges(page).locator('button.badge').click();
    const panel = page.getByRole('dialog', { name: 'Forethought findings' });
    await panel.waitFor();
    await panel.locator('li[data-rule="passive-aggressive"]').getByRole('button', { name: 'Apply' }).click();
    await until(async () => (await draft()).startsWith('Following up on my earlier message,'), 'the rewrite in the box');
    await until(async () => (await count()) === 1, 'one finding left');
  });

  it('holds Send for review, and Send anyway goes through once', async () => {
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review before sending' });
    await review.waitFor();
    expect(await page.locator('#try-sent').innerText()).toBe('');
    await review.getByRole('button', { name: 'Send anyway' }).click();
    await until(async () => /Sends so far: 1\./.test(await page.locator('#try-sent').innerText()), 'one send');
    expect(await review.isVisible()).toBe(false);
  });

  it('fills in the example, which has findings', async () => {
    await page.getByRole('button', { name: 'Use an example' }).click();
    await until(async () => (await draft()).startsWith('Dear Sir/Madam') && (await count()) >= 3, 'the example checked');
  });

  it('and the options page both say that browser sync carries the settings, phrases included', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    for (const p of [page, options]) expect(await p.locator('#sync-note').innerText()).toMatch(/own phrases included.*sync.*other computers/s);
    await options.close();
  });

  it('makes no network request', () => {
    expect(session.extensionRequests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  });
});
