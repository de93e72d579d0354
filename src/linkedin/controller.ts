/**
 * The content script's work on LinkedIn: find every compose box (in the
 * document and in open shadow roots), check its draft as the user types, show
 * the badge, highlights and panel, apply rewrites, and hold a send for review
 * when the draft has findings. Every hookup of a box shares one AbortSignal,
 * aborted when the box leaves the page. Anything that fails here fails open:
 * LinkedIn keeps working and the message sends.
 */
import type { Finding, Suggestion } from '../engine/types';
import { ignoreKey, type AnalyzeResponse, type Draft, type PageInfo, type TabRequest } from '../messaging/protocol';
import { blocking, type ReviewThreshold } from '../settings/review';
import { BoxUi } from '../ui/box-ui';
import { eventTarget, isShown, isVisible, openRoots } from './dom';
import { focusEditor, offsetAtPoint, readText, replaceText, select } from './editor';
import { companyName, contextOf, depthOf, findBoxes, invitationLimit, isEnterToSend, isSendControlOf, recipientName, sendControl, sendsOnChord, senderName, type ComposeBox } from './surfaces';

export interface ControllerDeps {
  /** Checks a draft in the background. */
  check(draft: Draft): Promise<AnalyzeResponse>;
  /** Warms the background when a box gains focus. */
  warm(): void;
  /** Any extension message: it resets Chrome's idle timer, so the service worker is not stopped. */
  keepAlive(): void;
  /**
   * False once the extension was updated, reloaded or removed under this page
   * ("Extension context invalidated"); asking aborts `signal` then, so the UI
   * goes and every send is LinkedIn's alone.
   */
  alive(): boolean;
  /** Mounts a shadow-root UI for a box, next to `anchor`. */
  mountUi(anchor: Element): { host: HTMLElement; container: HTMLElement; remove(): void };
  threshold(): ReviewThreshold;
  /** Whether findings of the learned scorer alone open the review too. */
  reviewPossible(): boolean;
  /** Ties a listener to the content script's life (WXT ctx). */
  signal: AbortSignal;
  /** Calls back on LinkedIn's client-side navigations (WXT's wxt:locationchange). */
  onLocationChange(cb: () => void): void;
  /** The compose boxes to work on; LinkedIn's by default. The welcome page's "try it" box brings its own. */
  findBoxes?: (roots: (Document | ShadowRoot)[]) => ComposeBox[];
}

/** Typing pause before a check (the issue: about 250 ms). */
export const DEBOUNCE_MS = 250;
/**
 * A send of a draft not checked yet waits at most this long for its check, with
 * "Checking…" on the badge, then goes through (fail open). A warm background
 * answers in well under 150 ms; a service worker Chrome has stopped takes
 * 330–380 ms to start and answer (issue 9), so the wait leaves room for that.
 */
export const SEND_CHECK_TIMEOUT_MS = 2000;
/** Chrome stops an idle service worker after 30 s; a message within each 25 s keeps it running (issue 9). */
export const KEEPALIVE_MS = 20_000;
/** How long DOM changes are gathered before the page is scanned for compose boxes again. */
const SCAN_DELAY_MS = 150;

interface Bound {
  box: ComposeBox;
  ui?: BoxUi;
  removeUi?: () => void;
  abort: AbortController;
  /** The text the findings belong to. */
  checked?: string;
  findings: Finding[];
  ignored: Set<string>;
  timer?: ReturnType<typeof setTimeout>;
  /**
   * The one text our own resend is sending, while LinkedIn's control handles it
   * (the click and the submit it causes, dispatched synchronously): that send
   * alone passes our listeners, nothing after it (issue 9).
   */
  sending?: string;
  /** A send waits for its check: a second Send meanwhile is the same intent, not another send. */
  holding: boolean;
  /** Forethought is off or paused: no badge, no review. */
  off: boolean;
}

