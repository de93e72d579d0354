import type { LinearModel } from '../model/linear';

/** How serious a finding is: `error` burns the relationship, `warning` lowers the reply rate, `info` is polish. */
export type Severity = 'info' | 'warning' | 'error';

/** The LinkedIn surface a message is written in (RULES.md, "Surfaces"). */
export type MessageContext = 'invitation' | 'message' | 'inmail' | 'reply' | 'comment' | 'post';

export const CONTEXTS: readonly MessageContext[] = ['invitation', 'message', 'inmail', 'reply', 'comment', 'post'];
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
/** info < warning < error. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** An edit on the original text: replace `text.slice(start, end)` with `replacement`. */
export interface Suggestion {
  title: string;
  start: number;
  end: number;
  replacement: string;
}

/** One problem in a message. `text.slice(start, end)` is the flagged excerpt (UTF-16 offsets, end exclusive). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  /** One line, in the second person. */
  message: string;
  /** The longer rationale. */
  why: string;
  /** Edits on the original text, best first; empty where no rewrite keeps the meaning. */
  suggestions: Suggestion[];
  /**
   * `scorer` when the finding rests on the learned scorer alone ("may read
   * as …"); absent when a rule's own detector found it. By default a scorer
   * finding does not open the review before Send on its own.
   */
  evidence?: 'scorer';
  /**
   * The other rules that flagged overlapping words. They all carry the same
   * rewrite (the most severe rule's), so no two suggestions contradict, and
   * the page shows them as one card naming each.
   */
  also?: string[];
}

/** Options of `analyze`. Every field is optional. */
export interface AnalyzeOptions {
  /** Where the message is written; default `message`. */
  context?: MessageContext;
  /** The InMail subject line has its own limit (200). Default `body`. */
  field?: 'body' | 'subject';
  /** Per-rule switches, by ruleId; a rule missing here uses its default. */
  rules?: Record<string, boolean>;
  /** Per-rule severity overrides, by ruleId. */
  severity?: Record<string, Severity>;
  /** The connection-note limit: 300 (Premium, the default) or 200 (free accounts). */
  invitationLimit?: number;
  /** The recipient's first name, used by rewrites (a greeting, a `[Name]` slot). */
  recipientName?: string;
  /** The writer's own name (LinkedIn's profile menu), so a rewrite never asks for it with a slot. */
  senderName?: string;
  /** The user's own phrases: always flagged (ruleId `custom-phrase`), or never flagged by any rule. */
  custom?: { alwaysFlag?: readonly CustomPhrase[]; neverFlag?: readonly string[] };
  /**
   * The learned scorer (src/model): the shipped one when absent, none with
   * `null` (the rules alone, as the trainer and the evaluation need).
   */
  model?: LinearModel | null;
}

/** A phrase the user wants flagged, with the message to show. */
export interface CustomPhrase {
  phrase: string;
  message: string;
}

/** What a rule's `detect` reports; the engine adds the ruleId, severity, wording and rationale. */
export interface Detection {
  start: number;
  end: number;
  /** What is wrong, in the second person, without the fix ("You ask for their whole network"). */
  problem?: string;
  suggestions?: Suggestion[];
  /** Set by the engine on what the learned scorer alone found. */
  evidence?: 'scorer';
}

export interface RuleMeta {
  id: string;
  title: string;
  /** One line: what the rule catches. */
  description: string;
  /** The rationale in plain words: the finding's `why`. */
  why: string;
  /** The default problem statement, second person. */
  problem: string;
  /** What to do instead, as an imperative phrase ("ask for one specific introduction"). */
  fix: string;
  severity: Severity;
  enabled: boolean;
  /** Contexts the rule runs in; all when absent. */
  contexts?: readonly MessageContext[];
  /** Stay quiet when any of these rules already found something (a polish note should not pile onto a real problem). */
  quietWhen?: readonly string[];
  /**
   * How a sentence that the learned scorer puts in this category may read
   * ("contemptuous"). Rules with it take the scorer's evidence beside their
   * own detectors; purely formal rules (shouting, profanity, length, slots)
   * have none and stay rule-only.
   */
  reads?: string;
}

export interface InvalidExample {
  text: string;
  /** The exact flagged excerpt. */
  excerpt: string;
  context?: MessageContext;
  /** The text after applying the first suggestion, where the rule offers one. */
  output?: string;
  recipientName?: string;
  senderName?: string;
}

export interface ValidExample {
  text: string;
  context?: MessageContext;
}

export interface RuleExamples {
  valid: ValidExample[];
  invalid: InvalidExample[];
}
