/**
 * The whole-message rewrite of a hostile or dismissive reply: a courteous
 * decline in the writer's own frame (their greeting and sign-off kept),
 * instead of patching one sentence and leaving the rest as cold as it was
 * (issue: "rewrites that actually fix the message").
 */
import type { Suggestion } from './types';

const GREETING = /^\s*(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^\n.!?]{0,40}|\p{Lu}[\p{L}'’-]+)[,!]?[ \t]*(?:\n|$)/iu;
const SIGN_OFF = /(?:^|\n)[ \t]*((?:best|regards|kind regards|best regards|thanks|thank you|cheers|sincerely|warmly|all the best|[—–-])[^\n]{0,40}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)[ \t]*$/iu;

const BODY = 'Thank you for reaching out. This isn’t something I can help with, but I wish you the best with it.';

/** The decline that replaces the whole message, or nothing when the message is already that. */
export function courteousDecline(text: string, recipientName?: string): Suggestion | undefined {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return undefined;
  const body = text.slice(start, end);
  const opening = GREETING.exec(body)?.[0] ?? '';
  const greeting = opening.trim() || undefined;
  const rest = body.slice(opening.length);
  const signOff = rest.includes('\n') ? SIGN_OFF.exec(rest)?.[1]?.trim() : undefined;
  const hello = greeting ?? (recipientName ? `Hi ${recipientName},` : '');
  const multiline = body.includes('\n');
  const parts = [hello, BODY, signOff].filter((p): p is string => !!p);
  const replacement = parts.join(multiline ? '\n\n' : ' ');
  if (replacement === body) return undefined;
  return { title: 'Reply with a courteous decline instead', start, end, replacement };
}
