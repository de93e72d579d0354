/**
 * Sweeping availability promises. Source: "If you 'say' things like 'I am
 * never too busy for your referrals', but you never respond, you seem
 * insincere" (RULES.md).
 *
 * A promise needs the writer ("I", "my door", "we"), an absolute ("always",
 * "never too busy", "24/7", "day or night", "every single", "within minutes")
 * and availability ("reply", "available", "open", "review"). A negated one
 * ("I can't always reply quickly") is honest, and "feel free to reach out" on
 * its own is a courtesy.
 */
import { defineRule } from '../engine/rule';
import { findInSentences } from '../engine/helpers';
import type { Detection } from '../engine/types';

const ABSOLUTE =
  '(?:always|24\\/7|24x7|24\\s+hours\\s+a\\s+day|day\\s+(?:or|and)\\s+night|night\\s+(?:or|and)\\s+day|(?:a)?round\\s+the\\s+clock|any\\s*time|any\\s+day\\s+of\\s+the\\s+year|365\\s+days|no\\s+matter\\s+what|whatever\\s+you\\s+need|at\\s+all\\s+hours|without\\s+fail|within\\s+(?:minutes|seconds|the\\s+hour|an\\s+hour|\\d+\\s+(?:minutes|hours)|24\\s+hours)|every\\s+single|instantly|(?:the\\s+)?same\\s+day|guaranteed|every\\s+time|without\\s+exception|no\\s+matter\\s+how\\s+busy|any\\s+(?:hour|day)|24\\s+hours\\s+a\\s+day|seven\\s+days\\s+a\\s+week|7\\s+days\\s+a\\s+week|any\\s+time\\s+of\\s+(?:day|night)|whatever\\s+the\\s+(?:issue|problem|time|hour)|nights,?\\s+weekends|weekends\\s+(?:and|or|,)\\s*holidays|(?:weekends|holidays)\\s+included)';

