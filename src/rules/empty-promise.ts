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
import { oneOf, phrases } from '../engine/phrases';
import type { Detection } from '../engine/types';

/** The absolutes of a sweeping promise: "always", "24/7", "day or night", "within minutes". */
const ABSOLUTE = oneOf([
  'always', '24\\/7', '24x7', '24 hours a day', 'day (or|and) night', 'night (or|and) day', '(a)?round the clock', 'any\\s*time',
  'any day of the year', '365 days', 'no matter what', 'whatever you need', 'at all hours', 'without fail',
  'within (minutes|seconds|the hour|an hour|\\d+ (minutes|hours)|24 hours)', 'every single', 'instantly', '(the )?same day', 'guaranteed',
  'every time', 'without exception', 'no matter how busy', 'any (hour|day)', 'seven days a week', '7 days a week',
  'any time of (day|night)', 'whatever the (issue|problem|time|hour)', 'nights,? weekends', 'weekends (and|or|,)\\s*holidays',
  '(weekends|holidays) included',
]);

/**
 * The families of a sweeping promise, each one regex, searched in this order. RULES.md gives "I'm never
 * too busy for your referrals" and "reach out anytime, I always reply". An entry ending in "…" has no word
 * boundary at its end, as the pattern always had (ABSOLUTE ends most of them).
 */
const PROMISES: RegExp[] = [
  phrases(['(I|we) (personally )?(guarantee|promise) (you )?(a )?(response|reply|answer|feedback) (to|on) (every|all|each)\\b[^.!?]*']),
  phrases(["(I'm|I am|we're|we are) always (available|here|reachable|around|free|on call)"]),
  phrases([`(call|reach|message|contact|ping|text|email) me (\\w+ )?${ABSOLUTE}…`]),
  phrases(['I never (miss|ignore|skip|leave unanswered) (a|any|an) (message|email|dm|call|request|inquiry)']),
  // RULES.md: "never too busy for your referrals" (not "never too busy for a good book")
  phrases([
    'never too busy(?! for (a|an|the|my) (good |great |nice |quick )?' +
      '(book|coffee|cup|drink|beer|walk|run|laugh|joke|meme|pizza|nap|movie|film|song|podcast|game)\\b)',
    'no matter how busy I',
  ]),
  phrases([
    '(my|our) (door|inbox|phone|calendar|line|dms?) (is|are) (always )?(open|on) ' +
      `(to (everyone|anyone|all)|for (everyone|anyone|all)|${ABSOLUTE})…`,
  ]),
  phrases([
    "I('ll| will) (personally )?(help|reply to|respond to|answer|mentor|review|read|get back to) " +
      '(each and every|every (single )?one|all|each) (one )?of (you|them)',
  ]),
  phrases([
    "I('m| am) (always )?(just |only )?(one|a) (message|call|phone call|text|dm|email|click) away",
    'any (question|request|time|day), any (hour|time|day)',
    '(whatever|anything) you (ever )?need,? (whenever|any\\s*time|day or night)',
  ]),
  phrases([
    '(I|we) (reply|respond|answer|get back) (to )?(all|every|each) (single )?(\\w+ )?' +
      '(messages?|emails?|dms?|requests?|inquiries|enquiries|questions|applications?|applicants?|candidates?)\\b[^.!?]*',
  ]),
  phrases([
    '(I|we) (personally )?(guarantee|promise) (every|each|all) (single )?\\w+ (a )?(personal )?' +
      '(response|reply|answer|call|interview)\\b[^.!?]*',
  ]),
  phrases([
    "(I|we|my team|our (team|staff|people)) (am|are|is|'m|'re) (always )?" +
      '(available|here|reachable|on call|around|on hand|at your service)' +
      `\\b[^.!?]{0,40}?${ABSOLUTE}…`,
  ]),
  phrases([
    '(anyone|everyone|everybody|whoever) (who )?(dms?|messages?|emails?|writes? to|contacts?|reaches out to) me ' +
      '(gets?|will get) (a )?(personal )?' +
      '(reply|response|answer|call back)\\b[^.!?]*',
  ]),
  phrases([`you('ll| will) always have my (full |complete |100% )?(support|attention|time|backing|ear)\\b[^.!?]{0,30}?${ABSOLUTE}…`]),
  phrases(['I (promise|guarantee|vow) to (personally )?(answer|reply to|respond to|read|review|help) (every|each|all)\\b[^.!?]*']),
  phrases(['whenever,? wherever', 'no (request|question|ask|problem) (is )?too small', 'no hour (is )?too late']),
  phrases([`(I|who) (always )?(pick|picks) up (the|my) phone\\b[^.!?]{0,30}?${ABSOLUTE}…`]),
  phrases(['I never leave (anyone|anybody|people|a (message|candidate|question)|you) (hanging|waiting|on read|unanswered)']),
  phrases([`you('ll| will) (always )?(hear back|get (a |an |my )?(reply|response|answer|call back))\\b[^.!?]{0,30}?${ABSOLUTE}…`]),
  phrases([
    "I('ll| will) always (make|find|have) (the )?time",
    "I('ll| will) always (be (there|available|here|around)|reply|respond|answer|get back)",
  ]),
  phrases(["(I|we)('ll| will)? (\\w+ )?(review|read|answer|reply to|respond to|see|return) every single \\w+"]),
  phrases(['(my|our) (door|inbox|phone|calendar|line|dms?) (is|are) always open']),
  phrases([`(I|we)('m|'re| am| are)? (\\w+ )?(always|available|here|reachable|on call|around|on|online)\\b[^.!?]{0,40}?\\b${ABSOLUTE}…`]),
  phrases([
    "(I|we)('ll| will)? (\\w+ )?(review|read|answer|reply to|respond to|see|return) every (single )?(\\w+ ){0,2}?" +
      '(message|request|application|applicant|candidate|email|dm|inquiry|enquiry|note|call|cv|resume|person|one|comment|question|' +
      'post|review)s?' +
      `\\b([^.!?]{0,40}?(${ABSOLUTE}|personally))…`,
  ]),
  // "I always reply" promises when it comes with an absolute or an invitation ("reach out anytime, I always reply");
  // alone, as a habit, it reports ("I always reply to recruiters, even to say no").
  phrases([`(I|we) (\\w+ )?(always|personally) (reply|respond|answer|get back|review|read|return|see)\\b[^.!?]{0,50}?${ABSOLUTE}…`]),
  phrases([
    '(?<=\\b(any\\s{0,9}time|anytime|reach\\s{1,9}out|message\\s{1,9}me|dm\\s{1,9}me|feel\\s{1,9}free)\\b[^.!?]{0,30}?)' +
      '\\b(I|we) (always|personally) (reply|respond|answer|get back)',
  ]),
  phrases([`(available|here) (for you )?${ABSOLUTE}…`]),
];

/** Limits that make a promise realistic: "during office hours on Wednesdays", "within two working days". */
const BOUNDED = phrases(
  [
    'office hours',
    'during',
    'between \\d\\b',
    'on (mondays|tuesdays|wednesdays|thursdays|fridays|weekdays)',
    'every (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)',
    '(working|business) days?',
    'within (a|one|two|three) (week|weeks|few days|couple of days)',
    'or so',
    '\\b\\d{1,2}(:\\d\\d)?\\s*(am|pm)?\\s*[–-]\\s*\\d{1,2}(:\\d\\d)?\\s*(am|pm)',
    "if you haven't heard",
    '(grab|book|pick) a (slot|time)',
    'my calendar',
    'calendly',
  ],
  'i',
);

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
