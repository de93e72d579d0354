/**
 * A cold message that never says who is writing or why. Source: "She ...
 * explained her objectives and why she was reaching out. Be clear on the ask"
 * (RULES.md).
 *
 * Runs on the cold surfaces only (connection notes, InMail, direct messages).
 * A message introduces its writer when it says who they are ("I'm …", "my
 * name", "Pete from AdSpring here", "fellow marketer"), how they know the
 * reader ("we met", "I saw your talk", "thanks for …", "saw on your blog"),
 * what they bring ("my CV", "our team", "we're a studio that …", a sign-off
 * with a company) or that the exchange is already under way ("as promised",
 * "following up on my last note"). A direct message is usually part of a conversation, so
 * there it needs a mystery as well ("want to send you something"). It stays
 * quiet when a bigger problem with the ask was already found.
 */
import { defineRule } from '../engine/rule';
import type { Detection } from '../engine/types';

/** "I'm reaching out", "I am excited to" say what the writer does, not who they are. */
const NOT_WHO = '(?!\\s+(?:reaching|writing|contacting|messaging|following|hoping|wondering|sure|sending|interested|looking\\s+forward|excited|glad|happy|keen|curious|available|free)\\b)';

const INTRODUCES = new RegExp(
  [
    `\\bI(?:'|’)m\\b${NOT_WHO}`, `\\bI\\s+am\\b${NOT_WHO}`, '\\bI\\s+(?:work|lead|run|help|manage|own|founded|co-founded|teach|study|build|design|write|recruit|represent|coordinate|organi[sz]e|host|head)\\b',
    "\\bI(?:'|’)ve\\s+(?:been|worked|spent|led|built|followed|just)\\b", '\\bI\\s+(?:recently|just|applied|saw(?!\\s+your\\s+profile)|read|noticed(?!\\s+your\\s+profile)|enjoyed|loved|came\\s+across(?!\\s+your\\s+profile)|heard|met|attended|watched|listened|spoke|graduated)\\b',
    '\\bmy\\s+name\\b', '\\bthis\\s+is\\s+\\p{Lu}', '\\b\\p{Lu}[\\p{L}-]+\\s+(?:here\\b|from\\s+\\p{Lu})',
    "\\bwe\\s+(?:met|spoke|talked|worked|connected|chatted|studied|were|sat|shared|both|had)\\b", "\\bwe(?:'|’)ve\\s+(?:met|spoken|talked|worked)\\b",
    '\\b(?:great|lovely|nice|good)\\s+(?:chatting|meeting|talking|speaking|seeing|to\\s+(?:meet|see|chat|talk|speak))\\b',
    '\\b(?:as|being)\\s+an?\\s+\\p{L}+', '\\bfellow\\b',
    '\\bmy\\s+(?:cv|resume|résumé|portfolio|profile|company|team|startup|firm|agency|role|work|research|thesis|project|background|experience|application|colleague|manager|client|course|class|studies|business)\\b',
    '\\bour\\s+(?:company|team|firm|startup|agency|school|group|meetup|community|event|conversation|call|chat|meeting|mutual|program|programme)\\b',
    '\\byour\\s+(?:talk|post|article|panel|podcast|book|webinar|course|presentation|session|keynote|paper|work\\s+on|team\\s+at)\\b',
    '\\bthanks?\\s+(?:you\\s+)?(?:so\\s+much\\s+)?for\\b', '\\bcongrat', '\\breferred\\s+(?:me|by)\\b', '\\b\\p{Lu}\\p{L}+\\s+suggested\\b', '\\bmutual\\b',
    '\\b(?:following|as)\\s+(?:up\\s+)?(?:on\\s+)?our\\b',
    // Who, as a company: "We're a boutique agency", "We help clinics …".
    "\\bwe(?:'|’)re\\s+(?:an?|the)\\b", '\\bwe\\s+are\\s+(?:an?|the)\\b', '\\bwe\\s+(?:help|build|cut|save|reduce|automate|specialise|specialize|work\\s+with|partner\\s+with)\\b',
    // Who, by trade: "I coach founders", "I advise …".
    '\\bI\\s+(?:coach|advise|consult|train|mentor|sell|support|specialise|specialize|partner)\\b',
    // Why this person, without an "I": "Saw on your blog that …", "Read your post on …".
    '\\b(?:saw|read|noticed|loved|enjoyed|watched|heard)\\s+(?:on\\s+|in\\s+)?your\\s+(?!profile\\b)',
    // An exchange already under way: a follow-up to one's own earlier note, a promise kept.
    '\\bthanks?\\s+again\\b', '\\bas\\s+promised\\b', '\\bas\\s+(?:I|we)\\s+(?:said|mentioned|discussed|wrote)\\b',
    '\\b(?:following\\s+up|circling\\s+back)\\s+on\\s+my\\s+(?:last|earlier|previous|first)\\s+(?:email|message|note|inmail)\\b',
    "\\bI(?:'|’)ve\\s+(?:now\\s+)?(?:sent|held|done|written|messaged|reached)\\b",
    '\\bwe\\s+(?:agreed|discussed|signed)\\b', '\\byour\\s+(?:contract|renewal|account\\s+with\\s+us|order|subscription|trial)\\b',
  ].join('|'),
  'iu',
);

/** A sign-off with a name and a company: "Maya, Callbright". (Case matters, so not folded into INTRODUCES.) */
const SIGNED = /(?:^|\n)\s*(?!(?:Thanks|Thank|Many|Best|Cheers|Regards|Kind|Warm|Warmly|Sincerely|Respectfully|Faithfully|Yours|Truly|Love|Hugs|Take|Talk|Speak|Later|Greetings|Ciao|Peace|All)\b)\p{Lu}\p{L}+,\s*\p{Lu}[\p{L}&.-]+\s*$/u;

