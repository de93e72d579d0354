/** The scenarios shared with Firefox (scenarios.ts), in Chromium through Playwright. */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, PAGES, tabIdOf } from './harness';
import { popupScenarios, sharedScenarios, SHARED_SURFACES, type OpenPopup, type OpenTab, type Tab } from './scenarios';
import { fileSession } from './session';

const session = fileSession();
const pages = new WeakMap<Tab, Page>();
const tabOf = (page: Page): Tab => {
  const tab: Tab = {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text, { delay: 5 }),
    undo: () => page.keyboard.press('Control+z'),
    close: () => page.close(),
  };
  pages.set(tab, page);
  return tab;
};
const open: OpenTab = async (name) => {
  const page = await session().context.newPage();
  await page.goto(PAGES[name].url);
  return tabOf(page);
};
const popup: OpenPopup = async (of) => tabOf(await openPopup(session(), await tabIdOf(session(), pages.get(of)!)));

describe.each(SHARED_SURFACES.map((c) => [c.name, c] as const))('Chromium, %s', (_, c) => sharedScenarios(() => open, c));
describe('Chromium, the popup', () => popupScenarios(() => open, () => popup));
