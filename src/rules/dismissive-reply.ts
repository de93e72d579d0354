/**
 * Closing the door without courtesy. Source: "If recruiters create a 'don't
 * call us, we'll call you' attitude ..." (RULES.md).
 *
 * Caught: the brush-off phrases ("don't call us, we'll call you", "stop
 * messaging me", "not my problem", "request: denied"), and a curt "no" or
 * "no thanks" in a message with no courtesy anywhere in it. A decline that
 * thanks, apologises or wishes luck stays quiet.
 */
import { defineRule } from '../engine/rule';
import { findInSentences } from '../engine/helpers';
import { phrases } from '../engine/phrases';
import type { Detection, MessageContext } from '../engine/types';
import { COURTEOUS_DECLINE, HOSTILE_SHUTDOWN, SHUTDOWN, opensWithGoodwill } from './shared/shutdown';

/**
 * The brush-off phrases, each family one regex, searched in this order. An entry ending in "…" has
 * no word boundary at its end, as the pattern always had.
 */
const BRUSH_OFFS: RegExp[] = [
  // RULES.md: "don't call us, we'll call you"
  phrases(["don'?t call us\\b(,?\\s*(—|–|-|;)?\\s*we'll call you)?…"]),
  phrases(['not my (problem|concern|job|issue|responsibility|business)']),
  phrases(["(that's|that is|it's|it is|sounds like) (a you problem|your (problem|issue))\\b(,? not mine)?…"]),
  phrases(['(figure it out|google it|look it up)( yourself)?\\s*[.!]']),
  phrases([
    'why (would|should) (I|we) (help|hire|bother with|care about|introduce|refer|respond to|consider) (you|this)',
    'is there a reason you keep (messaging|contacting|emailing|writing|pinging|calling)',
    "because I('m| am) not interested",
    "I( have|'ve got) no time for (this|you|people like you)",
  ]),
  phrases(["I (don't|do not) have time for (this|people like you|you|your \\w+)"]),
  // "Request: denied", "invitation: declined"
  phrases(['(request|invite|invitation|application)( to [^:.!?]{1,40})?\\s*:\\s*(denied|rejected|declined)']),
  // The 2014 reply: "That's denied, too."
  phrases(["(that's|it's|this is) (denied|rejected)\\b(,?\\s*(too|as well))?…"]),
  phrases(["(we're|I'm) not interested,? (period|full stop|bye|end of story)"]),
  phrases([
    '^\\s*(just )?read my profile',
    'not interested,? (and )?never will be',
    'let me stop you (right )?there',
    "(do not|don't|please do not) (re-?apply|apply again|contact us again)",
    'talk to the hand',
    "we're done here",
    'this conversation is over',
  ]),
  phrases(['^\\s*(ask|try|bother) someone else\\s*[.!]*\\s*$', '^\\s*unsubscribe\\s*[.!]*\\s*$']),
  phrases(['^\\s*please stop(?=\\s*[.!]+\\s*$)', "I('ve| have) (already )?said no"]),
  phrases([
    '(delete|forget) my (number|email|contact( details)?)',
    "we (don'?t|do not) (respond|reply) to (unsolicited|cold|random)",
    'sorry,? not sorry',
    "otherwise,? assume (no|not|it's a no)",
    '(and )?on any future (messages|requests|emails)',
  ]),
  phrases([
    '(we|I) will not be (responding|replying) to (any )?(further|future|more) ' +
      '(enquiries|inquiries|messages|emails|correspondence|requests)',
    '(please )?do not reply to this (message|email)',
  ]),
  phrases(["if we (wanted|needed) you,? we('d| would) have (called|reached out|contacted you|been in touch)"]),
  phrases([
    "hold (everyone's|your|people's|every \\w+'s) hand",
    'apply (online |through the (portal|website) )?like every(one|body) else',
    "(wouldn't|would never|won't) (hire|consider|take|want) (someone|anyone|you|people)\\b[^.!?]*\\banyway",
  ]),
  phrases(['(zero|no) interest( whatsoever)?(?! (in )?(rate|rates))']),
  phrases([
    "(we'll|we will|I'll|I will) (call|reach out to|contact|be in touch with|let) you( know)? if (we|I) (ever )?need (you|anything)",
  ]),
  phrases(["(don'?t|do not) (follow up|reply|respond|message me|write back|email me|call me)( to (this|me|it))?\\s*[.!]*\\s*$"]),
  SHUTDOWN,
  HOSTILE_SHUTDOWN,
];

