/**
 * Real Chromium with the built extension, on fixture pages served at
 * https://www.linkedin.com/... through context.route, with no network
 * (TOOLCHAIN.md). Used by the e2e tests, the demo and the browser benchmark.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures/linkedin');

/** Fixture pages by LinkedIn URL (outlines F1–F10 of linkedin-dom.md, F11 onward from linkedin-2026.md). */
export const PAGES = {
  messagingClick: { url: 'https://www.linkedin.com/messaging/thread/2-click-send/', file: 'messaging-click.html' },
  messagingEnter: { url: 'https://www.linkedin.com/messaging/thread/2-enter-send/', file: 'messaging-enter.html' },
  overlay: { url: 'https://www.linkedin.com/feed/', file: 'overlay.html' },
  overlayShadow: { url: 'https://www.linkedin.com/mynetwork/catch-up/all/', file: 'overlay-shadow.html' },
  inmail: { url: 'https://www.linkedin.com/in/placeholder/', file: 'inmail.html' },
  invite: { url: 'https://www.linkedin.com/search/results/people/?keywords=placeholder', file: 'invite.html' },
  commentClassic: { url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', file: 'comment-classic.html' },
  commentTipTap: { url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/', file: 'comment-tiptap.html' },
  postClassic: { url: 'https://www.linkedin.com/feed/?share=classic', file: 'post-classic.html' },
  postSdui: { url: 'https://www.linkedin.com/feed/?share=sdui', file: 'post-sdui.html' },
  sduiMessage: { url: 'https://www.linkedin.com/mynetwork/catch-up/message/', file: 'sdui-message.html' },
  /** Editable boxes in markup Forethought does not know (issue 10, "Say when it cannot see"). */
  unrecognised: { url: 'https://www.linkedin.com/in/placeholder/edit/about/', file: 'unrecognised.html' },
  // F11 onward: the 2026 surfaces of ../shared/linkedin-2026.md (issue 10).
  messagingDe: { url: 'https://www.linkedin.com/messaging/thread/2-de-senden/', file: 'messaging-de.html' },
  inviteDe: { url: 'https://www.linkedin.com/in/platzhalter/', file: 'invite-de.html' },
  salesInmail: { url: 'https://www.linkedin.com/sales/lead/ACoAAPlaceholder,NAME_SEARCH,x1y2/', file: 'sales-inmail.html' },
  messageEdit: { url: 'https://www.linkedin.com/messaging/thread/2-edit-sent/', file: 'message-edit.html' },
  companyPost: { url: 'https://www.linkedin.com/company/12345678/admin/page-posts/published/', file: 'company-post.html' },
  commentReplies: { url: 'https://www.linkedin.com/feed/?replies=sdui', file: 'comment-replies.html' },
  commentRepliesClassic: { url: 'https://www.linkedin.com/feed/update/urn:li:activity:5/', file: 'comment-replies-classic.html' },
  sduiReferral: { url: 'https://www.linkedin.com/jobs/view/4000000002/', file: 'sdui-referral.html' },
  easyApply: { url: 'https://www.linkedin.com/jobs/view/4000000001/', file: 'easy-apply.html' },
  postDecoy: { url: 'https://www.linkedin.com/feed/?share=decoy', file: 'post-classic.html' },
} as const;

/** Every LinkedIn URL: answered from the fixtures, never the network. */
export const LINKEDIN = /^https?:\/\/([a-z0-9-]+\.)*linkedin\.com\//;

/** The fixture page (or the fixtures' page script) served for a LinkedIn URL, by either browser's request interception. */
export function fixtureResponse(href: string): { status: number; contentType: string; body: string } {
  const url = new URL(href);
  if (url.pathname === '/__fixtures/behaviour.js') return { status: 200, contentType: 'text/javascript', body: readFileSync(join(FIXTURES, 'behaviour.js'), 'utf8') };
  const page = Object.values(PAGES).find((p) => p.url === url.href) ?? Object.values(PAGES).find((p) => new URL(p.url).pathname === url.pathname);
  if (!page) return { status: 404, contentType: 'text/plain', body: 'no fixture' };
  return { status: 200, contentType: 'text/html', body: readFileSync(join(FIXTURES, page.file), 'utf8') };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The newest modification time of a file or folder tree. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), stat.mtimeMs);
}

/**
 * The Firefox build the Firefox browser tests install: a folder of its own, so `wxt zip -b firefox`
 * (the package test, at the same time) never rebuilds it under a running Firefox.
 */
export const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv2-e2e');

