import type { MessageContext } from './types';

/** Character limits per surface (RULES.md, "Limits for too-long"). */
export const LIMITS: Record<MessageContext, number> = {
  invitation: 300,
  inmail: 1900,
  message: 8000,
  reply: 8000,
  comment: 1250,
  post: 3000,
};

/** The InMail subject line's own limit. */
export const INMAIL_SUBJECT_LIMIT = 200;