const PROMISES: RegExp[] = [
  /\b(?:I|we)\s+(?:personally\s+)?(?:guarantee|promise)\s+(?:you\s+)?(?:a\s+)?(?:response|reply|answer|feedback)\s+(?:to|on)\s+(?:every|all|each)\b[^.!?]*/gi,
  /\b(?:I(?:'|’)m|I\s+am|we(?:'|’)re|we\s+are)\s+always\s+(?:available|here|reachable|around|free|on\s+call)\b/gi,
  new RegExp(`\\b(?:call|reach|message|contact|ping|text|email)\\s+me\\s+(?:\\w+\\s+)?${ABSOLUTE}`, 'gi'),
  /\bI\s+never\s+(?:miss|ignore|skip|leave\s+unanswered)\s+(?:a|any|an)\s+(?:message|email|dm|call|request|inquiry)\b/gi,
  /\bnever\s+too\s+busy\b(?!\s+for\s+(?:a|an|the|my)\s+(?:good\s+|great\s+|nice\s+|quick\s+)?(?:book|coffee|cup|drink|beer|walk|run|laugh|joke|meme|pizza|nap|movie|film|song|podcast|game)\b)|\bno\s+matter\s+how\s+busy\s+I\b/gi,
  new RegExp(`\\b(?:my|our)\\s+(?:door|inbox|phone|calendar|line|dms?)\\s+(?:is|are)\\s+(?:always\\s+)?(?:open|on)\\s+(?:to\\s+(?:everyone|anyone|all)|for\\s+(?:everyone|anyone|all)|${ABSOLUTE})`, 'gi'),
  /\bI(?:(?:'|’)ll|\s+will)\s+(?:personally\s+)?(?:help|reply\s+to|respond\s+to|answer|mentor|review|read|get\s+back\s+to)\s+(?:each\s+and\s+every|every\s+(?:single\s+)?one|all|each)\s+(?:one\s+)?of\s+(?:you|them)\b/gi,
  /\bI(?:(?:'|’)m|\s+am)\s+(?:always\s+)?(?:just\s+|only\s+)?(?:one|a)\s+(?:message|call|phone\s+call|text|dm|email|click)\s+away\b|\bany\s+(?:question|request|time|day),\s+any\s+(?:hour|time|day)\b|\b(?:whatever|anything)\s+you\s+(?:ever\s+)?need,?\s+(?:whenever|any\s*time|day\s+or\s+night)\b/gi,
  /\b(?:I|we)\s+(?:reply|respond|answer|get\s+back)\s+(?:to\s+)?(?:all|every|each)\s+(?:single\s+)?(?:\w+\s+)?(?:messages?|emails?|dms?|requests?|inquiries|enquiries|questions|applications?|applicants?|candidates?)\b[^.!?]*/gi,
  /\b(?:I|we)\s+(?:personally\s+)?(?:guarantee|promise)\s+(?:every|each|all)\s+(?:single\s+)?\w+\s+(?:a\s+)?(?:personal\s+)?(?:response|reply|answer|call|interview)\b[^.!?]*/gi,
  new RegExp(`\\b(?:I|we|my\\s+team|our\\s+(?:team|staff|people))\\s+(?:am|are|is|(?:'|’)m|(?:'|’)re)\\s+(?:always\\s+)?(?:available|here|reachable|on\\s+call|around|on\\s+hand|at\\s+your\\s+service)\\b[^.!?]{0,40}?${ABSOLUTE}`, 'gi'),
  /\b(?:anyone|everyone|everybody|whoever)\s+(?:who\s+)?(?:dms?|messages?|emails?|writes?\s+to|contacts?|reaches\s+out\s+to)\s+me\s+(?:gets?|will\s+get)\s+(?:a\s+)?(?:personal\s+)?(?:reply|response|answer|call\s+back)\b[^.!?]*/gi,
  new RegExp(`\\byou(?:(?:'|’)ll|\\s+will)\\s+always\\s+have\\s+my\\s+(?:full\\s+|complete\\s+|100%\\s+)?(?:support|attention|time|backing|ear)\\b[^.!?]{0,30}?${ABSOLUTE}`, 'gi'),
  /\bI\s+(?:promise|guarantee|vow)\s+to\s+(?:personally\s+)?(?:answer|reply\s+to|respond\s+to|read|review|help)\s+(?:every|each|all)\b[^.!?]*/gi,
  /\bwhenever,?\s+wherever\b|\bno\s+(?:request|question|ask|problem)\s+(?:is\s+)?too\s+small\b|\bno\s+hour\s+(?:is\s+)?too\s+late\b/gi,
  new RegExp(`\\b(?:I|who)\\s+(?:always\\s+)?(?:pick|picks)\\s+up\\s+(?:the|my)\\s+phone\\b[^.!?]{0,30}?${ABSOLUTE}`, 'gi'),
  /\bI\s+never\s+leave\s+(?:anyone|anybody|people|a\s+(?:message|candidate|question)|you)\s+(?:hanging|waiting|on\s+read|unanswered)\b/gi,
  new RegExp(`\\byou(?:(?:'|’)ll|\\s+will)\\s+(?:always\\s+)?(?:hear\\s+back|get\\s+(?:a\\s+|an\\s+|my\\s+)?(?:reply|response|answer|call\\s+back))\\b[^.!?]{0,30}?${ABSOLUTE}`, 'gi'),
  /\bI(?:(?:'|’)ll|\s+will)\s+always\s+(?:make|find|have)\s+(?:the\s+)?time\b|\bI(?:(?:'|’)ll|\s+will)\s+always\s+(?:be\s+(?:there|available|here|around)|reply|respond|answer|get\s+back)\b/gi,
  /\b(?:I|we)(?:(?:'|’)ll|\s+will)?\s+(?:\w+\s+)?(?:review|read|answer|reply\s+to|respond\s+to|see|return)\s+every\s+single\s+\w+/gi,
  /\b(?:my|our)\s+(?:door|inbox|phone|calendar|line|dms?)\s+(?:is|are)\s+always\s+open\b/gi,
  new RegExp(`\\b(?:I|we)(?:(?:'|’)m|(?:'|’)re|\\s+am|\\s+are)?\\s+(?:\\w+\\s+)?(?:always|available|here|reachable|on\\s+call|around|on|online)\\b[^.!?]{0,40}?\\b${ABSOLUTE}`, 'gi'),
  new RegExp(`\\b(?:I|we)(?:(?:'|’)ll|\\s+will)?\\s+(?:\\w+\\s+)?(?:review|read|answer|reply\\s+to|respond\\s+to|see|return)\\s+every\\s+(?:single\\s+)?(?:\\w+\\s+){0,2}?(?:message|request|application|applicant|candidate|email|dm|inquiry|enquiry|note|call|cv|resume|person|one|comment|question|post|review)s?\\b(?:[^.!?]{0,40}?(?:${ABSOLUTE}|personally))`, 'gi'),
  // "I always reply" promises when it comes with an absolute or an invitation ("reach out anytime, I always reply");
  // alone, as a habit, it reports ("I always reply to recruiters, even to say no").
  new RegExp(`\\b(?:I|we)\\s+(?:\\w+\\s+)?(?:always|personally)\\s+(?:reply|respond|answer|get\\s+back|review|read|return|see)\\b[^.!?]{0,50}?${ABSOLUTE}`, 'gi'),
  /(?<=\b(?:any\s{0,9}time|anytime|reach\s{1,9}out|message\s{1,9}me|dm\s{1,9}me|feel\s{1,9}free)\b[^.!?]{0,30}?)\b(?:I|we)\s+(?:always|personally)\s+(?:reply|respond|answer|get\s+back)\b/gi,
  new RegExp(`\\b(?:available|here)\\s+(?:for\\s+you\\s+)?${ABSOLUTE}`, 'gi'),
];

/** Limits that make a promise realistic: "during office hours on Wednesdays", "within two working days". */
const BOUNDED = /\b(?:office\s+hours|during|between\s+\d|on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|weekdays)|every\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)|(?:working|business)\s+days?|within\s+(?:a|one|two|three)\s+(?:week|weeks|few\s+days|couple\s+of\s+days)|or\s+so\b|\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*[–-]\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)|if\s+you\s+haven(?:'|’)t\s+heard|(?:grab|book|pick)\s+a\s+(?:slot|time)|my\s+calendar|calendly)\b/i;

/** No bound survives these. */
const AROUND_THE_CLOCK = /24\/7|24x7|(?:a)?round\s+the\s+clock|day\s+(?:or|and)\s+night|night\s+(?:or|and)\s+day|at\s+all\s+hours|any\s+(?:hour|time\s+of)/i;

const PAST = /\b(?:last\s+(?:year|month|week|quarter)|yesterday|in\s+(?:19|20)\d\d|back\s+then|used\s+to)\b/i;

/** A promise someone can keep. */
const HONEST = "Feel free to reach out, and I'll get back to you when I can.";

export default defineRule({
  meta: {
    id: 'empty-promise',
    title: 'Empty promise',
    description: 'Sweeping availability promises that are rarely kept: "I’m never too busy", "reach out anytime, I always reply".',
    why: 'Absolute promises are the ones people remember when they are broken. If "always" turns into a slow reply, you look insincere; a modest promise you keep builds more trust.',
    problem: 'This promises more availability than anyone can keep',
    fix: 'make a promise you can keep',
    severity: 'info',
    reads: 'a promise that is hard to keep',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'My door is always open if you want to talk, just grab a slot on my calendar.' },
      { text: 'My inbox is always open for students, DMs open every Friday afternoon.' },
      { text: 'I always reply to recruiter messages, even just to say no thanks. Sorry this took a few days!' },
      { text: 'I’m never too busy to help a first-gen student. DM me, I reply within a week or so.' },
      { text: 'I’m never too busy for a good book recommendation.' },
      { text: 'I’m always available to students during office hours on Wednesdays, 4–6pm.' },
      { text: 'Feel free to reach out anytime.' },
      { text: "I can't always reply quickly, but I read every message eventually." },
      { text: "Thanks, Keiko — I can do one 30-minute mentoring call a month." },
      { text: 'I read every cold message I got last year, all 1,312 of them.' },
    ],
    invalid: [
      { text: 'My phone is on 24/7 for my candidates.', excerpt: 'My phone is on 24/7' },
      { text: 'Need anything? I’m always on, nights, weekends, holidays.', excerpt: 'I’m always on, nights, weekends' },
      { text: 'I promise to answer every question in the comments.', excerpt: 'I promise to answer every question in the comments' },
      { text: 'Anyone who DMs me gets a reply the same day.', excerpt: 'Anyone who DMs me gets a reply the same day' },
      { text: 'We guarantee every applicant a personal response within 48 hours.', excerpt: 'We guarantee every applicant a personal response within 48 hours' },
      { text: 'I respond to all messages, 24/7.', excerpt: 'I respond to all messages, 24/7' },
      { text: 'Any question, any hour: I’m always just one message away!', excerpt: 'Any question, any hour' },
      { text: "You'll hear back from me within 24 hours, every single time.", excerpt: "You'll hear back from me within 24 hours" },
      {
        text: 'Welcome aboard, Femi! My door is always open, day or night, whatever you need.',
        excerpt: 'My door is always open',
        output: "Welcome aboard, Femi! Feel free to reach out, and I'll get back to you when I can.",
      },
      { text: "I'm never too busy for your referrals, so send them my way.", excerpt: 'never too busy' },
      { text: 'Reach out anytime, I always reply within the hour.', excerpt: 'I always reply within the hour' },
      { text: 'I personally review every single membership request within minutes, always.', excerpt: 'I personally review every single membership request within minutes' },
      { text: "I'm available for you 24/7, any day of the year, no matter what.", excerpt: "I'm available for you 24/7" },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    const bounded = BOUNDED.test(text);
    for (const re of PROMISES) {
      for (const hit of findInSentences(doc.sentences, re)) {
        if (/\b(?:not|n(?:'|’)t|cannot)\b/i.test(hit.text)) continue;
        const s = hit.sentence;
        // A report of the past ("I read every message I got last year") promises nothing.
        if (s.tokens.some((t) => t.tags.has('PastTense') && t.start >= hit.start && t.end <= hit.end) || PAST.test(s.text)) continue;
        if (bounded && !AROUND_THE_CLOCK.test(hit.text)) continue;
        out.push({ start: hit.start, end: hit.end, suggestions: [{ title: 'Promise what you can keep', start: s.start, end: s.start + s.text.trimEnd().length, replacement: HONEST }] });
      }
    }
    return out;
  },
});
