/**
 * Trading or buying endorsements, recommendations or referrals. Source:
 * "Accept an exchange, or offer to trade or 'buy' professional written
 * endorsements" (RULES.md).
 *
 * Caught: a conditional offer whose condition is a favour in return ("I'll
 * endorse you if you endorse me", "… once you've referred three friends");
 * swaps ("trade endorsements", "recommendation swaps", "I write yours, you
 * write mine"); money for a recommendation. A one-sided endorsement ("happy
 * to endorse your Python skill") and an ordinary condition ("I'll write you a
 * reference if you send me a draft") stay quiet.
 */
import { defineRule } from '../engine/rule';
import { findInSentences, negated, rewriteSentence } from '../engine/helpers';
import type { Detection } from '../engine/types';

const PRAISE = '(?:endorsements?|recommendations?|references?|referrals?|reviews?|testimonials?|recs?|kudos)';
const TRADES: RegExp[] = [
  // A conditional offer; the condition is checked for a favour in return below.
  /\b(?:I(?:'|’)ll|I\s+will|I\s+can|I(?:'|’)d|I\s+would|happy\s+to|glad\s+to)\s+(?:gladly\s+|happily\s+|definitely\s+)?(?:endorse|recommend|vouch\s+for|refer|(?:write|leave|give|post|drop|send)\s+(?:you\s+)?(?:a|an)\s+(?:glowing\s+|great\s+|strong\s+|5[- ]star\s+)?(?:linkedin\s+)?(?:recommendation|endorsement|reference|referral|review|testimonial))\b[^.!?]{0,80}?(?:\b(?:if|once|as\s+long\s+as|provided(?:\s+that)?|in\s+(?:exchange|return)|when|after)\b|[—–-]\s*(?:once|if|as\s+long\s+as))\s*[^.!?]{0,80}/gi,
  new RegExp(`\\b(?:trade|swap|exchange|trading|swapping|exchanging)\\s+(?:a\\s+few\\s+|some\\s+|skill\\s+|linkedin\\s+)?${PRAISE}\\b`, 'gi'),
  new RegExp(`\\b(?:endorsement|recommendation|referral|review|testimonial)s?\\s+(?:swaps?|trades?|exchanges?|for\\s+(?:an?\\s+)?${PRAISE})\\b`, 'gi'),
  new RegExp(`\\bmutual\\s+${PRAISE}\\b`, 'gi'),
  /\b(?:endorse|recommend)s?\s+(?:me|each\s+other|one\s+another)\s+back\b|\b(?:endorse|recommend)\s+each\s+other\b|\bI(?:'|’)ll\s+(?:endorse|recommend)\s+you\s+back\b/gi,
  /\bif\s+you\s+(?:can\s+|could\s+|would\s+)?(?:endorse|recommend|refer|vouch\s+for|write\s+me|(?:give|leave|write|post|drop)\s+me\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:review|recommendation|endorsement|rating|referral|testimonial))\b[^.!?]{0,60}?\bI(?:(?:'|’)ll|\s+will|\s+can|\s+promise\s+to)\s+(?:gladly\s+)?(?:return\s+the\s+favou?r|endorse|recommend|do\s+the\s+same|write|refer|make\s+sure\s+you\s+get)\b[^.!?]*/gi,
  /\b(?:endorse|recommend)\s+you\s+back\b/gi,
  /\byou\s+(?:endorse|recommend|refer|review|vouch\s+for|write)\s+(?:me|mine|my\s+[\w-]+)\b[^.!?]{0,20}?\bI(?:(?:'|’)ll|\s+will)?\s+(?:endorse|recommend|refer|review|vouch\s+for|write)\s+(?:you|yours|your\s+[\w-]+)\b|\bI(?:(?:'|’)ll|\s+will)?\s+(?:endorse|recommend|refer|review|vouch\s+for|write)\s+(?:you|yours|your\s+[\w-]+)\b[^.!?]{0,20}?\byou\s+(?:endorse|recommend|refer|review|vouch\s+for|write)\s+(?:me|mine|my\s+[\w-]+)\b/gi,
  /\byou\s+(?:give|write|leave)\s+me\s+(?:a|an|one)\b[^.!?]{0,30}?\bI(?:(?:'|’)ll|\s+will)?\s+(?:give|write|leave)\s+you\s+(?:one|a|an)\b|\bI(?:(?:'|’)ll|\s+will)?\s+(?:give|write|leave)\s+you\s+(?:a|an|one)\b[^.!?]{0,30}?\byou\s+(?:give|write|leave)\s+me\s+(?:one|a|an)\b/gi,
  new RegExp(`\\b(?:write|give|leave)\\s+me\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?${PRAISE}\\b[^.!?]{0,40}?\\bI(?:(?:'|’)ll|\\s+will)\\s+(?:write|give|leave|return|send)\\b[^.!?]*`, 'gi'),
  /\bscratch\s+(?:each\s+other(?:'|’)?s|one\s+another(?:'|’)?s|my)\s+backs?\b/gi,
  new RegExp(`\\b(?:selling|sell|buying|buy|purchase)\\s+(?:linkedin\\s+|skill\\s+)?${PRAISE}\\b|\\b${PRAISE}\\s+for\\s+sale\\b`, 'gi'),
  new RegExp(`\\b(?:gift\\s*cards?|vouchers?|cash|money|discount|coupon|payment|a\\s+fee|free\\s+(?:coffee|lunch|month|trial|course)|a\\s+coffee|lunch|drinks?)\\b[^.!?]{0,40}?\\b(?:in\\s+(?:return|exchange)\\s+for|for)\\s+(?:writing\\s+|giving\\s+|leaving\\s+)?(?:me\\s+)?(?:a|an|your|some)?\\s*(?:[\\w-]+\\s+)?${PRAISE}\\b`, 'gi'),
  /\bendorse\s+for\s+endorse\b|\b(?:e4e|r4r)\b/gi,
  // "I'll endorse your top skills — just do the same for mine."
  /\bI(?:(?:'|’)ll|\s+will|\s+can)\s+(?:gladly\s+|happily\s+)?(?:endorse|recommend)\b[^.!?]{0,60}?\b(?:(?:just\s+)?do\s+the\s+same\s+for\s+(?:me|mine)|(?:you\s+)?return\s+the\s+favou?r|reciprocate)\b/gi,
  /\bI(?:(?:'|’)ll|\s+will)\s+(?:endorse|recommend)\b[^.!?]{0,40}?\bfor\s+(?:\d+\s+of\s+|some\s+of\s+|a\s+few\s+of\s+)?mine\b/gi,
  /\b(?:I(?:(?:'|’)ll|\s+will|\s+can)|happy\s+to|glad\s+to)\s+(?:write|give|leave)\s+you\s+one\b[^.!?]{0,40}?\b(?:as\s+long\s+as|if|once|provided)\s+you\s+(?:write|give|leave)\s+me\s+one\b/gi,
  /\b(?:endorsed|recommended|reviewed|vouched\s+for)\s+you\b[^.!?]{0,40}?\b(?:your\s+turn|return\s+the\s+favou?r|do\s+the\s+same|reciprocate)\b/gi,
  new RegExp(`\\b(?:would|could|will|can)\\s+you\\s+(?:write|give|leave)\\s+me\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?${PRAISE}\\b[^.!?]{0,30}?\\bif\\s+I\\s+(?:write|give|leave|do)\\s+(?:one|the\\s+same)\\b`, 'gi'),
  new RegExp(`\\b(?:leave|write|give)\\s+me\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?${PRAISE}\\b[^.!?]{0,40}?\\b(?:and\\s+(?:get|receive)|in\\s+return|in\\s+exchange)\\b[^.!?]*`, 'gi'),
  // "Endorse me for Excel and I'll return the favour."
  /\b(?:endorse|recommend|review|refer|vouch\s+for)\s+me\b[^.!?]{0,40}?\b(?:and|&)\s+I(?:(?:'|’)ll|\s+will)\s+(?:gladly\s+|happily\s+|definitely\s+)?(?:return\s+the\s+favou?r|do\s+the\s+same|reciprocate|endorse|recommend|review|refer|(?:give|leave|write)\s+(?:you|your\s+\w+)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:review|rating|recommendation|endorsement|testimonial))\b[^.!?]*/gi,
  new RegExp(`\\b${PRAISE}\\s+(?:buddies|partners|circle|club|pod|ring|groups?)\\b|\\b(?:reciprocal|reciprocated|mutual)\\s+only\\b|\\breciprocal\\s+(?:${PRAISE}|endorsing|recommending)\\b`, 'gi'),
  /\bI\s+write\s+yours,?\s+(?:and\s+)?you\s+write\s+mine\b|\byou\s+scratch\s+my\s+back\b/gi,
  new RegExp(`(?:\\b(?:pay|paying|buy|buying|purchase|compensate\\s+you|venmo|paypal)|[$€£]\\s?\\d+)\\b[^.!?]{0,40}?\\b(?:for\\s+)?(?:a|an|your|the|some)?\\s*(?<!\\b(?:cv|resume|résumé|code|portfolio|design|performance|peer|book|salary|product|app|contract|legal)\\s)${PRAISE}\\b`, 'gi'),
  new RegExp(`\\b${PRAISE}\\s+for\\s+(?:\\$|€|£)\\s?\\d+`, 'gi'),
];

/** What makes a condition a trade: a favour, money or sign-ups in return. */
const IN_RETURN = /\b(?:(?:send|sent|bring|brought|refer|referred|pass|passed)\s+(?:\w+\s+){0,2}?(?:clients|customers|business|leads|referrals|work)|endorse|recommend|refer|review|vouch|return\s+the\s+favou?r|do\s+the\s+same|same\s+for\s+me|pay|buy|sign\s+up|subscribe|hire\s+(?:us|me)|mine|back|friends|five[- ]star|5[- ]star|me\s+one|one\s+(?:too|back|in\s+return)|(?:one|the\s+same|mine)\s+(?:for|to)\s+me)/i;

/** The rewrites of a trade, in the writer's voice: a recommendation asked for on its merits, an endorsement given freely. */
const ASK_FOR_RECOMMENDATION = "If you know my work well enough, I'd be grateful for a recommendation.";
const ENDORSE_FREELY = "I'm happy to endorse the skills I've seen you use, with nothing expected in return.";

export default defineRule({
  meta: {
    id: 'endorsement-trade',
    title: 'Endorsement trade',
    description: 'Offering to trade or pay for endorsements, recommendations or referrals.',
    why: 'An endorsement or recommendation is worth something only because it is freely given. A swap or a payment empties it of meaning, breaks LinkedIn’s terms, and tells the reader you would vouch for anyone.',
    problem: 'This offers a trade for an endorsement',
    fix: 'endorse only work you know, and ask for a recommendation on its own merits',
    severity: 'error',
    reads: 'an offer to trade endorsements',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Why would you pay for a CV review? I’ll look at yours for free.' },
      { text: 'Congrats, Inês! Happy to endorse your Python skill — you earned it.' },
      { text: "I'll write you a reference if you send me a short draft of the projects you want covered." },
      { text: "I don't trade endorsements, but I'm glad to vouch for your work on the migration." },
    ],
    invalid: [
      { text: 'Leave me a LinkedIn recommendation and get a free SEO audit in return.', excerpt: 'Leave me a LinkedIn recommendation and get a free SEO audit in return' },
      { text: 'Would you write me a recommendation if I write one for you?', excerpt: 'Would you write me a recommendation if I write one' },
      { text: 'I endorsed you yesterday, your turn!', excerpt: 'endorsed you yesterday, your turn' },
      { text: 'Of course I’ll recommend you, after you’ve sent three clients our way.', excerpt: 'I’ll recommend you, after you’ve sent three clients our way' },
      { text: 'Happy to write you one, as long as you write me one first.', excerpt: 'Happy to write you one, as long as you write me one' },
      { text: "Endorse me for Excel and I'll return the favour on any skill you pick.", excerpt: "Endorse me for Excel and I'll return the favour on any skill you pick" },
      { text: "Hi Tariq, I'll endorse you if you endorse me — let's help each other's profiles.", excerpt: "I'll endorse you if you endorse me — let's help each other's profiles" },
      { text: 'Sure, I’ll give you a recommendation — once you’ve referred three friends to our agency.', excerpt: 'I’ll give you a recommendation — once you’ve referred three friends to our agency' },
      { text: 'Hey Bea, wanna trade endorsements?', excerpt: 'trade endorsements', output: "Hey Bea, I'm happy to endorse the skills I've seen you use, with nothing expected in return." },
      { text: 'Offering LinkedIn recommendation swaps: I write yours, you write mine.', excerpt: 'recommendation swaps' },
      { text: 'I can pay for a recommendation — name your price.', excerpt: 'pay for a recommendation' },
    ],
  },
  detect({ doc }) {
    const out: Detection[] = [];
    for (const re of TRADES) {
      for (const hit of findInSentences(doc.sentences, re)) {
        if (re === TRADES[0]) {
          const condition = hit.text.split(/\b(?:if|once|as\s+long\s+as|provided|in\s+(?:exchange|return)|when|after)\b/i).slice(1).join(' ');
          if (!IN_RETURN.test(condition)) continue;
        }
        const before = hit.sentence.tokens.filter((t) => t.end <= hit.start).slice(-4);
        if (negated(before)) continue;
        const offer = /recommend/i.test(hit.text) ? ASK_FOR_RECOMMENDATION : ENDORSE_FREELY;
        out.push({ start: hit.start, end: hit.end, suggestions: [rewriteSentence(hit.sentence, offer, 'Ask on the merits instead')] });
      }
    }
    return out;
  },
});