/** Builds the extension unless the build is newer than every source it is made from (so the e2e files share one build). */
export function ensureBuilt(browser: 'chrome' | 'firefox' = 'chrome'): void {
  const dir = browser === 'chrome' ? EXTENSION : FIREFOX_EXTENSION;
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const built = statSync(manifest).mtimeMs;
    const sources = ['src', 'entrypoints', 'assets/public', 'wxt.config.ts', 'package.json'].map((p) => newest(join(ROOT, p)));
    if (process.env.FORETHOUGHT_SKIP_BUILD || Math.max(...sources) < built) return;
  }
  const args = browser === 'chrome' ? ['build'] : ['build', '-b', 'firefox'];
  const env = browser === 'chrome' ? process.env : { ...process.env, FORETHOUGHT_OUT_SUFFIX: '-e2e' };
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...args], { cwd: ROOT, stdio: 'pipe', env });
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Every request an extension context made (there must be none to the network). */
  extensionRequests: string[];
  /** The first-run page the extension opened on install, when `welcome: 'keep'` asked to keep it open. */
  welcome?: Page;
  close(): Promise<void>;
}

/** Launches Chromium with the extension and the fixture routes. */
export async function launch({
  headless = true,
  withExtension = true,
  profile: kept,
  welcome = 'close',
}: { headless?: boolean; withExtension?: boolean; profile?: string; welcome?: 'close' | 'keep' } = {}): Promise<Session> {
  // A given profile folder is kept (to test a browser restart); a fresh one is removed on close.
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'forethought-profile-'));
  // Chromium writes Default/ on its first run: a profile without it installs the extension afresh.
  const installs = !existsSync(join(profile, 'Default'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless, args, viewport: { width: 1100, height: 760 } });
  await context.route(LINKEDIN, (route) => route.fulfill(fixtureResponse(route.request().url())));
  const extensionRequests: string[] = [];
  let extensionId = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    context.on('request', (r) => {
      if (r.url().startsWith('chrome-extension://') || r.frame()?.url().startsWith('chrome-extension://')) extensionRequests.push(r.url());
    });
  }
  // On install the extension opens its first-run page. Waited for, so it never appears in the middle of a
  // test, and closed unless asked for.
  let welcomePage: Page | undefined;
  if (withExtension && installs) {
    const url = `chrome-extension://${extensionId}/welcome.html`;
    const opened = (await until(() => context.pages().find((p) => p.url() === url), 'the first-run page', 10_000))!;
    if (welcome === 'close') await opened.close();
    else welcomePage = opened;
  }
  return {
    context,
    extensionId,
    extensionRequests,
    welcome: welcomePage,
    close: async () => {
      await context.close();
      if (!kept) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a fixture page; resolves once it has loaded. */
export async function open(session: Session, page: keyof typeof PAGES): Promise<Page> {
  const p = await session.context.newPage();
  await p.goto(PAGES[page].url);
  return p;
}

/**
 * Opens a fixture page as LinkedIn serves it in another interface language:
 * the same markup with `<html lang>` set (issue 10). The fixtures' own labels
 * stay English; Forethought's UI reads only the page's language.
 */
export async function openInLanguage(session: Session, page: keyof typeof PAGES, lang: string): Promise<Page> {
  const url = new URL(PAGES[page].url);
  url.searchParams.set('lang', lang);
  const body = readFileSync(join(FIXTURES, PAGES[page].file), 'utf8').replace(/<html lang="[^"]*">/, `<html lang="${lang}">`);
  await session.context.route(url.href, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  const p = await session.context.newPage();
  await p.goto(url.href);
  return p;
}

/** The badge hosts on a page: one per compose box. */
export const badges = (page: Page) => page.locator('forethought-ui[data-forethought-count]');

/**
 * The id of the tab showing a page, asked from an extension page. (Not from
 * the service worker: once it was stopped and started again, Playwright's
 * handle on it can hang.)
 */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const ext = await session.context.newPage();
  try {
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    return await ext.evaluate(async (u) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } };
      const tabs = await chrome.tabs.query({});
      return tabs.filter((t) => t.url === u).pop()!.id!;
    }, page.url());
  } finally {
    await ext.close();
  }
}

/** The extension's popup, opened as a page for a given tab. */
export async function openPopup(session: Session, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 700 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Polls until `fn` returns a truthy value (the UI updates after a ~250 ms debounce). */
export async function until<T>(fn: () => Promise<T> | T, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** What the fixture's page script recorded as sent. */
/**
 * After a send LinkedIn clears the box or closes it. Once no badge speaks for
 * a draft that is not empty, the extension has seen the send through, and any
 * second send would have shown: an event to wait for, never a fixed delay.
 */
export const settledAfterSend = (page: Page) =>
  until(async () => (await page.locator('forethought-ui[data-forethought-length]:not([data-forethought-length="0"])').count()) === 0, 'the box cleared or closed after the send', 10_000);

export const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: { surface: string; text: string }[] }).__sent);

/**
 * Stops the extension's service worker, as Chrome does after about 30 s idle,
 * through the DevTools protocol (ServiceWorker.stopAllWorkers on a page's
 * session); resolves once Chrome reports it stopped, so the next message
 * meets a cold background.
 */
export async function stopWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const ours = `chrome-extension://${session.extensionId}/`;
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const mine = versions.filter((v) => v.scriptURL.startsWith(ours));
        if (mine.length && mine.every((v) => v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker did not stop')), 5000))]);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** axe-core's violations on a page, as "rule (nodes)". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol: extension pages forbid inline scripts (CSP).
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}