/** A curt refusal: the whole message, or the close of a sentence ("…, so no thanks."). */
const BARE_NO = phrases(
  [
    '^\\s*((lol|lmao|haha|ha|um|uh|erm|yeah|sorry|k|kk|ok|okay)[.,!]*\\s+)?' +
      '(no|nope|nah|not interested|pass|no thanks|hard pass|not now|denied)\\s*[.!,]*' +
      "(\\s*(bye|goodbye|period|full stop|we're done( here)?)\\s*[.!]*)?\\s*$",
  ],
  'i',
);
/**
 * Asking off a list: curt unless the message shows goodwill ("I appreciate you thinking of me … please
 * take me off your list"). "Please" and "thanks, but" alone do not ("Thanks but I'm good, unsubscribe me").
 */
const OPT_OUT = phrases(['(remove|take) me (off|from) your (\\w+ )?list', 'unsubscribe me']);
const GOODWILL = phrases(
  ['appreciat…', 'thank you for', 'thanks for', 'grateful', 'wish you', 'good luck', 'best of luck', 'all the best', 'sorry', 'unfortunately'],
  'i',
);
const CURT_CLOSE = phrases(["…(,|\\bso|\\banyway) (no thanks|not interested|(I'll )?pass)\\s*[.!]*\\s*$"]);
/** A refusal with nothing around it: "I don't do informational interviews." "Goodbye." */
const CURT_SENTENCE = phrases([
  "^\\s*(whatever|I'll pass|good luck with that|" +
    "(that's |it's )?not my (call|department|area|decision|remit|thing)(,\\s*(can't|cannot|won't) help)?|" +
    "I (don't|do not) do ([\\w-]+ ){0,3}?" +
    '(interviews|calls|chats|coffees?|intros|introductions|referrals|favou?rs|mentoring|feedback|reviews|meetings)|' +
    'goodbye|good day|bye)\\s*\\.\\s*$',
]);
const COURTESY = phrases(
  [
    'thank', 'thanks', 'appreciat…', 'good luck', 'best of luck', 'best wishes', 'all the best', 'sorry', 'unfortunately', 'regrettably',
    'kind regards', 'wish you', 'glad', 'happy to', 'hope', 'please',
  ],
  'i',
);

