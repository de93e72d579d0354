/**
 * Debian's Firefox ESR with the built Firefox extension, driven by
 * puppeteer-core over WebDriver BiDi (it downloads nothing; geckodriver cannot
 * be had here). The extension goes in as a temporary add-on; fixture pages are
 * served at https://www.linkedin.com/... by request interception, as in
 * Chromium. Every other request of a page is refused and recorded.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION, fixtureResponse, LINKEDIN, PAGES, until } from './harness';
import type { OpenPopup, OpenTab, Tab } from './scenarios';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's internal UUID, fixed by a pref so its pages have a known moz-extension:// origin. */
export const FIREFOX_UUID = '0f0f0f0f-1111-4222-8333-444444444444';
const ADDON_ID = 'forethought@forethought.invalid'; // wxt.config.ts

export interface FirefoxSession {
  browser: Browser;
  open: OpenTab;
  popup: OpenPopup;
  /** The tab the add-on opened at the given page of its own (once it shows), as a Tab. */
  extensionPage(path: string): Promise<Tab>;
  /** Requests a page made outside LinkedIn's fixtures (data: URLs aside). */
  elsewhere: string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    // Without it, scripts cannot run in moz-extension:// pages (the first-run page).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  const elsewhere: string[] = [];
  const tabOf = (page: Page): Tab => ({
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text, { delay: 5 }),
    undo: async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
    },
    close: () => page.close(),
  });
  const hrefOf = (p: Page) => p.evaluate(() => location.href).catch(() => '');
  /** goto on a moz-extension:// page may never resolve: go, and wait for the page's own location instead. */
  const visit = async (page: Page, url: string) => {
    void page.goto(url).catch(() => {});
    await until(async () => (await hrefOf(page)) === url, url, 10_000);
  };
  const popup: OpenPopup = async (of) => {
    const href = await of.evaluate(() => location.href, { op: 'href' });
    const page = await browser.newPage();
    await page.setViewport({ width: 420, height: 700 });
    const base = `moz-extension://${FIREFOX_UUID}/popup.html`;
    await visit(page, base);
    // The extension's own page may ask for the tab's id: the LinkedIn host permission shows it the URL.
    const id = await page.evaluate(async (u) => {
      const { browser: ext } = globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } };
      return (await ext.tabs.query({})).filter((t) => t.url === u).pop()?.id;
    }, href as string);
    await visit(page, `${base}?tab=${id}`);
    return tabOf(page);
  };
  // The add-on opens some pages itself: find the tab by its location.
  const extensionPage = async (path: string) => {
    const url = `moz-extension://${FIREFOX_UUID}/${path}`;
    return tabOf(
      (await until(async () => {
        for (const p of await browser.pages()) if ((await hrefOf(p)) === url) return p;
        return undefined;
      }, url, 10_000))!,
    );
  };
  const open: OpenTab = async (name) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 760 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (LINKEDIN.test(url)) return void request.respond(fixtureResponse(url));
      if (url.startsWith('data:')) return void request.continue();
      elsewhere.push(url);
      return void request.abort();
    });
    await page.goto(PAGES[name].url);
    return tabOf(page);
  };
  return { browser, open, popup, extensionPage, elsewhere, close: () => browser.close() };
}
