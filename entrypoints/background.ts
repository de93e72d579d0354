/**
 * The engine's home (STYLE.md): compromise runs here, never in LinkedIn's page.
 * It answers the content script's drafts with findings under the user's
 * settings, keeps the latest report per tab, and shows its count on the
 * toolbar button.
 */
import { analyze } from '@/src/engine/analyze';
import type { Finding } from '@/src/engine/types';
import { ignoreKey, isRequest, type Report, type TabState } from '@/src/messaging/protocol';
import { analyzeOptionsOf, isEnabled, type Settings } from '@/src/settings/settings';
import { loadSettings, watchSettings } from '@/src/settings/storage';
import { worstSeverity } from '@/src/ui/severity';

const BADGE_COLOURS = { error: '#b3261e', warning: '#a15c00', info: '#0a66c2', none: '#1f7a3d' } as const;

export default defineBackground(() => {
  const reports = new Map<number, Report>();
  const paused = new Set<number>();
  let settings: Settings = {};
  const ready = loadSettings().then((s) => (settings = s));
  watchSettings((s) => (settings = s));

  // MV3 has action, Firefox's MV2 build browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  function showCount(tabId: number, findings: readonly Finding[]) {
    const text = findings.length ? String(findings.length) : '';
    action?.setBadgeText({ tabId, text }).catch(() => {});
    if (text) action?.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worstSeverity(findings)] }).catch(() => {});
    browser.runtime.sendMessage({ type: 'report-changed', tabId }).catch(() => {}); // the popup, if open
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isRequest(message)) return undefined;
    switch (message.type) {
      case 'keepalive':
        return Promise.resolve({ alive: true });
      case 'warm':
        analyze('Warm up, please.', { context: 'message' });
        return Promise.resolve({ ready: true });
      case 'report':
        return Promise.resolve<TabState>({ report: reports.get(message.tabId), paused: paused.has(message.tabId) });
      case 'pause':
        if (message.paused) paused.add(message.tabId);
        else paused.delete(message.tabId);
        // The tab's drafts are checked again: with nothing to show while paused, or afresh.
        browser.tabs.sendMessage(message.tabId, { type: 'recheck' }).catch(() => {});
        return Promise.resolve({ paused: message.paused });
      case 'analyze':
        return ready.then(() => {
          const tabId = sender.tab?.id;
          const off = !isEnabled(settings) || (tabId !== undefined && paused.has(tabId));
          if (off) {
            if (tabId !== undefined) showCount(tabId, []);
            return { findings: [], off };
          }
          const { draft } = message;
          const all = analyze(draft.text, {
            ...analyzeOptionsOf(settings),
            context: draft.context,
            field: draft.field,
            invitationLimit: draft.invitationLimit ?? settings.invitationLimit,
            recipientName: draft.recipientName,
          });
          const ignored = new Set(draft.ignored ?? []);
          const findings = all.filter((f) => !ignored.has(ignoreKey(draft.text, f)));
          if (tabId !== undefined) {
            reports.set(tabId, { draft, findings, at: Date.now() });
            showCount(tabId, findings);
          }
          return { findings: all, off };
        });
    }
  });

  browser.tabs?.onRemoved?.addListener((tabId) => {
    reports.delete(tabId);
    paused.delete(tabId);
  });
});
