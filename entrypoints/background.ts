/**
 * The engine's home (STYLE.md): compromise runs here, never in LinkedIn's page.
 * It answers the content script's drafts with findings under the user's
 * settings, keeps the latest report per tab (in storage.session, so a worker
 * Chrome stopped and started again still knows it), and shows its count on
 * the toolbar button.
 */
import { analyze } from '@/src/engine/analyze';
import type { Finding } from '@/src/engine/types';
import { ignoreKey, isRequest, OPEN_PANEL_COMMAND, type OpenPanel, type TabState } from '@/src/messaging/protocol';
import { TabState as Tabs } from '@/src/messaging/tab-state';
import { analyzeOptionsOf, isEnabled, type Settings } from '@/src/settings/settings';
import { loadSettings, watchSettings } from '@/src/settings/storage';
import { worstSeverity } from '@/src/ui/severity';

const BADGE_COLOURS = { error: '#b3261e', warning: '#a15c00', info: '#0a66c2', none: '#1f7a3d' } as const;

export default defineBackground(() => {
  const tabs = new Tabs(browser.storage.session);
  let settings: Settings = {};
  const ready = Promise.all([loadSettings().then((s) => (settings = s)), tabs.ready]);
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
        return tabs.ready.then<TabState>(() => ({ report: tabs.report(message.tabId), paused: tabs.isPaused(message.tabId) }));
      case 'pause':
        return tabs.ready.then(() => {
          tabs.setPaused(message.tabId, message.paused);
          // The tab's drafts are checked again: with nothing to show while paused, or afresh.
          browser.tabs.sendMessage(message.tabId, { type: 'recheck' }).catch(() => {});
          return { paused: message.paused };
        });
      case 'analyze':
        return ready.then(() => {
          const tabId = sender.tab?.id;
          const off = !isEnabled(settings) || (tabId !== undefined && tabs.isPaused(tabId));
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
            senderName: draft.senderName,
          });
          const ignored = new Set(draft.ignored ?? []);
          const findings = all.filter((f) => !ignored.has(ignoreKey(draft.text, f)));
          if (tabId !== undefined) {
            tabs.setReport(tabId, { draft, findings, at: Date.now() });
            showCount(tabId, findings);
          }
          return { findings: all, off };
        });
    }
  });

  // The keyboard shortcut opens the panel of the box being typed in; only the tab's content script knows which.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: OPEN_PANEL_COMMAND } satisfies OpenPanel).catch(() => {}); // not a LinkedIn tab
  });

  browser.tabs?.onRemoved?.addListener((tabId) => tabs.forget(tabId));

  // First run (issue 11): what Forethought does, where to pin it, and a box to try it in. Not on an update.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => {});
  });
});
