/**
 * The engine's home (STYLE.md): compromise runs here, never in LinkedIn's page.
 * It answers the content script's drafts with findings and keeps the latest
 * report per tab.
 */
import { analyze } from '@/src/engine/analyze';
import { isRequest, type Report } from '@/src/messaging/protocol';

export default defineBackground(() => {
  const reports = new Map<number, Report>();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isRequest(message)) return undefined;
    if (message.type === 'warm') {
      analyze('Warm up, please.', { context: 'message' });
      return Promise.resolve({ ready: true });
    }
    const { draft } = message;
    const findings = analyze(draft.text, {
      context: draft.context,
      field: draft.field,
      invitationLimit: draft.invitationLimit,
      recipientName: draft.recipientName,
    });
    const tabId = sender.tab?.id;
    if (tabId !== undefined) reports.set(tabId, { draft, findings, at: Date.now() });
    return Promise.resolve({ findings });
  });

  browser.tabs?.onRemoved?.addListener((tabId) => reports.delete(tabId));
});
