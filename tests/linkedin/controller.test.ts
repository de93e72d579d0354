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
/**
 * Waits for events, never for a fixed delay, so a slow shared machine cannot
 * fail a test (issue 12): the box bound, the check asked for, its answer used.
 */
const until = (fn: () => void, timeout = 5_000) => vi.waitFor(fn, { timeout, interval: 5 });
/** One macrotask: every promise the controller chained on an answer has run. */
const settled = () => new Promise((r) => setTimeout(r, 0));
const bound = (ctrl: ReturnType<typeof start>) => until(() => expect(ctrl.bound.size).toBe(1));
const ui = (ctrl: ReturnType<typeof start>) => [...ctrl.bound.values()][0].ui;

afterEach(() => abort?.abort());

describe('send interception fails open', () => {
  it('sends when the check takes longer than the timeout', async () => {
    const { editor, button, sends } = page();
    await bound(start(() => new Promise(() => {}))); // a background that never answers
    editor.innerHTML = '<p>Reply ASAP!!!</p>';
    button.click();
    expect(sends).toEqual([]); // held while it waits for a check
    await until(() => expect(sends).toEqual(['Reply ASAP!!!']), SEND_CHECK_TIMEOUT_MS + 5_000);
  });

  it('sends when the check fails', async () => {
    const { editor, button, sends } = page();
    const warn = vi.spyOn(console, 'info').mockImplementation(() => {});
    await bound(start(() => Promise.reject(new Error('background gone'))));
    editor.innerHTML = '<p>Reply ASAP!!!</p>';
    button.click();
    await until(() => expect(sends).toEqual(['Reply ASAP!!!']));
    expect(warn).toHaveBeenCalled(); // logged locally
    warn.mockRestore();
  });

  it('lets a draft already checked clean through untouched', async () => {
    const { editor, button, sends } = page();
    const check = vi.fn(async () => ({ findings: [], off: false }));
    await bound(start(check));
    editor.innerHTML = '<p>Thanks for the intro!</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => expect(check).toHaveBeenCalledTimes(1));
    await settled();
    button.click();
    expect(sends).toEqual(['Thanks for the intro!']); // synchronously: nothing held it
  });

  it('holds a draft with findings at the threshold', async () => {
    const { editor, button, sends } = page();
    const ctrl = start(async () => ({ findings: [finding()], off: false }));
    await bound(ctrl);
    editor.innerHTML = '<p>Reply ASAP</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => expect(ui(ctrl)).toBeDefined());
    button.click();
    await until(() => expect(ui(ctrl)?.reviewOpen).toBe(true));
    expect(sends).toEqual([]);
  });

  it('lets info-only findings through at the default threshold', async () => {
    const { editor, button, sends } = page();
    const check = vi.fn(async () => ({ findings: [finding({ ruleId: 'generic-greeting', severity: 'info' })], off: false }));
    await bound(start(check));
    editor.innerHTML = '<p>Dear Sir, thanks!</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => expect(check).toHaveBeenCalledTimes(1));
    await settled();
    button.click();
    expect(sends).toEqual(['Dear Sir, thanks!']);
  });
});

describe('one send per intent', () => {
  it('a second Send while the first waits for its check starts no second send', async () => {
    const { editor, button, sends } = page();
    let answer: (r: { findings: Finding[]; off: boolean }) => void = () => {};
    const check = vi.fn(() => new Promise<{ findings: Finding[]; off: boolean }>((resolve) => (answer = resolve)));
    await bound(start(check));
    editor.innerHTML = '<p>Thanks for the intro!</p>';
    button.click();
    button.click();
    expect(check).toHaveBeenCalledTimes(1);
    answer({ findings: [], off: false });
    await until(() => expect(sends).toEqual(['Thanks for the intro!']));
    await settled();
    expect(sends).toEqual(['Thanks for the intro!']);
  });

  it('never submits past a Send control LinkedIn has disabled', async () => {
    const { editor, button, sends } = page();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await bound(start(() => Promise.reject(new Error('background gone'))));
    editor.innerHTML = '<p>Reply ASAP!!!</p>';
    button.click();
    button.disabled = true; // LinkedIn is sending already
    await until(() => expect(info).toHaveBeenCalled()); // the failed check, logged: the fail-open path has run
    await settled();
    expect(sends).toEqual([]);
    info.mockRestore();
  });

  it('lets exactly the resent text through, not the next draft', async () => {
    const { editor, button, sends } = page();
    await bound(start(async () => ({ findings: [], off: false })));
    editor.innerHTML = '<p>Thanks!</p>';
    button.click(); // not checked yet: held, checked clean, resent
    await until(() => expect(sends).toEqual(['Thanks!']));
    editor.innerHTML = '<p>Reply ASAP</p>';
    button.click(); // a new draft right after: held for its own check
    expect(sends).toEqual(['Thanks!']);
  });
});

describe('sends and decoys of 2026 LinkedIn (issue 10)', () => {
  it('holds Cmd/Ctrl+Enter in Click Send mode, and lets a plain Enter make its new line', async () => {
    const { editor, sends } = page();
    const check = vi.fn(async () => ({ findings: [finding()], off: false }));
    await bound(start(check));
    editor.innerHTML = '<p>Reply ASAP</p>';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => expect(check).toHaveBeenCalledTimes(1));
    await settled();
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
