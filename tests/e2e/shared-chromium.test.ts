/** The scenarios shared with Firefox (scenarios.ts), in Chromium through Playwright. */
import { describe } from 'vitest';
import { PAGES } from './harness';
import { sharedScenarios, SHARED_SURFACES, type OpenTab } from './scenarios';
import { fileSession } from './session';

const session = fileSession();
const open: OpenTab = async (name) => {
  const page = await session().context.newPage();
  await page.goto(PAGES[name].url);
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text, { delay: 5 }),
    close: () => page.close(),
  };
};

describe.each(SHARED_SURFACES.map((c) => [c.name, c] as const))('Chromium, %s', (_, c) => sharedScenarios(() => open, c));
