/**
 * The one typed protocol between the content script, the background and the
 * popup (STYLE.md: messages for questions about now, storage for state that
 * lasts). The engine lives in the background, so the content script sends a
 * draft and gets findings back; the popup asks the background for the tab's
 * latest report and asks the content script to apply, ignore or insert.
 */
import type { Finding, MessageContext, Suggestion } from '../engine/types';

/** A draft as the content script reads it from a compose box. */
export interface Draft {
  text: string;
  context: MessageContext;
  field?: 'body' | 'subject';
  invitationLimit?: number;
  recipientName?: string;
  senderName?: string;
  /** Findings the user ignored in this draft, as `ruleId:excerpt`. */
  ignored?: string[];
}

/** Messages to the background. */
export type Request =
  /** Check a draft; the answer is kept as the tab's latest report. */
  | { type: 'analyze'; draft: Draft }
  /** A compose box gained focus: load the engine and warm its caches before the first keystroke. */
  | { type: 'warm' }
  /** A compose box is focused or holds a draft: any message keeps Chrome from stopping the idle service worker. */
  | { type: 'keepalive' }
  /** The popup asks for a tab's latest report and state. */
  | { type: 'report'; tabId: number }
  /** Pause or resume Forethought in one tab. */
  | { type: 'pause'; tabId: number; paused: boolean };

/** Messages to the content script of a tab (from the popup). */
export type TabRequest =
  | { type: 'apply'; text: string; suggestion: Suggestion }
  | { type: 'ignore'; text: string; finding: Finding }
  | { type: 'insert'; text: string }
  | { type: 'page-info' }
  /** Check the open drafts again (the tab was paused or resumed). */
  | { type: 'recheck' };

export interface AnalyzeResponse {
  findings: Finding[];
  /** Forethought is switched off, or paused in this tab: show nothing, hold nothing. */
  off: boolean;
}

/** The latest report the background keeps per tab (for the popup and the toolbar badge). */
export interface Report {
  draft: Draft;
  findings: Finding[];
  at: number;
}

export interface TabState {
  report?: Report;
  paused: boolean;
}

/** What the page shows about the conversation, for template slots. */
export interface PageInfo {
  firstName?: string;
  company?: string;
  /** Whether a compose box is focused or was last used. */
  hasBox: boolean;
}

/** The answer to `focus`: set when the box focused last is one Forethought does not recognise. */
export interface FocusInfo {
  unrecognised?: {
    /** The page's path (no query string: it can hold search words). */
    path: string;
  };
}

/** The answer to `outline`: tag names, roles, classes and data attributes of the box and its surroundings, no text. */
export interface OutlineInfo {
  outline?: string;
}

/** Sent by the background to the popup when a tab's report changes. */
export interface ReportChanged {
  type: 'report-changed';
  tabId: number;
}

/** Narrows an unknown runtime message to a Request (messages from other extensions or old versions are ignored). */
export function isRequest(message: unknown): message is Request {
  if (!message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; draft?: { text?: unknown }; tabId?: unknown };
  if (m.type === 'warm' || m.type === 'keepalive') return true;
  if (m.type === 'analyze') return typeof m.draft?.text === 'string';
  return (m.type === 'report' || m.type === 'pause') && typeof m.tabId === 'number';
}

export function isTabRequest(message: unknown): message is TabRequest {
  const t = (message as { type?: unknown } | null)?.type;
  return t === 'apply' || t === 'ignore' || t === 'insert' || t === 'page-info' || t === 'recheck';
}

/**
 * Questions from the popup about a box Forethought cannot see (issue 10),
 * answered by the content script beside the controller, which only ever deals
 * with boxes it recognised.
 */
export type SightRequest =
  /** Which box the user focused last, and whether Forethought can check it: answered with FocusInfo. */
  | { type: 'focus' }
  /** The user asked for a report of a box Forethought cannot check: answered with OutlineInfo. */
  | { type: 'outline' };

export const isSightRequest = (message: unknown): message is SightRequest => {
  const t = (message as { type?: unknown } | null)?.type;
  return t === 'focus' || t === 'outline';
};

/**
 * The keyboard shortcut: the manifest declares it as a command (so the user
 * can change it at chrome://extensions/shortcuts or in Firefox's add-on
 * settings), and the background forwards it to the tab's content script.
 */
export const OPEN_PANEL_COMMAND = 'open-panel';
export interface OpenPanel {
  type: typeof OPEN_PANEL_COMMAND;
}
export const isOpenPanel = (message: unknown): message is OpenPanel => (message as { type?: unknown } | null)?.type === OPEN_PANEL_COMMAND;

/** The key of an ignored finding: its rule and its words, so it stays ignored while the rest of the draft changes. */
export const ignoreKey = (text: string, f: Finding): string => `${f.ruleId}:${text.slice(f.start, f.end)}`;