/** What a direct message hides when it has no context: "something", "a thing", "an opportunity". */
const MYSTERY =
  /\b(?:send|show|run|discuss|share|tell|ask|offer|pitch|talk\s+about)\s+(?:(?:you|u)\s+)?(?:by\s+(?:you|u)\s+)?(?:something|a\s+(?:thing|quick\s+thing|proposal|question|favou?r)|an\s+(?:opportunity|offer|idea))\b|\b(?:have|got)\s+(?:something|smth|sth|stuff|an?\s+(?:quick\s+)?(?:opportunity|offer|idea|proposal|question|favou?r))\s+(?:for|to)\b|^\s*(?:saw|found|came\s+across)\s+your\s+profile\b|\b(?:regarding|about|re)\s+an?\s+(?:exciting\s+|great\s+|amazing\s+|unique\s+|interesting\s+|incredible\s+)?(?:opportunity|offer|proposal|idea)\b(?!\s+(?:at|with|in|for|to)\b)|\b(?:call|ping|text|dm)\s+me\s*[.!]*\s*$/i;

/** A greeting the introduction should follow. */
const GREETING = /^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)(?:\s+[\p{L}.'’-]+){0,3}\s*[,!.:—–\n]\s*/iu;

export default defineRule({
  meta: {
    id: 'missing-context',
    title: 'Missing context',
    description: 'A cold message that never says who the sender is or why they are writing to this person.',
    why: 'A stranger decides in a line whether to read on. Saying who you are, how you found them and why them in particular turns a cold message into a warm one; without it, the reader has to guess or ignore.',
    problem: 'This never says who you are or why you are writing',
    fix: 'open with who you are and why you are writing to this person',
    severity: 'info',
    enabled: true,
    contexts: ['invitation', 'inmail', 'message'],
    quietWhen: ['vague-ask', 'mass-connect', 'guilt-trip', 'unfilled-placeholder', 'all-contacts-request', 'endorsement-trade', 'hostile-tone', 'stereotyping', 'dismissive-reply', 'generic-greeting', 'desperation'],
  },
  examples: {
    valid: [
      { text: "Hi Omar, I'm a data engineer at Careem. Loved your talk on SQL anti-patterns — would be great to connect.", context: 'invitation' },
      { text: "Would you mind sending your availability by Thursday? If that's tight, just let me know.", context: 'message' },
      { text: 'Olá Beatriz — we spoke after your Web Summit panel on fintech regulation. Would love to stay in touch!', context: 'invitation' },
      { text: "Hi Lena, we're a two-person analytics studio and we help grocers forecast fresh stock. Open to a short call next week?", context: 'inmail' },
      { text: 'Hi Tom,\n\nFollowing up on my last note: would Thursday suit for the demo?\n\nAmira, Brightline', context: 'inmail' },
      { text: 'Hello Ivo, saw on your team page that Kestrel is hiring its first data lead. Is that role still open?', context: 'inmail' },
    ],
    invalid: [
      { text: 'Hi there, I came across your profile and was impressed. I have an exciting opportunity that might interest you.', context: 'inmail', excerpt: 'I came across your profile and was impressed.' },
      { text: 'Hi, I’m reaching out regarding an exciting opportunity. When can we talk?', context: 'message', excerpt: 'I’m reaching out regarding an exciting opportunity.' },
      {
        text: "Hi Priyanka, I'd like to run something by you. What's the best number to reach you?",
        context: 'inmail',
        excerpt: "I'd like to run something by you.",
        output: "Hi Priyanka, I'm [your name], [your role] at [company], and I'm writing because [reason]. I'd like to run something by you. What's the best number to reach you?",
      },
      {
        text: 'Hello, I have something to discuss with you. When can we talk?',
        context: 'inmail',
        excerpt: 'I have something to discuss with you.',
        senderName: 'Ana Souza',
        output: "Hello, I'm Ana Souza, [your role] at [company], and I'm writing because [reason]. I have something to discuss with you. When can we talk?",
      },
      { text: 'hey is this still ur current email? want to send u something', context: 'message', excerpt: 'hey is this still ur current email?' },
      { text: 'Following up on my earlier invite — please accept this one.', context: 'invitation', excerpt: 'Following up on my earlier invite — please accept this one.' },
      { text: 'Hello, I have something to discuss with you. Call me ASAP.', context: 'inmail', excerpt: 'I have something to discuss with you.' },
    ],
  },
  detect({ text, doc, context, field, senderName }) {
    // An InMail subject is a few words: the introduction belongs in the body, which is checked on its own.
    if (field === 'subject') return [];
    if (text.length > 600 || INTRODUCES.test(text) || SIGNED.test(text)) return [];
    if (context === 'message' && !MYSTERY.test(text)) return [];
    const greeting = GREETING.exec(text)?.[0] ?? '';
    const at = greeting.length;
    // Flag the first sentence after the greeting: that is where the introduction belongs.
    const first = doc.sentences.find((s) => s.end > at && text.slice(Math.max(at, s.start), s.end).trim());
    if (!first) return [];
    const start = Math.max(at, first.start);
    const end = first.start + first.text.trimEnd().length;
    if (end <= start) return [];
    const d: Detection = {
      start,
      end,
      suggestions: [{ title: 'Introduce yourself', start: at, end: at, replacement: `I'm ${senderName ?? '[your name]'}, [your role] at [company], and I'm writing because [reason]. ` }],
    };
    return [d];
  },
});
