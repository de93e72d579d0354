/**
 * Longer than the surface allows (RULES.md, "Limits for too-long"): a
 * connection note 300 characters (200 on free accounts), InMail 1,900 (200 for
 * the subject), a message 8,000, a comment 1,250, a post 3,000.
 *
 * The finding covers the part past the limit, so the writer sees what LinkedIn
 * would cut or refuse. No rewrite: only the writer knows what to drop.
 */
import { defineRule } from '../engine/rule';
import { INMAIL_SUBJECT_LIMIT, LIMITS } from '../engine/limits';
import type { CheckInput } from '../engine/rule';

const LONG_NOTE = 'Hi Camille, ' + 'I really enjoyed your talk on lifecycle impact. '.repeat(7).trim();
const LONG_COMMENT = 'Great thread. ' + 'Here is one more thing we learned the hard way when we moved our team to async reviews. '.repeat(15).trim();

const SURFACE: Record<CheckInput['context'], string> = {
  invitation: 'connection note',
  inmail: 'InMail',
  message: 'message',
  reply: 'message',
  comment: 'comment',
  post: 'post',
};

/** The limit that applies to this text. */
export function limitFor({ context, field, invitationLimit }: Pick<CheckInput, 'context' | 'field' | 'invitationLimit'>): number {
  if (context === 'invitation') return invitationLimit;
  if (context === 'inmail' && field === 'subject') return INMAIL_SUBJECT_LIMIT;
  return LIMITS[context];
}

export default defineRule({
  meta: {
    id: 'too-long',
    title: 'Too long',
    description: 'Longer than the surface allows: 300 characters for a connection note (200 on free accounts), 1,900 for InMail, 1,250 for a comment.',
    why: 'LinkedIn cuts or refuses text past its limits, and a long note asks a stranger for more time than they owe you. Their time is valuable, so treat it as such.',
    problem: 'This is longer than LinkedIn allows here',
    fix: 'cut it to the limit',
    severity: 'warning',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Hi Camille, I follow your circular-design work at Decathlon and would love to connect.', context: 'invitation' },
      { text: 'A'.repeat(1200) + ' is a long comment, but it fits.', context: 'comment' },
    ],
    invalid: [
      { text: LONG_NOTE, context: 'invitation', excerpt: LONG_NOTE.slice(300) },
      { text: LONG_COMMENT, context: 'comment', excerpt: LONG_COMMENT.slice(1250) },
    ],
  },
  detect({ length, context, field, invitationLimit }) {
    const limit = limitFor({ context, field, invitationLimit });
    if (length <= limit) return [];
    const over = length - limit;
    return [{ start: limit, end: length, problem: `Your ${SURFACE[context]} is ${length.toLocaleString('en')} characters, ${over.toLocaleString('en')} over LinkedIn's ${limit.toLocaleString('en')}` }];
  },
});