export function startController(deps: ControllerDeps) {
  // Once the extension is gone, whatever fails is expected: step aside without a word (issue 9).
  const log = (...args: unknown[]) => deps.signal.aborted || console.info('[Forethought]', ...args);
  const bound = new Map<HTMLElement, Bound>();
  const observed = new WeakSet<Node>();
  let scanQueued = false;
  let placeQueued = false;
  /** The box the user typed in or focused last: the popup acts on it. */
  let lastUsed: Bound | undefined;

  const visible = (b: Bound) => {
    const text = readText(b.box.editor);
    return b.checked === text ? b.findings.filter((f) => !b.ignored.has(ignoreKey(text, f))) : null;
  };

  const draftOf = (b: Bound): Draft => ({
    text: readText(b.box.editor),
    context: contextOf(b.box),
    field: b.box.field,
    invitationLimit: b.box.surface === 'invitation' ? invitationLimit(b.box) : undefined,
    recipientName: recipientName(b.box),
    senderName: senderName(),
    ignored: [...b.ignored],
  });

  async function check(b: Bound): Promise<Finding[] | null> {
    const draft = draftOf(b);
    if (!draft.text.trim()) {
      b.checked = draft.text;
      b.findings = [];
      b.ignored.clear();
      render(b);
      return [];
    }
    const { findings, off } = await deps.check(draft);
    // A newer keystroke may have changed the text meanwhile; only the latest text counts.
    if (readText(b.box.editor) !== draft.text || b.abort.signal.aborted) return null;
    b.checked = draft.text;
    b.findings = findings;
    b.off = off;
    render(b);
    return visible(b);
  }

  function schedule(b: Bound) {
    clearTimeout(b.timer);
    if (!deps.alive()) return;
    b.timer = setTimeout(() => check(b).catch((e) => log('check failed', e)), DEBOUNCE_MS);
  }

  /**
   * The box's UI, mounted the first time there is something to show: a page
   * load only binds listeners, so LinkedIn pays for no shadow root or style
   * until the user writes.
   */
  function uiOf(b: Bound): BoxUi | undefined {
    if (b.ui || b.abort.signal.aborted) return b.ui;
    try {
      const ui = deps.mountUi(b.box.editor.closest('dialog[open]') ?? document.body);
      b.removeUi = ui.remove;
      b.ui = new BoxUi(ui.host, ui.container, {
        apply: (_, s) => apply(b, s),
        ignore: (f) => ignore(b, f),
        edit: () => focusEditor(b.box.editor),
        sendAnyway: () => resend(b),
      }, { editor: b.box.editor, sendControl: () => sendControl(b.box), signal: b.abort.signal });
      ui.host.dataset.forethoughtSurface = b.box.surface;
    } catch (e) {
      log('could not show the badge', e);
    }
    return b.ui;
  }

  function render(b: Bound) {
    const text = readText(b.box.editor);
    const ui = b.ui ?? (text.trim() ? uiOf(b) : undefined);
    if (!ui) return;
    ui.update(text, visible(b) ?? []);
    place(b);
  }

  function place(b: Bound) {
    const rendered = !b.off && b.box.editor.isConnected && isVisible(b.box.editor);
    b.ui?.position(rendered);
  }

  function placeAll() {
    if (placeQueued) return;
    placeQueued = true;
    requestAnimationFrame(() => {
      placeQueued = false;
      bound.forEach(place);
    });
  }

  const blockingOf = (findings: Finding[]) => blocking(findings, deps.threshold(), deps.reviewPossible());

  function apply(b: Bound, s: Suggestion) {
    const text = readText(b.box.editor);
    if (b.checked !== text) return void check(b);
    // The review is a modal dialog: while it is open the editor behind it is inert and takes no edit (issue 9).
    const inReview = b.ui?.reviewOpen ?? false;
    if (inReview) b.ui?.closeReview();
    if (!replaceText(b.box.editor, s.start, s.end, s.replacement, text.slice(s.start, s.end))) log('the draft changed; rewrite not applied');
    else {
      // A slot only the writer can fill ("[your role]"): selected, so they type over it (issue 8).
      const slot = /\[[^\]\n]{1,40}\]/.exec(s.replacement);
      if (slot) select(b.box.editor, s.start + slot.index, s.start + slot.index + slot[0].length);
    }
    b.ui?.closePanel();
    check(b)
      .then((findings) => {
        // Back to the review with what is left, if anything still holds the send.
        const stop = inReview && findings ? blockingOf(findings) : [];
        if (stop.length) b.ui?.openReview(stop);
      })
      .catch((e) => log('check failed', e));
  }

  /** Sends once through LinkedIn's own control, and never past a control LinkedIn has disabled. */
  function resend(b: Bound) {
    const button = sendControl(b.box);
    if (button && ((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true')) {
      // LinkedIn is sending already, or will not send this: a submit past its control would be a second send (issue 9).
      return log('LinkedIn has disabled its Send; not sending again');
    }
    b.sending = readText(b.box.editor);
    try {
      if (button) return button.click();
      const form = b.box.root instanceof HTMLFormElement ? b.box.root : b.box.root.closest('form');
      if (form) return form.requestSubmit();
      // A div root in Enter-to-send mode: an Enter on the editor.
      b.box.editor.focus();
      b.box.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true }));
    } finally {
      b.sending = undefined;
      // Check the box again: a page may clear it after the send without an input event (a React textarea), and
      // the badge must not go on counting findings in an empty box.
      schedule(b);
    }
  }

  /** Decides a send attempt. Returns true when the event must be stopped. */
  function onSend(b: Bound): boolean {
    const text = readText(b.box.editor);
    if (b.sending === text) return false; // our own resend, reaching LinkedIn
    if (!deps.alive()) return false; // the extension is gone: LinkedIn sends on its own
    if (b.holding) return true; // a second click while the first waits for its check: one intent, one send
    if (!text.trim() || b.off) return false;
    if (deps.threshold() === 'off') return false;
    const known = visible(b);
    if (known) {
      const stop = blockingOf(known);
      if (!stop.length) return false; // a clean draft sends untouched
      uiOf(b)?.openReview(stop);
      return true;
    }
    // Not checked yet (typed or pasted just now, or a cold background): wait for the check, within the timeout.
    hold(b);
    return true;
  }

  function hold(b: Bound) {
    b.holding = true;
    render(b);
    b.ui?.setChecking(true);
    const timedOut = Symbol('timed out');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<typeof timedOut>((resolve) => (timer = setTimeout(() => resolve(timedOut), SEND_CHECK_TIMEOUT_MS)));
    const done = () => {
      clearTimeout(timer);
      b.holding = false;
      b.ui?.setChecking(false);
    };
    Promise.race([check(b), timeout])
      .then((findings) => {
        done();
        if (findings === timedOut) {
          log(`the background gave no answer within ${SEND_CHECK_TIMEOUT_MS} ms; sending unchecked`);
          return resend(b);
        }
        // The user went on typing, or the box left the page: that draft is not the one they sent.
        if (findings === null) return log('the draft changed while it was checked; not sending it');
        const stop = blockingOf(findings);
        if (stop.length) uiOf(b)?.openReview(stop);
        else resend(b);
      })
      .catch((e) => {
        done();
        log('the check failed; sending unchecked', e);
        resend(b);
      });
  }

  function bind(box: ComposeBox) {
    const b: Bound = { box, abort: new AbortController(), findings: [], ignored: new Set(), holding: false, off: false };
    deps.signal.addEventListener('abort', () => b.abort.abort(), { signal: b.abort.signal });
    bound.set(box.editor, b);
    const { signal } = b.abort;
    box.editor.addEventListener(
      'input',
      () => {
        lastUsed = b;
        schedule(b);
      },
      { signal },
    );
    box.editor.addEventListener(
      'focus',
      () => {
        lastUsed = b;
        deps.warm();
      },
      { signal },
    );
    // A click on highlighted words opens the panel at that finding.
    box.editor.addEventListener(
      'click',
      (e) => {
        const at = offsetAtPoint(box.editor, e.clientX, e.clientY);
        const hit = at === null ? undefined : (visible(b) ?? []).find((f) => at >= f.start && at <= f.end);
        if (hit) b.ui?.openPanel(hit);
      },
      { signal },
    );
    // submit is not composed: a keyboard submit that bypasses the button is caught on the form itself.
    if (box.root instanceof HTMLFormElement) {
      box.root.addEventListener(
        'submit',
        (e) => {
          if (onSend(b)) {
            e.preventDefault();
            e.stopImmediatePropagation();
          }
        },
        { capture: true, signal },
      );
    }
    if (readText(box.editor).trim()) void check(b).catch((e) => log('check failed', e));
  }

  function ignore(b: Bound, f: Finding) {
    b.ignored.add(ignoreKey(readText(b.box.editor), f));
    render(b);
    void check(b).catch((e) => log('check failed', e)); // so the background's report and toolbar count follow
  }

  function unbind(b: Bound) {
    b.abort.abort();
    clearTimeout(b.timer);
    b.removeUi?.();
    bound.delete(b.box.editor);
  }

  function scan() {
    scanQueued = false;
    if (deps.signal.aborted) return; // the extension was updated or unloaded: leave the page alone
    const roots = openRoots();
    for (const root of roots) {
      if (observed.has(root)) continue;
      observed.add(root);
      // A body observer does not see inside shadow roots: one observer per root (linkedin-dom.md §6).
      const mo = new MutationObserver(onMutations);
      mo.observe(root, { childList: true, subtree: true });
      deps.signal.addEventListener('abort', () => mo.disconnect());
    }
    for (const b of [...bound.values()]) if (!b.box.editor.isConnected) unbind(b);
    // A hidden or off-page editor (LinkedIn's /preload copy of the post editor) is a decoy: never bound, so
    // no badge, no review and no popup Insert lands there. Once it shows, a focus in it scans again.
    for (const box of (deps.findBoxes ?? findBoxes)(roots)) if (!bound.has(box.editor) && isShown(box.editor)) bind(box);
    placeAll();
  }

  /** LinkedIn's feed mutates constantly: coalesce into one scan per SCAN_DELAY_MS. */
  function queueScan() {
    if (scanQueued) return;
    scanQueued = true;
    setTimeout(scan, SCAN_DELAY_MS);
  }

  /** Mutations of our own UI hosts never bring a new compose box. */
  const onMutations = (records: MutationRecord[]) => {
    const ours = (n: Node) => n instanceof Element && n.hasAttribute('data-forethought-ui');
    if (records.every((r) => [...r.addedNodes, ...r.removedNodes].every(ours))) return;
    queueScan();
  };

  /**
   * The boxes an event is in, the closest first: the one whose editor holds the target, then by the depth
   * of their roots (a comment reply's root sits inside its feed item, which is the post's box's root).
   */
  const boxesOfEvent = (e: Event): [Bound[], Element] | null => {
    const target = eventTarget(e);
    if (!target) return null;
    const inEditor = (b: Bound) => b.box.editor === target || b.box.editor.contains(target);
    const hits = [...bound.values()].filter((b) => inEditor(b) || b.box.root.contains(target));
    if (!hits.length) return null;
    hits.sort((a, b) => Number(inEditor(b)) - Number(inEditor(a)) || depthOf(b.box) - depthOf(a.box));
    return [hits, target];
  };

  const opts = { capture: true, signal: deps.signal };
  // Capture on window runs before LinkedIn's own listeners; composedPath() sees into shadow roots.
  window.addEventListener(
    'click',
    (e) => {
      try {
        const hit = boxesOfEvent(e);
        if (!hit) return;
        const [hits, target] = hit;
        // The box whose own control this is; the InMail subject shares its root with the body, whose box decides.
        const owner = hits.map((b) => (b.box.field === 'subject' ? [...bound.values()].find((x) => x.box.root === b.box.root && x.box.field === 'body') ?? b : b)).find((b) => isSendControlOf(b.box, target));
        if (owner && onSend(owner)) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
      } catch (err) {
        log('send check failed; LinkedIn handles the click', err);
      }
    },
    opts,
  );
  window.addEventListener(
    'keydown',
    (e) => {
      try {
        if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing || e.keyCode === 229) return;
        const hit = boxesOfEvent(e);
        if (!hit) return;
        const [[b], target] = hit;
        if (b.box.editor !== target && !b.box.editor.contains(target)) return;
        // Cmd/Ctrl+Enter sends in both modes; a plain Enter only in Press Enter to Send mode (a new line otherwise).
        const sends = e.ctrlKey || e.metaKey ? sendsOnChord(b.box) : isEnterToSend(b.box);
        if (sends && onSend(b)) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
      } catch (err) {
        log('send check failed; LinkedIn handles the key', err);
      }
    },
    opts,
  );
  window.addEventListener(
    'focusin',
    // A focused editor we do not know yet (say, in a shadow root attached with no mutation we
    // could see) triggers a scan; a known editor warms the background through its own listener.
    (e) => {
      if (!boxesOfEvent(e)) queueScan();
    },
    opts,
  );
  window.addEventListener('scroll', placeAll, { ...opts, passive: true });
  window.addEventListener('resize', placeAll, opts);
  deps.onLocationChange(queueScan);
  deps.signal.addEventListener('abort', () => bound.forEach(unbind));

  // While a box is focused or holds a draft in a tab on screen, the background must not go cold (issue 9).
  const keepAlive = setInterval(() => {
    if (document.visibilityState !== 'visible' || !deps.alive()) return;
    if ([...bound.values()].some((b) => b.box.editor.matches(':focus') || readText(b.box.editor).trim())) deps.keepAlive();
  }, KEEPALIVE_MS);
  deps.signal.addEventListener('abort', () => clearInterval(keepAlive));

  /** Re-checks every open draft now (the settings changed). */
  function recheckAll() {
    for (const b of bound.values()) void check(b).catch((e) => log('check failed', e));
  }

  /** The box the popup acts on, among those the user sees: the last one used, else the one with text, else the first. */
  const target = (): Bound | undefined => {
    const shown = [...bound.values()].filter((b) => b.box.editor.isConnected && isShown(b.box.editor));
    return (lastUsed && shown.includes(lastUsed) ? lastUsed : undefined) ?? shown.find((b) => readText(b.box.editor).trim()) ?? shown[0];
  };

  /** A request from the popup, applied through the same paths as the in-page panel. */
  function handle(request: TabRequest): PageInfo | { ok: boolean } {
    if (request.type === 'recheck') {
      recheckAll();
      return { ok: true };
    }
    const b = target();
    if (request.type === 'page-info') {
      return { firstName: b && recipientName(b.box), company: b && companyName(b.box), hasBox: !!b };
    }
    if (!b) return { ok: false };
    if (request.type === 'insert') {
      const text = readText(b.box.editor);
      // Into an empty box, or after what is there, as if typed.
      const ok = replaceText(b.box.editor, text.trim() ? text.length : 0, text.length, text.trim() ? `\n${request.text}` : request.text, text.trim() ? '' : text);
      void check(b);
      return { ok };
    }
    if (readText(b.box.editor) !== request.text) return { ok: false };
    if (request.type === 'apply') {
      apply(b, request.suggestion);
      return { ok: true };
    }
    ignore(b, request.finding);
    return { ok: true };
  }

  scan();
  return { scan, bound, recheckAll, handle };
}
