/**
 * The LinkedIn content script: thin wiring of src/linkedin and src/ui to WXT,
 * to the settings and to the background, where the engine runs. It never
 * imports compromise (STYLE.md: the engine in the page would cost LinkedIn
 * 230–320 ms per load).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOpenPanel, isSightRequest, isTabRequest, type AnalyzeResponse, type FocusInfo, type OutlineInfo, type Request, type SightRequest } from '@/src/messaging/protocol';
import { startController } from '@/src/linkedin/controller';
import { deepActiveElement } from '@/src/linkedin/dom';
import { outline, watchFocusedBox } from '@/src/linkedin/unrecognised';
import { thresholdOf, type Settings } from '@/src/settings/settings';
import { loadSettings, watchSettings } from '@/src/settings/storage';
import { mountUi } from '@/src/ui/mount';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    guardLifecycle(ctx);
    const send = <T>(request: Request) => browser.runtime.sendMessage(request) as Promise<T>;
    let settings: Settings = {};
    let lastWarm = 0;
    const controller = startController({
      check: (draft) =>
        send<AnalyzeResponse>({ type: 'analyze', draft }).catch((e: unknown) => {
          // Invalidated between the check's start and its answer: ctx.isInvalid aborts ctx, so the controller stays quiet.
          void ctx.isInvalid;
          throw e;
        }),
      warm: () => {
        // One warm-up per half minute is plenty: the keep-alive holds the background loaded while it is used.
        if (performance.now() - lastWarm < 30_000) return;
        lastWarm = performance.now();
        send({ type: 'warm' }).catch(() => {});
      },
      keepAlive: () => void send({ type: 'keepalive' }).catch(() => {}),
      // WXT's isInvalid reads runtime.id, which is gone once the extension was updated or reloaded, and aborts ctx then.
      alive: () => !ctx.isInvalid,
      mountUi: (anchor) => {
        const ui = mountUi(anchor);
        ctx.onInvalidated(ui.remove);
        return ui;
      },
      threshold: () => thresholdOf(settings),
      reviewPossible: () => settings.reviewPossible === true,
      signal: ctx.signal,
      onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
    // A box the controller does not know is one Forethought cannot check: the popup says so (issue 10).
    const known = (box: HTMLElement) => [...controller.bound.keys()].some((editor) => editor === box || editor.contains(box));
    const focused = watchFocusedBox(known, ctx.signal);
    const sight = (request: SightRequest): FocusInfo | OutlineInfo => {
      controller.scan(); // a box focused a moment ago may be bound by the scan its focus queued
      const box = focused.unrecognised();
      if (request.type === 'focus') return box ? { unrecognised: { path: location.pathname } } : {};
      return box ? { outline: outline(box, location.pathname) } : {};
    };
    void loadSettings().then((s) => (settings = s));
    // A switch in the popup or the options page re-checks the open drafts at once, with no reload.
    const unwatch = watchSettings((s) => {
      settings = s;
      controller.recheckAll();
    });
    // The keyboard shortcut (forwarded by the background): the panel of the box being typed in, with the focus.
    const openPanel = () => {
      const active = deepActiveElement();
      const b = [...controller.bound.values()].find((x) => x.box.editor === active);
      b?.ui?.openPanel(undefined, true);
      return { ok: !!b?.ui };
    };
    const onMessage = (message: unknown) => {
      if (isOpenPanel(message)) return Promise.resolve(openPanel());
      if (isSightRequest(message)) return Promise.resolve(message).then(sight).catch(() => ({})); // never into the page
      return isTabRequest(message) ? Promise.resolve(controller.handle(message)) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      // With the extension context gone these APIs may throw; nothing of ours may reach the page.
      try {
        unwatch();
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // the listeners died with the context
      }
    });
  },
});

/**
 * WXT stops an older copy of this script when a newer one announces itself with
 * a "<extension id>:linkedin:wxt:content-script-started" event on the document.
 * The page sees that name (WXT also posts it to the window) and can dispatch
 * the event itself, which would silently switch Forethought off (issue 9). A
 * newer copy only ever starts after this one's extension context is gone (an
 * update or reload), so while runtime.id is there the event is not ours: it is
 * stopped on the window, in the capture phase, before WXT's listener on the
 * document sees it.
 */
function guardLifecycle(ctx: ContentScriptContext) {
  // WXT's own name for the event (private in its types, public at run time).
  const started = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  let told = false;
  const guard = (e: Event) => {
    if (!browser.runtime?.id) return; // really replaced: let WXT stop this copy
    e.stopImmediatePropagation();
    if (!told) console.info('[Forethought] ignored a page script posing as a newer Forethought');
    told = true;
  };
  window.addEventListener(started, guard, { capture: true, signal: ctx.signal });
}
