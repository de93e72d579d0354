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
import { oneOf, phrases } from '../engine/phrases';
import type { Detection } from '../engine/types';

/** What is traded: "endorsements", "a recommendation", "recs", "kudos". */
const PRAISE = oneOf([
  'endorsements?', 'recommendations?', 'references?', 'referrals?', 'reviews?', 'testimonials?', 'recs?', 'kudos',
]);

/** The families of a trade, each one regex, searched in this order. */
const TRADES: RegExp[] = [
  // A conditional offer; the condition is checked for a favour in return below.
  phrases([
    "(I'll|I will|I can|I'd|I would|happy to|glad to) (gladly |happily |definitely )?" +
      '(endorse|recommend|vouch for|refer|(write|leave|give|post|drop|send) (you )?(a|an) ' +
      '(glowing |great |strong |5[- ]star )?(linkedin )?' +
      '(recommendation|endorsement|reference|referral|review|testimonial))\\b[^.!?]{0,80}?' +
      '(\\b(if|once|as long as|provided( that)?|in (exchange|return)|when|after)\\b|[—–-]\\s*(once|if|as long as))\\s*[^.!?]{0,80}',
  ]),
  // Swaps: "trade endorsements", "recommendation swaps", "mutual recommendations" (RULES.md: "trade")
  phrases([`(trade|swap|exchange|trading|swapping|exchanging) (a few |some |skill |linkedin )?${PRAISE}`]),
  phrases([`(endorsement|recommendation|referral|review|testimonial)s? (swaps?|trades?|exchanges?|for (an? )?${PRAISE})`]),
  phrases([`mutual ${PRAISE}`]),
  phrases([
    '(endorse|recommend)s? (me|each other|one another) back',
    '(endorse|recommend) each other',
    "I'll (endorse|recommend) you back",
  ]),
  // "If you endorse me, I'll return the favour"
  phrases([
    'if you (can |could |would )?(endorse|recommend|refer|vouch for|write me|(give|leave|write|post|drop) me (a|an) ([\\w-]+ ){0,2}?' +
      "(review|recommendation|endorsement|rating|referral|testimonial))\\b[^.!?]{0,60}?\\bI('ll| will| can| promise to) (gladly )?" +
      '(return the favou?r|endorse|recommend|do the same|write|refer|make sure you get)\\b[^.!?]*',
  ]),
  phrases(['(endorse|recommend) you back']),
  // "You endorse me, I'll endorse you" (either way round)
  phrases([
    "you (endorse|recommend|refer|review|vouch for|write) (me|mine|my [\\w-]+)\\b[^.!?]{0,20}?\\bI('ll| will)? " +
      '(endorse|recommend|refer|review|vouch for|write) (you|yours|your [\\w-]+)',
    "I('ll| will)? (endorse|recommend|refer|review|vouch for|write) (you|yours|your [\\w-]+)\\b[^.!?]{0,20}?" +
      '\\byou (endorse|recommend|refer|review|vouch for|write) (me|mine|my [\\w-]+)',
  ]),
  phrases([
    "you (give|write|leave) me (a|an|one)\\b[^.!?]{0,30}?\\bI('ll| will)? (give|write|leave) you (one|a|an)",
    "I('ll| will)? (give|write|leave) you (a|an|one)\\b[^.!?]{0,30}?\\byou (give|write|leave) me (one|a|an)",
  ]),
  phrases([`(write|give|leave) me (a|an) ([\\w-]+ )?${PRAISE}\\b[^.!?]{0,40}?\\bI('ll| will) (write|give|leave|return|send)\\b[^.!?]*`]),
  phrases(["scratch (each other'?s|one another'?s|my) backs?"]),
  // Buying and selling (RULES.md: "'buy' professional written endorsements")
  phrases([`(selling|sell|buying|buy|purchase) (linkedin |skill )?${PRAISE}`, `${PRAISE} for sale`]),
  phrases([
    '(gift\\s*cards?|vouchers?|cash|money|discount|coupon|payment|a fee|free (coffee|lunch|month|trial|course)|a coffee|lunch|drinks?)' +
      '\\b[^.!?]{0,40}?\\b(in (return|exchange) for|for) (writing |giving |leaving )?(me )?(a|an|your|some)?\\s*([\\w-]+ )?' +
      PRAISE,
  ]),
  phrases(['endorse for endorse', '(e4e|r4r)']),
  // "I'll endorse your top skills — just do the same for mine."
  phrases([
    "I('ll| will| can) (gladly |happily )?(endorse|recommend)\\b[^.!?]{0,60}?" +
      '\\b((just )?do the same for (me|mine)|(you )?return the favou?r|reciprocate)',
  ]),
  phrases(["I('ll| will) (endorse|recommend)\\b[^.!?]{0,40}?\\bfor (\\d+ of |some of |a few of )?mine"]),
  phrases([
    "(I('ll| will| can)|happy to|glad to) (write|give|leave) you one\\b[^.!?]{0,40}?" +
      '\\b(as long as|if|once|provided) you (write|give|leave) me one',
  ]),
  phrases(['(endorsed|recommended|reviewed|vouched for) you\\b[^.!?]{0,40}?\\b(your turn|return the favou?r|do the same|reciprocate)']),
  phrases([
    `(would|could|will|can) you (write|give|leave) me (a|an) ([\\w-]+ )?${PRAISE}\\b[^.!?]{0,30}?` +
      '\\bif I (write|give|leave|do) (one|the same)',
  ]),
  phrases([`(leave|write|give) me (a|an) ([\\w-]+ )?${PRAISE}\\b[^.!?]{0,40}?\\b(and (get|receive)|in return|in exchange)\\b[^.!?]*`]),
  // "Endorse me for Excel and I'll return the favour."
  phrases([
    "(endorse|recommend|review|refer|vouch for) me\\b[^.!?]{0,40}?\\b(and|&) I('ll| will) (gladly |happily |definitely )?" +
      '(return the favou?r|do the same|reciprocate|endorse|recommend|review|refer|(give|leave|write) (you|your \\w+) (a|an) ([\\w-]+ )?' +
      '(review|rating|recommendation|endorsement|testimonial))\\b[^.!?]*',
  ]),
  phrases([
    `${PRAISE} (buddies|partners|circle|club|pod|ring|groups?)`,
    '(reciprocal|reciprocated|mutual) only',
    `reciprocal (${PRAISE}|endorsing|recommending)`,
  ]),
  phrases(['I write yours,? (and )?you write mine', 'you scratch my back']),
  // Paying for one: "$50 for a recommendation" (not "a $50 code review")
  phrases([
    '…(\\b(pay|paying|buy|buying|purchase|compensate you|venmo|paypal)|[$€£]\\s?\\d+)\\b[^.!?]{0,40}?' +
      '\\b(for )?(a|an|your|the|some)?\\s*' +
      `(?<!\\b(cv|resume|résumé|code|portfolio|design|performance|peer|book|salary|pay|product|app|contract|legal)\\s)${PRAISE}`,
  ]),
  phrases([`${PRAISE} for (\\$|€|£)\\s?\\d+`]),
];

/** What makes a condition a trade: a favour, money or sign-ups in return. */
const IN_RETURN = new RegExp(
  `\\b${oneOf([
    '(send|sent|bring|brought|refer|referred|pass|passed) (\\w+ ){0,2}?(clients|customers|business|leads|referrals|work)',
    'endorse', 'recommend', 'refer', 'review', 'vouch', 'return the favou?r', 'do the same', 'same for me', 'pay', 'buy', 'sign up',
    'subscribe', 'hire (us|me)', 'mine', 'back', 'friends', 'five[- ]star', '5[- ]star', 'me one', 'one (too|back|in return)',
    '(one|the same|mine) (for|to) me',
  ])}`,
  'i',
);

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
      { text: 'Trading endorsements just inflates everyone\'s profile, so I only endorse people I know.' },
      { text: 'Someone offered me money for a recommendation last week, and I declined.' },
      { text: 'Paying for reviews is against the platform\'s terms, so I\'d steer clear.' },
      { text: 'Why would you pay for a CV review? I’ll look at yours for free.' },
      { text: "If you're comfortable sharing it, I'd love a copy; I'm preparing for a pay review next month." },
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
