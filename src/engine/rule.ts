import type { ParsedText, Sentence } from './parse';
import type { Detection, MessageContext, RuleExamples, RuleMeta } from './types';

/** What a rule sees: the text, its shared parse and the surface it is written in. */
export interface CheckInput {
  /** The text a rule reads: the message, or its first MAX_ANALYZED characters. */
  text: string;
  /** The whole message's length without trailing space, for the length limits. */
  length: number;
  doc: ParsedText;
  context: MessageContext;
  field: 'body' | 'subject';
  invitationLimit: number;
  recipientName?: string;
  senderName?: string;
}

/** One rule of RULES.md: its metadata, its examples (which are its tests) and its detector. */
export interface Rule {
  meta: RuleMeta;
  examples: RuleExamples;
  detect(input: CheckInput): Detection[];
  /**
   * Where the rule knows better than the learned scorer: true keeps a
   * sentence the scorer puts in this category quiet (src/engine/evidence.ts).
   */
  overrulesScorer?(sentence: Sentence, input: CheckInput): boolean;
}

/** Identity function that gives a rule file its type. */
export const defineRule = (rule: Rule): Rule => rule;
