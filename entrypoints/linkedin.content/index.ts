/**
 * The LinkedIn content script: thin wiring of src/linkedin and src/ui to WXT,
 * to the settings and to the background, where the engine runs. It never
 * imports compromise (STYLE.md: the engine in the page would cost LinkedIn
 * 230–320 ms per load).
 */
import { isOpenPanel, isTabRequest, type AnalyzeResponse, type Request } from '@/src/messaging/protocol';
import { startController } from '@/src/linkedin/controller';
import { deepActiveElement } from '@/src/linkedin/dom';
import { thresholdOf, type Settings } from '@/src/settings/settings';
import { loadSettings, watchSettings } from '@/src/settings/storage';
import { mountUi } from '@/src/ui/mount';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = <T>(request: Request) => browser.runtime.sendMessage(request) as Promise<T>;
    let settings: Settings = {};
    let lastWarm = 0;
    const controller = startController({
      check: (draft) => send<AnalyzeResponse>({ type: 'analyze', draft }),
      warm: () => {
        // One warm-up per half minute is plenty: the background stays loaded while it is used.
        if (performance.now() - lastWarm < 30_000) return;
        lastWarm = performance.now();
        send({ type: 'warm' }).catch(() => {});
      },
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
    void loadSettings().then((s) => (settings = s));
    // A switch in the popup or the options page re-checks the open drafts at once, with no reload.
    ctx.onInvalidated(
      watchSettings((s) => {
        settings = s;
        controller.recheckAll();
      }),
    );
    // The keyboard shortcut (forwarded by the background): the panel of the box being typed in, with the focus.
    const openPanel = () => {
      const active = deepActiveElement();
      const b = [...controller.bound.values()].find((x) => x.box.editor === active);
      b?.ui?.openPanel(undefined, true);
      return { ok: !!b?.ui };
    };
    const onMessage = (message: unknown) => {
      if (isOpenPanel(message)) return Promise.resolve(openPanel());
      return isTabRequest(message) ? Promise.resolve(controller.handle(message)) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
