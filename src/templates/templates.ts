/**
 * Courteous starting points for the asks the story is about. Slots in braces
 * are filled from the conversation where the page shows them; the rest stay
 * in braces, and unfilled-placeholder flags them until the writer fills them.
 * A test checks that every template, filled, gets no finding at all.
 */
import type { MessageContext } from '../engine/types';

export interface Template {
  id: string;
  /** Key of its title in _locales/en/messages.json. */
  titleKey: string;
  context: MessageContext;
  text: string;
}

export interface Slots {
  'first name'?: string;
  company?: string;
  topic?: string;
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'one-introduction',
    titleKey: 'templateOneIntroduction',
    context: 'message',
    text: "Hi {first name}, I'm looking into roles on the data team at {company}. Would you be comfortable introducing me to one person there who works on {topic}? A short note from you would mean a lot, and no worries at all if it's not a good fit.",
  },
  {
    id: 'informational-chat',
    titleKey: 'templateInformationalChat',
    context: 'inmail',
    text: "Hi {first name}, I'm exploring a move into {topic} and your path at {company} stood out to me. Would you have 15 minutes in the next couple of weeks for two or three questions about how you made the switch? Happy to work around your schedule.",
  },
  {
    id: 'connection-note',
    titleKey: 'templateConnectionNote',
    context: 'invitation',
    text: "Hi {first name}, I enjoyed your post on {topic}. I work on the same problem at a smaller team and would like to follow your work at {company}. Would you be open to connecting?",
  },
  {
    id: 'polite-follow-up',
    titleKey: 'templatePoliteFollowUp',
    context: 'message',
    text: "Hi {first name}, just following up on my note about {topic} in case it got buried. If now isn't a good time, no problem at all, and thanks either way.",
  },
  {
    id: 'courteous-decline',
    titleKey: 'templateCourteousDecline',
    context: 'reply',
    text: "Hi {first name}, thanks for reaching out and for your interest in {company}. I keep my LinkedIn connections to people I've worked with, so I'll pass for now, but I wish you the best with your search.",
  },
  {
    id: 'where-i-post-openings',
    titleKey: 'templateWhereIPostOpenings',
    context: 'reply',
    text: "Thanks for your note, {first name}. I share every opening on our team at {company} on our careers page and in my posts here, so following along is the best way to hear about roles in {topic}. Good luck with your search!",
  },
];

/** Fills the slots the page gave values for; the others stay in braces for the writer. */
export function fill(template: Template, slots: Slots): string {
  return template.text.replace(/\{(first name|company|topic)\}/g, (slot, name: keyof Slots) => slots[name]?.trim() || slot);
}
