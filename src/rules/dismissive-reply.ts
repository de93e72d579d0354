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
import type { Detection, MessageContext } from '../engine/types';
import { COURTEOUS_DECLINE, HOSTILE_SHUTDOWN, SHUTDOWN, opensWithGoodwill } from './shared/shutdown';

const BRUSH_OFFS: RegExp[] = [
  /\bdon(?:'|’)?t\s+call\s+us\b(?:,?\s*(?:—|–|-|;)?\s*we(?:'|’)ll\s+call\s+you)?/gi,
  /\bnot\s+my\s+(?:problem|concern|job|issue|responsibility|business)\b/gi,
  /\b(?:that(?:'|’)s|that\s+is|it(?:'|’)s|it\s+is|sounds\s+like)\s+(?:a\s+you\s+problem|your\s+(?:problem|issue))\b(?:,?\s+not\s+mine)?/gi,
  /\b(?:figure\s+it\s+out|google\s+it|look\s+it\s+up)(?:\s+yourself)?\s*[.!]/gi,
  /\bwhy\s+(?:would|should)\s+(?:I|we)\s+(?:help|hire|bother\s+with|care\s+about|introduce|refer|respond\s+to|consider)\s+(?:you|this)\b|\bis\s+there\s+a\s+reason\s+you\s+keep\s+(?:messaging|contacting|emailing|writing|pinging|calling)\b|\bbecause\s+I(?:(?:'|’)m|\s+am)\s+not\s+interested\b|\bI(?:\s+have|(?:'|’)ve\s+got)\s+no\s+time\s+for\s+(?:this|you|people\s+like\s+you)\b/gi,
  /\bI\s+(?:don(?:'|’)t|do\s+not)\s+have\s+time\s+for\s+(?:this|people\s+like\s+you|you|your\s+\w+)\b/gi,
  /\b(?:request|invite|invitation|application)(?:\s+to\s+[^:.!?]{1,40})?\s*:\s*(?:denied|rejected|declined)\b/gi,
  /\b(?:that(?:'|’)s|it(?:'|’)s|this\s+is)\s+(?:denied|rejected)\b(?:,?\s*(?:too|as\s+well))?/gi,
  /\b(?:we(?:'|’)re|I(?:'|’)m)\s+not\s+interested,?\s+(?:period|full\s+stop|bye|end\s+of\s+story)\b/gi,
  /^\s*(?:just\s+)?read\s+my\s+profile\b|\bnot\s+interested,?\s+(?:and\s+)?never\s+will\s+be\b|\blet\s+me\s+stop\s+you\s+(?:right\s+)?there\b|\b(?:do\s+not|don(?:'|’)t|please\s+do\s+not)\s+(?:re-?apply|apply\s+again|contact\s+us\s+again)\b|\btalk\s+to\s+the\s+hand\b|\bwe(?:'|’)re\s+done\s+here\b|\bthis\s+conversation\s+is\s+over\b/gi,
  /^\s*(?:ask|try|bother)\s+someone\s+else\s*[.!]*\s*$|^\s*unsubscribe\s*[.!]*\s*$/gi,
  /^\s*please\s+stop(?=\s*[.!]+\s*$)|\bI(?:(?:'|’)ve|\s+have)\s+(?:already\s+)?said\s+no\b/gi,
  /\b(?:delete|forget)\s+my\s+(?:number|email|contact(?:\s+details)?)\b|\bwe\s+(?:don(?:'|’)?t|do\s+not)\s+(?:respond|reply)\s+to\s+(?:unsolicited|cold|random)\b|\bsorry,?\s+not\s+sorry\b|\botherwise,?\s+assume\s+(?:no|not|it(?:'|’)s\s+a\s+no)\b|\b(?:and\s+)?on\s+any\s+future\s+(?:messages|requests|emails)\b/gi,
  /\b(?:we|I)\s+will\s+not\s+be\s+(?:responding|replying)\s+to\s+(?:any\s+)?(?:further|future|more)\s+(?:enquiries|inquiries|messages|emails|correspondence|requests)\b|\b(?:please\s+)?do\s+not\s+reply\s+to\s+this\s+(?:message|email)\b/gi,
  /\bif\s+we\s+(?:wanted|needed)\s+you,?\s+we(?:(?:'|’)d|\s+would)\s+have\s+(?:called|reached\s+out|contacted\s+you|been\s+in\s+touch)\b/gi,
  /\bhold\s+(?:everyone(?:'|’)s|your|people(?:'|’)s|every\s+\w+(?:'|’)s)\s+hand\b|\bapply\s+(?:online\s+|through\s+the\s+(?:portal|website)\s+)?like\s+every(?:one|body)\s+else\b|\b(?:wouldn(?:'|’)t|would\s+never|won(?:'|’)t)\s+(?:hire|consider|take|want)\s+(?:someone|anyone|you|people)\b[^.!?]*\banyway\b/gi,
  /\b(?:remove|take)\s+me\s+(?:off|from)\s+your\s+(?:\w+\s+)?list\b|\bunsubscribe\s+me\b|\b(?:zero|no)\s+interest(?:\s+whatsoever)?\b(?!\s+(?:in\s+)?(?:rate|rates))/gi,
  /\b(?:we(?:'|’)ll|we\s+will|I(?:'|’)ll|I\s+will)\s+(?:call|reach\s+out\s+to|contact|be\s+in\s+touch\s+with|let)\s+you(?:\s+know)?\s+if\s+(?:we|I)\s+(?:ever\s+)?need\s+(?:you|anything)\b/gi,
  /\b(?:don(?:'|’)?t|do\s+not)\s+(?:follow\s+up|reply|respond|message\s+me|write\s+back|email\s+me|call\s+me)(?:\s+to\s+(?:this|me|it))?\s*[.!]*\s*$/gi,
  SHUTDOWN,
  HOSTILE_SHUTDOWN,
];

/** A curt refusal: the whole message, or the close of a sentence ("…, so no thanks."). */
const BARE_NO = /^\s*(?:(?:lol|lmao|haha|ha|um|uh|erm|yeah|sorry|k|kk|ok|okay)[.,!]*\s+)?(?:no|nope|nah|not\s+interested|pass|no\s+thanks|hard\s+pass|not\s+now|denied)\s*[.!,]*(?:\s*(?:bye|goodbye|period|full\s+stop|we(?:'|’)re\s+done(?:\s+here)?)\s*[.!]*)?\s*$/i;
const CURT_CLOSE = /(?:,|\bso|\banyway)\s+(?:no\s+thanks|not\s+interested|(?:I(?:'|’)ll\s+)?pass)\s*[.!]*\s*$/gi;
/** A refusal with nothing around it: "I don't do informational interviews." "Goodbye." */
const CURT_SENTENCE = /^\s*(?:whatever|I(?:'|’)ll\s+pass|good\s+luck\s+with\s+that|(?:that(?:'|’)s\s+|it(?:'|’)s\s+)?not\s+my\s+(?:call|department|area|decision|remit|thing)(?:,\s*(?:can(?:'|’)t|cannot|won(?:'|’)t)\s+help)?|I\s+(?:don(?:'|’)t|do\s+not)\s+do\s+(?:[\w-]+\s+){0,3}?(?:interviews|calls|chats|coffees?|intros|introductions|referrals|favou?rs|mentoring|feedback|reviews|meetings)|goodbye|good\s+day|bye)\s*\.\s*$/gi;
const COURTESY = /\b(?:thank|thanks|appreciat|good\s+luck|best\s+of\s+luck|best\s+wishes|all\s+the\s+best|sorry|unfortunately|regrettably|kind\s+regards|wish\s+you|glad|happy\s+to|hope|please)\b/i;

/** What to say instead, by the kind of brush-off. */
function decline(excerpt: string, context: MessageContext): string {
  if (/^\s*(?:goodbye|good\s+day|bye)\b/i.test(excerpt)) return 'Thanks, and good luck!';
  if (/^\s*I\s+(?:don(?:'|’)t|do\s+not)\s+do\b/i.test(excerpt)) return `Thanks for asking, but ${excerpt.trim().replace(/[.!]+$/, '')}. Good luck!`;
  if (/call\s+us/i.test(excerpt)) return "Thanks for your interest. We'll be in touch if a role fits your background.";
  if (/(?:not\s+my|your|you)\s+(?:problem|concern|job|issue|responsibility|business)/i.test(excerpt)) return "I'm sorry, that's not something I can help with.";
  if (BARE_NO.test(excerpt) || /(?:,|\bso|\banyway)\s+(?:no\s+thanks|not\s+interested|pass)/i.test(excerpt)) return context === 'reply' ? "Thanks for asking, but I'll pass. Good luck!" : "Thanks, but I'll pass.";
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
      { text: 'I’ve said yes to the panel! Looking forward to it.', context: 'reply' },
      { text: 'Hi Luca, don’t bother printing the deck, we’ll share it on screen.' },
      { text: 'Love this. The \'don’t call us, we’ll call you\' era of recruiting needs to end.', context: 'comment' },
      { text: "Thanks for asking! I don't do referrals for people I haven't worked with, but good luck.", context: 'reply' },
      { text: "Thanks for reaching out, Jin. I'm not able to take on new mentees this quarter, but ADPList has great mentors. Best of luck!" },
      { text: "Nope, we don't know each other! I just wanted to say hi." },
      { text: 'No thanks needed, it was a pleasure to help.' },
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
