/**
 * The one typed protocol between the content script, the background and the
 * popup (STYLE.md: messages for questions about now). The engine lives in the
 * background, so the content script sends a draft and gets findings back.
 */
import type { Finding, MessageContext } from '../engine/types';

/** A draft as the content script reads it from a compose box. */
export interface Draft {
  text: string;
  context: MessageContext;
  field?: 'body' | 'subject';
  invitationLimit?: number;
  recipientName?: string;
}

export type Request =
  /** Check a draft; the background answers with its findings and keeps it as the tab's latest report. */
  | { type: 'analyze'; draft: Draft }
  /** A compose box gained focus: load the engine and warm its caches before the first keystroke. */
  | { type: 'warm' };

export interface AnalyzeResponse {
  findings: Finding[];
}

export interface WarmResponse {
  ready: true;
}

export type Response<R extends Request> = R extends { type: 'analyze' } ? AnalyzeResponse : WarmResponse;

/** The latest report the background keeps per tab (for the popup and the toolbar badge). */
export interface Report {
  draft: Draft;
  findings: Finding[];
  at: number;
}

/** Narrows an unknown runtime message to a Request (messages from other extensions or old versions are ignored). */
export function isRequest(message: unknown): message is Request {
  if (!message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; draft?: { text?: unknown } };
  return m.type === 'warm' || (m.type === 'analyze' && typeof m.draft?.text === 'string');
}
