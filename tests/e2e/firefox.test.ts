/** The scenarios shared with Chromium (scenarios.ts), in real Firefox ESR with the Firefox build. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, until } from './harness';
import { launchFirefox, type FirefoxSession } from './firefox';
import { ask, count, popupScenarios, press, PROBLEM, sharedScenarios, SHARED_SURFACES } from './scenarios';

let session: FirefoxSession;
beforeAll(async () => {
  ensureBuilt('firefox');
  session = await launchFirefox();
}, 120_000);
afterAll(async () => session?.close());

it('opens the first-run page on install, and its try-it box is checked and takes a rewrite', async () => {
  const welcome = await session.extensionPage('welcome.html');
  await press(welcome, '#try-editor');
  await welcome.type(PROBLEM);
  await until(async () => (await count(welcome)) === 2, 'a badge counting 2');
  await press(welcome, 'button.badge');
  await press(welcome, '.panel li[data-rule="passive-aggressive"] button', 'Apply');
  await until(async () => (await ask<string>(welcome, { op: 'text', selector: '#try-editor' }))?.startsWith('Following up on my earlier message,'), 'the rewrite');
});

describe.each(SHARED_SURFACES.map((c) => [c.name, c] as const))('Firefox, %s', (_, c) => sharedScenarios(() => session.open, c));

describe('Firefox, the popup', () => popupScenarios(() => session.open, () => session.popup));

it('Firefox pages made no request beyond the fixtures', () => {
  expect(session.elsewhere).toEqual([]);
});
