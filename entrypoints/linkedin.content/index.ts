/**
 * The LinkedIn content script: thin wiring of src/linkedin and src/ui to WXT
 * and to the background, where the engine runs. It never imports compromise
 * (STYLE.md: the engine in the page would cost LinkedIn 230–320 ms per load).
 */
import type { AnalyzeResponse, Request } from '@/src/messaging/protocol';
import { startController } from '@/src/linkedin/controller';
import { DEFAULT_REVIEW_THRESHOLD } from '@/src/settings/review';
import { mountUi } from '@/src/ui/mount';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = <T>(request: Request) => browser.runtime.sendMessage(request) as Promise<T>;
    let lastWarm = 0;
    startController({
      check: async (draft) => (await send<AnalyzeResponse>({ type: 'analyze', draft })).findings,
      warm: () => {
        // One warm-up per half minute is plenty: the background stays loaded while it is used.
        if (performance.now() - lastWarm < 30_000) return;
        lastWarm = performance.now();
        send({ type: 'warm' }).catch(() => {});
      },
      mountUi: async (anchor) => {
        const ui = mountUi(anchor);
        ctx.onInvalidated(ui.remove);
        return ui;
      },
      threshold: () => DEFAULT_REVIEW_THRESHOLD,
      signal: ctx.signal,
      onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    });
  },
});