/** What to say instead, by the kind of brush-off. */
function decline(excerpt: string, context: MessageContext): string {
  if (/^\s*(?:goodbye|good\s+day|bye)\b/i.test(excerpt)) return 'Thanks, and good luck!';
  if (/^\s*I\s+(?:don(?:'|’)t|do\s+not)\s+do\b/i.test(excerpt)) return `Thanks for asking, but ${excerpt.trim().replace(/[.!]+$/, '')}. Good luck!`;
  if (/call\s+us/i.test(excerpt)) return "Thanks for your interest. We'll be in touch if a role fits your background.";
  if (/(?:not\s+my|your|you)\s+(?:problem|concern|job|issue|responsibility|business)/i.test(excerpt)) return "I'm sorry, that's not something I can help with.";
  if (BARE_NO.test(excerpt) || /(?:,|\bso|\banyway)\s+(?:no\s+thanks|not\s+interested|pass)/i.test(excerpt)) {
    return context === 'reply' ? "Thanks for asking, but I'll pass. Good luck!" : "Thanks, but I'll pass.";
  }
  return COURTEOUS_DECLINE;
}

export default defineRule({
  meta: {
    id: 'dismissive-reply',
    title: 'Dismissive reply',
    description: 'Closing the door without courtesy: "don’t call us, we’ll call you", "stop messaging me", "not my problem", a bare "no".',
    why: 'Saying no is fine; how you say it is remembered. A curt brush-off tells the sender they were not worth a sentence, and it reflects on you and your company. A one-line courteous decline costs nothing.',
    problem: 'This closes the door without courtesy',
    fix: 'decline politely in a sentence, and thank them or wish them luck',
    severity: 'warning',
    reads: 'dismissive',
    enabled: true,
    // A post addresses everyone: "Stop applying without a cover letter" is advice there.
    contexts: ['invitation', 'message', 'inmail', 'reply', 'comment'],
  },
  examples: {
    valid: [
      { text: 'I\'ve flagged your application to the hiring manager so it won\'t get lost.' },
      { text: 'I’ve said yes to the panel! Looking forward to it.', context: 'reply' },
      { text: 'Hi Luca, don’t bother printing the deck, we’ll share it on screen.' },
      { text: 'Love this. The \'don’t call us, we’ll call you\' era of recruiting needs to end.', context: 'comment' },
      { text: "Thanks for asking! I don't do referrals for people I haven't worked with, but good luck.", context: 'reply' },
      { text: "Thanks for reaching out, Jin. I'm not able to take on new mentees this quarter, but ADPList has great mentors. Best of luck!" },
      { text: "Nope, we don't know each other! I just wanted to say hi." },
      { text: 'No thanks needed, it was a pleasure to help.' },
      { text: "If now isn't the right time, no worries at all; just let me know and I'll stop following up." },
      { text: "I'm going to stop following up so I don't crowd your inbox." },
      { text: "Hi Sophie, I appreciate you thinking of me. I'm happy where I am, so please take me off your list for now." },
    ],
    invalid: [
      { text: 'Please stop. I’ve said no.', context: 'reply', excerpt: 'Please stop' },
      { text: 'We don’t respond to unsolicited applications.', context: 'reply', excerpt: 'We don’t respond to unsolicited' },
      { text: 'Delete my number.', context: 'reply', excerpt: 'Delete my number' },
      { text: 'Is there a reason you keep messaging me?', context: 'reply', excerpt: 'Is there a reason you keep messaging' },
      { text: 'Not interested, period.', context: 'reply', excerpt: 'Not interested, period.' },
      { text: 'We regret to inform you that you were not selected. Please do not reply to this message.', context: 'reply', excerpt: 'Please do not reply to this message' },
      { text: 'Why would I help you?', context: 'reply', excerpt: 'Why would I help you' },
      { text: 'If we wanted you, we’d have called.', context: 'reply', excerpt: 'If we wanted you, we’d have called' },
      { text: 'You never last in this industry, so don’t bother.', context: 'reply', excerpt: 'so don’t bother' },
      { text: 'Your candidacy has been rejected. Do not reapply.', context: 'reply', excerpt: 'Do not reapply' },
      { text: 'LOL. No.', context: 'reply', excerpt: 'LOL. No.' },
      { text: 'I’ll pass. Good luck with that.', context: 'reply', excerpt: 'I’ll pass.' },
      { text: 'I don’t have time to hold everyone’s hand. Apply online like everybody else.', context: 'reply', excerpt: 'hold everyone’s hand' },
      { text: 'Quit messaging me.', excerpt: 'Quit messaging me' },
      { text: 'Whatever. Not my call.', context: 'reply', excerpt: 'Whatever.' },
      { text: "I don't do informational interviews. Goodbye.", context: 'reply', excerpt: "I don't do informational interviews." },
      {
        text: "Don't call us, we'll call you.",
        excerpt: "Don't call us, we'll call you",
        output: "Thanks for your interest. We'll be in touch if a role fits your background.",
      },
      { text: 'Your visa situation is not my problem.', excerpt: 'not my problem', output: "I'm sorry, that's not something I can help with." },
      { text: 'Stop messaging me.', excerpt: 'Stop messaging me', output: COURTEOUS_DECLINE },
      { text: 'Remove me from your list.', excerpt: 'Remove me from your list' },
      { text: 'Thanks for nothing. Unsubscribe me.', excerpt: 'Unsubscribe me' },
      { text: 'No.', excerpt: 'No.', context: 'reply', output: "Thanks for asking, but I'll pass. Good luck!" },
      { text: 'People like you never last a year anyway, so no thanks.', excerpt: 'so no thanks.' },
    ],
  },
  detect({ text, doc, context }) {
    const out: Detection[] = [];
    const sentenceRewrite = (start: number, end: number, sStart: number, sEnd: number) =>
      out.push({ start, end, suggestions: [{ title: 'Decline courteously', start: sStart, end: sEnd, replacement: decline(text.slice(start, end), context) }] });
    for (const re of BRUSH_OFFS) {
      for (const hit of findInSentences(doc.sentences, re)) {
        const s = hit.sentence;
        sentenceRewrite(hit.start, hit.end, s.start, s.start + s.text.trimEnd().length);
      }
    }
    if (!GOODWILL.test(text.replace(/\bgood\s+luck\s+with\s+that\b|\bthanks\s+for\s+nothing\b/gi, ''))) {
      for (const hit of findInSentences(doc.sentences, OPT_OUT)) {
        const s = hit.sentence;
        sentenceRewrite(hit.start, hit.end, s.start, s.start + s.text.trimEnd().length);
      }
    }
    // "Good luck with that." is sarcasm, not courtesy.
    if (!COURTESY.test(text.replace(/\bno\s+thanks\b|\bgood\s+luck\s+with\s+that\b/gi, ''))) {
      const trimmed = text.trim();
      if (BARE_NO.test(trimmed) && (context === 'reply' || context === 'message' || context === 'inmail')) {
        const start = text.indexOf(trimmed);
        sentenceRewrite(start, start + trimmed.length, start, start + trimmed.length);
      } else {
        const refusal = /\b(?:no|not|don(?:'|’)t|do\s+not|won(?:'|’)t|never|pass)\b/i.test(text);
        for (const hit of refusal ? findInSentences(doc.sentences, CURT_SENTENCE) : []) {
          const s = hit.sentence;
          sentenceRewrite(hit.start, hit.end, s.start, s.start + s.text.trimEnd().length);
        }
        for (const hit of findInSentences(doc.sentences, CURT_CLOSE)) {
          const s = hit.sentence;
          sentenceRewrite(hit.start, hit.end, s.start, s.start + s.text.trimEnd().length);
        }
      }
    }
    return out;
  },
  overrulesScorer: opensWithGoodwill,
});
