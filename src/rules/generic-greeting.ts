/**
 * An impersonal opener. Source: "A well created template ... customized to
 * the person will help" (RULES.md).
 *
 * Only the opening of a one-to-one message counts: "To whom it may concern",
 * "Dear Sir/Madam", "Dear Hiring Manager", "Dear connection", "Hello friend".
 * Posts and comments address many people, so "Hi all" is fine there, and a
 * name ("Hi Rosa") is never generic.
 */
import { defineRule } from '../engine/rule';
import type { Detection } from '../engine/types';

const GENERIC =
  "sir\\s*(?:\\/|or|and)\\s*madam|madam\\s*(?:\\/|or)\\s*sir|sir\\s*\\/\\s*ma(?:'|’)?am|sirs?|madam|ma(?:'|’)?am|(?:my\\s+|dear\\s+)?friend|friends|(?:new\\s+|valued\\s+|linkedin\\s+)?connections?|" +
  '(?:linkedin\\s+|network\\s+)?(?:member|user)|(?:fellow\\s+)?professional|colleague|candidate|applicant|hiring\\s+(?:manager|team|authority|committee)|recruiter|recruiting\\s+team|' +
  'talent\\s+(?:team|acquisition(?:\\s+team)?)|recruitment\\s+team|(?:all\\s+)?concerned|dear|hr(?:\\s+team|\\s+manager)?|human\\s+resources|future\\s+(?:colleague|partner|employer)|networker|prospect|business\\s+owner|' +
  '(?:respected|esteemed|valued)\\s+\\p{L}+|beautiful\\s+people|stranger';

const OPENER = new RegExp(
  `^\\s*(?:to\\s+whom\\s+it\\s+may\\s+concern|(?:respected|esteemed|honou?red)\\s+(?:sir|madam|ma(?:'|’)?am|sir\\s*\\/\\s*madam|team|hiring\\s+manager|recruiter)|(?:dear|hello|hi|hey|greetings|good\\s+(?:morning|afternoon|evening))[\\s,]+(?:there[\\s,]+)?(?:${GENERIC})|(?:greetings|dear\\s+all))(?=\\s*(?:[,!.:;—–\\n]|$))`,
  'iu',
);

export default defineRule({
  meta: {
    id: 'generic-greeting',
    title: 'Generic greeting',
    description: 'An impersonal opener: "To whom it may concern", "Dear Sir/Madam", "Dear connection", "Hello friend".',
    why: 'A generic opener tells the reader this is a mass message before they reach the second line. Their name, which LinkedIn shows you, is the cheapest personal touch there is.',
    problem: 'This greeting is impersonal',
    fix: 'greet them by name',
    severity: 'info',
    enabled: true,
    contexts: ['invitation', 'message', 'inmail', 'reply'],
  },
  examples: {
    valid: [
      { text: 'Hi Rosa, thanks for the quick reply!' },
      { text: 'Hello friends and colleagues, we are hiring!', context: 'post' },
      { text: 'Hi there! Great to meet you at the summit.' },
      { text: 'My friend Ana suggested I reach out.' },
    ],
    invalid: [
      { text: 'Dear network member, thanks for connecting!', excerpt: 'Dear network member' },
      { text: 'Respected Sir, I am a fresher in mechanical engineering.', excerpt: 'Respected Sir' },
      { text: 'Dear connection, thank you for accepting!', excerpt: 'Dear connection', recipientName: 'Maya', output: 'Hi Maya, thank you for accepting!' },
      { text: 'To whom it may concern, I am applying for the coordinator role.', excerpt: 'To whom it may concern', output: 'Hi [Name], I am applying for the coordinator role.' },
      { text: 'Dear Sir/Madam, I am writing about the warehouse role.', excerpt: 'Dear Sir/Madam' },
      { text: 'Hello friend, accept my request!', excerpt: 'Hello friend' },
      { text: 'Dear Hiring Manager,\nPlease find my CV attached.', excerpt: 'Dear Hiring Manager' },
    ],
  },
  detect({ text, recipientName }) {
    const m = OPENER.exec(text);
    if (!m) return [];
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    const d: Detection = {
      start,
      end,
      suggestions: [{ title: recipientName ? `Greet ${recipientName} by name` : 'Greet them by name', start, end, replacement: `Hi ${recipientName ?? '[Name]'}` }],
    };
    return [d];
  },
});
