// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startController, SEND_CHECK_TIMEOUT_MS, type ControllerDeps } from '../../src/linkedin/controller';
import type { Finding } from '../../src/engine/types';

/** A messaging compose root like F1, with a page script that records each submit. */
function page() {
  document.body.innerHTML = `
    <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"><p><br></p></div>
    <footer class="msg-form__footer"><button class="msg-form__send-button" type="submit">Send</button><button class="msg-form__send-toggle" type="button">⋯</button></footer></form>`;
  const form = document.querySelector('form')!;
  const editor = document.querySelector<HTMLElement>('.msg-form__contenteditable')!;
  const button = document.querySelector<HTMLButtonElement>('.msg-form__send-button')!;
  const sends: string[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sends.push(editor.textContent ?? '');
  });
  return { editor, button, sends };
}

const finding = (over: Partial<Finding> = {}): Finding => ({ ruleId: 'demanding-tone', severity: 'warning', start: 0, end: 5, message: 'm', why: 'w', suggestions: [], ...over });

let abort: AbortController;
function start(check: ControllerDeps['check']) {
  abort = new AbortController();
  const deps: ControllerDeps = {
    check,
    warm: () => {},
    keepAlive: () => {},
    alive: () => true,
    mountUi: () => {
      const host = document.createElement('forethought-ui');
      host.setAttribute('data-forethought-ui', '');
      document.body.append(host);
      const container = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(container);
      return { host, container, remove: () => host.remove() };
    },
    threshold: () => 'warning',
    reviewPossible: () => false,
    signal: abort.signal,
    onLocationChange: () => {},
  };
  return startController(deps);
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => abort?.abort());

describe('send interception fails open', () => {
  it('sends when the check takes longer than the timeout', async () => {
    const { editor, button, sends } = page();
    start(() => new Promise(() => {})); // a background that never answers
    await wait(80);
    editor.innerHTML = '<p>Reply ASAP!!!</p>';
    button.click();
    expect(sends).toEqual([]); // held while it waits for a check
    await wait(SEND_CHECK_TIMEOUT_MS + 100);
    expect(sends).toEqual(['Reply ASAP!!!']);
  });

  it('sends when the check fails', async () => {
    const { editor, button, sends } = page();
    const warn = vi.spyOn(console, 'info').mockImplementation(() => {});
    start(() => Promise.reject(new Error('background gone')));
    await wait(80);
    editor.innerHTML = '<p>Reply ASAP!!!</p>';
    button.click();
    await wait(50);
    expect(sends).toEqual(['Reply ASAP!!!']);
    expect(warn).toHaveBeenCalled(); // logged locally
    warn.mockRestore();
  });

  it('lets a draft already checked clean through untouched', async () => {
    const { editor, button, sends } = page();
    const check = vi.fn(async () => ({ findings: [], off: false }));
    start(check);
    await wait(80);
    editor.innerHTML = '<p>Thanks for the intro!</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(350);
    expect(check).toHaveBeenCalledTimes(1);
    button.click();
    expect(sends).toEqual(['Thanks for the intro!']); // synchronously: nothing held it
  });

  it('holds a draft with findings at the threshold', async () => {
    const { editor, button, sends } = page();
    start(async () => ({ findings: [finding()], off: false }));
    await wait(80);
    editor.innerHTML = '<p>Reply ASAP</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(350);
    button.click();
    await wait(50);
    expect(sends).toEqual([]);
  });

  it('lets info-only findings through at the default threshold', async () => {
    const { editor, button, sends } = page();
    start(async () => ({ findings: [finding({ ruleId: 'generic-greeting', severity: 'info' })], off: false }));
    await wait(80);
    editor.innerHTML = '<p>Dear Sir, thanks!</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(350);
    button.click();
    expect(sends).toEqual(['Dear Sir, thanks!']);
  });
});

describe('one send per intent', () => {
  it('a second Send while the first waits for its check starts no second send', async () => {
    const { editor, button, sends } = page();
    let answer: (r: { findings: Finding[]; off: boolean }) => void = () => {};
    const check = vi.fn(() => new Promise<{ findings: Finding[]; off: boolean }>((resolve) => (answer = resolve)));
    start(check);
    await wait(80);
    editor.innerHTML = '<p>Thanks for the intro!</p>';
    button.click();
    button.click();
    expect(check).toHaveBeenCalledTimes(1);
    answer({ findings: [], off: false });
    await wait(20);
    expect(sends).toEqual(['Thanks for the intro!']);
  });

  it('never submits past a Send control LinkedIn has disabled', async () => {
    const { editor, button, sends } = page();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    start(() => Promise.reject(new Error('background gone')));
    await wait(80);
    editor.innerHTML = '<p>Reply ASAP!!!</p>';
    button.click();
    button.disabled = true; // LinkedIn is sending already
    await wait(50);
    expect(sends).toEqual([]);
    info.mockRestore();
  });

  it('lets exactly the resent text through, not the next draft', async () => {
    const { editor, button, sends } = page();
    start(async () => ({ findings: [], off: false }));
    await wait(80);
    editor.innerHTML = '<p>Thanks!</p>';
    button.click(); // not checked yet: held, checked clean, resent
    await wait(20);
    expect(sends).toEqual(['Thanks!']);
    editor.innerHTML = '<p>Reply ASAP</p>';
    button.click(); // a new draft right after: held for its own check
    expect(sends).toEqual(['Thanks!']);
  });
});

describe('sends and decoys of 2026 LinkedIn (issue 10)', () => {
  it('holds Cmd/Ctrl+Enter in Click Send mode, and lets a plain Enter make its new line', async () => {
    const { editor, sends } = page();
    start(async () => ({ findings: [finding()], off: false }));
    await wait(80);
    editor.innerHTML = '<p>Reply ASAP</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(350);
    const key = (init: KeyboardEventInit) => {
      const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true, ...init });
      editor.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(key({})).toBe(false); // Click Send mode: Enter is LinkedIn's new line
    expect(key({ ctrlKey: true })).toBe(true);
    expect(key({ metaKey: true })).toBe(true);
    expect(sends).toEqual([]);
  });

  it('binds no hidden editor (the popup Insert into the one on screen: surfaces-2026 e2e)', () => {
    document.body.innerHTML = `
      <div style="display:none"><form class="msg-form"><div class="msg-form__contenteditable" id="decoy" contenteditable="true"><p><br></p></div></form></div>
      <form class="msg-form"><div class="msg-form__contenteditable" id="real" contenteditable="true"><p><br></p></div><button class="msg-form__send-button" type="submit">Send</button></form>`;
    const controller = start(async () => ({ findings: [], off: false }));
    expect([...controller.bound.keys()].map((e) => e.id)).toEqual(['real']);
  });
});
