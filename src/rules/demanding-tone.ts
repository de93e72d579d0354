/**
 * Commands, entitlement and pressure. Source: "Open the request with a demand
 * for help" (RULES.md).
 *
 * Grammar decides: an imperative sentence (compromise's #Imperative, or a bare
 * verb first) with a hard deadline ("Send me X today", "Call me ASAP");
 * "I need / want / expect you to <verb>"; "you must / have to <verb>" with an
 * action for the writer; ultimatums ("you have until Monday", "or else").
 * Questions ("Could you confirm by Friday?"), the writer's own needs ("I need
 * to reschedule") and empathy ("you must be busy") stay quiet.
 */
import { defineRule } from '../engine/rule';
import { findInSentences, isImperative, lowerFirst, firstWord } from '../engine/helpers';
import type { Sentence } from '../engine/parse';
import type { Detection } from '../engine/types';

const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri';
/** Deadlines that leave no room. Weekday deadlines count only without "please". */
const HARD_URGENCY = new RegExp(
  `\\b(?:asap|a\\.s\\.a\\.p\\.?|immediately|urgently|at\\s+the\\s+earliest|right\\s+away|right\\s+now|at\\s+once|straight\\s+away|today(?!(?:'|’)s)|tonight|now(?=\\s*[.!]*\\s*$)|by\\s+tomorrow(?:\\s+morning)?|first\\s+thing(?:\\s+tomorrow)?|(?:as\\s+soon\\s+as|when|the\\s+moment)\\s+you\\s+(?:get|see|read)\\s+this|within\\s+(?:the\\s+next|the|an|one|\\d+)\\s+(?:hour|hours|minutes?)|(?:by|before)\\s+(?:eod|cob|end\\s+of\\s+(?:the\\s+)?(?:day|business)(?:\\s+today)?|noon|close\\s+of\\s+business|tonight|today))\\b`,
  'i',
);
const SOFT_URGENCY = new RegExp(`\\b(?:no\\s+later\\s+than\\s+(?:this\\s+|next\\s+)?(?:${DAYS}|the\\s+\\w+)|before\\s+(?:the|our|my|your)\\s+(?:\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)\\s+)?(?:call|meeting|interview|board\\s+meeting|standup)|(?:by|before)\\s+(?:this\\s+|next\\s+)?(?:${DAYS}|the\\s+end\\s+of\\s+the\\s+week|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?)|tomorrow(?!(?:'|’)s)|this\\s+(?:week|morning|afternoon))\\b`, 'i');

/** Room for their schedule: "when you get a chance", "no rush". */
const SOFTENER = /\b(?:when(?:ever)?\s+you\s+(?:get|have|find)\s+(?:a|the)\s+(?:chance|moment|minute|sec)|if\s+you\s+(?:can|could|have\s+time|want|wish|prefer|like)|if\s+you(?:'|’)d\s+like|if\s+you\s+would\s+like|if\s+you(?:'|’)re\s+(?:free|interested|around)|if\s+you\s+are\s+(?:free|interested|around)|if\s+(?:that|it)\s+(?:works|suits|helps)|no\s+(?:rush|pressure|hurry)|at\s+your\s+convenience|if\s+possible)\b/i;

/** Imperatives that are courtesy, not commands. */
const COURTESY_VERBS = /^(?:remember|let|feel|thank|thanks|have|enjoy|see|keep|take|check|congrats|welcome|stay|sleep|rest|hope|wish|look|note|find|meet|join|happy|good|be|reach|drop|ping)$/;
/** Actions the writer wants done for them. */
const DEMAND_VERBS = '(?:send|reply|respond|call|answer|give|get\\s+back|email|forward|sign|confirm|pay|accept|provide|submit|share|fix|review|approve|introduce|refer|update|return|hire|schedule|book|explain|tell|write)';

const PHRASES: RegExp[] = [
  new RegExp(`\\b(?:I|we)(?:(?:'|’)ll|\\s+will)?\\s+(?:really\\s+|just\\s+)?(?:need|want|expect|require)\\s+(?:you|u)\\s+to\\s+(?!know\\b|feel\\b|understand\\b|be\\s+(?:happy|comfortable|aware)|have\\s+a\\b)\\w+`, 'gi'),
  new RegExp(`(?<!\\b(?:do|did|does|would|will|don(?:'|’)t|if|when)\\s)\\b(?:you|u)\\s+(?:must|have\\s+to|need\\s+to|had\\s+better|(?:'|’)d\\s+better|better)\\s+${DEMAND_VERBS}\\b`, 'gi'),
  /\byou\s+have\s+(?:until|till|'til|’til|(?:\d+|one|two|three|24|48|72)\s+(?:hours|days))\b[^.!?]*/gi,
  /\bor\s+(?:else\s*[.!?…]|I(?:(?:'|’)ll|\s+will|(?:'|’)m|\s+am)\s+(?:withdraw(?:ing)?|report(?:ing)?|escalat(?:e|ing)|go(?:ing)?\s+(?:to|elsewhere)|tak(?:e|ing)\s+(?:this|my)|leav(?:e|ing)|post(?:ing)?|cancel(?:ling)?|mov(?:e|ing)\s+on)\b)/gi,
  /\bI\s+(?:need|want|expect)\s+(?:your|an?)\s+(?:answer|reply|response|decision|feedback|update)\s+(?:by|today|tonight|asap|now|immediately|within)\b[^.!?]*/gi,
  new RegExp(`\\b(?:I\\s+(?:want|need|expect|require|demand)|I(?:(?:'|’)m|\\s+am)\\s+going\\s+to\\s+need|I(?:(?:'|’)ll|\\s+will)\\s+need)\\s+(?!(?:a|an|one|two|few|couple|\\d+)\\s+(?:more\\s+)?(?:day|days|week|weeks|hour|hours|minute|minutes|moment|bit)\\b)(?:the|your|a|an|this|that|it|them|those)\\b[^.!?]{0,60}?(?:${HARD_URGENCY.source}|${SOFT_URGENCY.source})[^.!?]*`, 'gi'),
  new RegExp(`\\byou(?:(?:'|’)ll|\\s+will)\\s+(?:${DEMAND_VERBS}|have|get)\\b[^.!?]*\\b(?:by|within|today|tonight|tomorrow|asap|immediately)\\b[^.!?]*`, 'gi'),
  /\bdon(?:'|’)?t\s+make\s+me\s+(?:wait|ask|chase)\b[^.!?]*/gi,
  /\bI(?:(?:'|’)ll|\s+will)\s+be\s+expecting\s+(?:your|an?|the|my)\s+(?:[\w-]+\s+)?(?:answer|reply|response|call|decision|feedback|update|documents?|report|offer|contract|payment|invoice|reference|copy|form|file|version|draft|slides|deck)\b[^.!?]*|\bno\s+later\s+than\s+(?:today|tonight|tomorrow|noon|eod|cob|close\s+of\s+business|\d)/gi,
  /\byou(?:(?:'|’)re|\s+are)\s+(?:required|obliged|expected)\s+to\s+\w+[^.!?]*/gi,
  /\bthis\s+is\s+your\s+(?:last|final)\s+(?:chance|warning|reminder)\b/gi,
  /\bI(?:(?:'|’)ll|\s+will)\s+expect\s+(?:your|an?|the)\s+(?:call|reply|answer|response|email|decision|feedback)\b[^.!?]*|\bI\s+(?:demand|insist)\b|\b(?:I|we)(?:(?:'|’)ll|\s+will|\s+must)\s+(?:have\s+to\s+|need\s+to\s+)?insist\b|\bit(?:(?:'|’)s|\s+is)\s+(?:essential|imperative|vital|crucial|critical|mandatory|urgent)\s+that\s+you\b[^.!?]*/gi,
  /\bI\s+expect\s+(?:a\s+reply|an\s+answer|a\s+response|your\s+(?:reply|answer|response)|to\s+hear)\b[^.!?]*/gi,
  /\bI\s+won(?:'|’)t\s+ask\s+again\b/gi,
  /\b(?:or|otherwise)\s+I(?:'|’)ll\s+(?:report|escalate|go\s+to|contact\s+your|leave\s+a\s+(?:bad\s+)?review|post\s+about)\b/gi,
  /\brevert(?:\s+back)?\b[^.!?]{0,40}?\b(?:asap|at\s+the\s+earliest|immediately|urgently|today|by\s+\w+)\b[^.!?]*/gi,
  new RegExp(`\\b(?:just\\s+)?${DEMAND_VERBS}\\s+(?:me|it|us|this|them)\\s+already\\b[^.!?]*`, 'gi'),
  new RegExp(`\\b(?:be|make)\\s+sure\\s+(?:to|you)\\s+${DEMAND_VERBS}\\b[^.!?]*\\b(?:by|before|today|tonight|asap|within)\\b[^.!?]*`, 'gi'),
  /^\s*I(?:(?:'|’)m|\s+am)\s+(?:still\s+)?waiting(?=\s*[.!]+\s*$)/gi,
  /\b(?:kindly\s+|please\s+)?ensure\s+(?:that\s+)?(?:the|my|your|all|it)\b[^.!?]{0,60}?\b(?:by|before)\s+(?:tomorrow|today|tonight|eod|noon|end\s+of\s+(?:the\s+)?day|monday|tuesday|wednesday|thursday|friday)\b[^.!?]*|\bjust\s+do\s+it\b[^.!?]*|\bno\s+need\s+to\s+discuss\b/gi,
  /(?<!\b(?:I|I(?:'|’)ll|we|we(?:'|’)ll|will|always|would|to)\s{1,9})\bdrop\s+everything\b[^.!?]*|\b(?:the\s+)?deadline\s+for\s+your\s+(?:reply|response|answer|decision)\s+is\b[^.!?]*|^\s*don(?:'|’)t\s+be\s+late(?=\s*[.!]*\s*$)/gi,
  /\b(?:no\s+excuses|non-negotiable|no\s+extensions(?:\s+will\s+be\s+(?:made|given|granted))?)\b/gi,
  /\b(?:your|an?|the)\s+(?:answer|reply|response|decision|signature|confirmation|feedback)\s+(?:is|are)\s+(?:required|expected|needed|due)\s+(?:by|within|before|today|tonight|no\s+later)\b[^.!?]*/gi,
  // A bare order to get in touch: "Call me." "Answer me."
  /^\s*(?:call|phone|ring|answer|email|text|reply\s+to|get\s+back\s+to)\s+me(?:\s+back)?(?=\s*\.\s*$)|^\s*(?:just\s+)?(?:answer|reply\s+to|respond\s+to)\s+(?:the|my)\s+(?:question|email|message)\b|\byes\s+or\s+no(?=\s*[.!]\s*$)/gi,
];

/** "Send me X today." → "Could you send me X when you have a moment?" */
export function politeRequest(sentence: string): string | null {
  let s = sentence.trim().replace(/[\s.!?]+$/u, '');
  s = s.replace(/^(?:please|pls|plz),?\s+/i, '');
  // "Just refer me already": the impatience goes with the order.
  s = s.replace(/^just\s+/i, '').replace(/\s+already\b/i, '');
  s = s.replace(/^drop\s+everything\s+(?:and\s+)?/i, '');
  s = s.replace(/^(?:I|we)\s+(?:really\s+|just\s+)?(?:need|want|expect|require)\s+(?:you|u)\s+to\s+/i, '');
  s = s.replace(/^(?:you|u)\s+(?:must|have\s+to|need\s+to|had\s+better|'d\s+better|’d\s+better|better|will|are\s+(?:required|expected)\s+to)\s+/i, '').replace(/^you(?:'|’)ll\s+/i, '');
  s = s.replace(/^it(?:'s|’s|\s+is)\s+(?:essential|imperative|vital|crucial|critical|mandatory|urgent)\s+that\s+(?:you|u)\s+/i, '');
  const ultimatum = /^you\s+have\s+(?:until|till|'til|’til)\s+(.+?)\s+to\s+(.+)$/i.exec(s);
  if (ultimatum) return `Could you ${lowerFirst(ultimatum[2])} by ${ultimatum[1]}?`;
  // "I need the deck by tomorrow" asks for a thing, not an action: "Could I have the deck …?"
  const thing = /^(?:I|we)(?:\s+(?:really\s+|just\s+)?(?:need|want|expect|require|demand|insist\s+on)|(?:(?:'|’)ll|\s+will)\s+be\s+expecting)\s+(?!(?:you|u)\s+to\b)(.+)$/i.exec(s);
  if (thing) {
    const rest = thing[1].replace(HARD_URGENCY, 'when you have a moment').replace(SOFT_URGENCY, 'when you have a moment');
    return `Could I have ${rest}${/when you have a moment/.test(rest) ? '' : ' when you have a moment'}?`;
  }
  // A sentence with its own subject ("You will reply", "I'm withdrawing", "don't make me wait") has no order to soften.
  if (/^(?:you|u|your|I|we|or|and|but|otherwise|no|the|it|this|that|there|don(?:'|’)t|do\s+not)\b/i.test(s)) return null;
  s = s.replace(/,?\s*(?:please|pls|plz)\b/i, '');
  const urgency = HARD_URGENCY.exec(s) ?? SOFT_URGENCY.exec(s);
  if (urgency) s = (s.slice(0, urgency.index).trimEnd() + ' when you have a moment ' + s.slice(urgency.index + urgency[0].length).trimStart()).trim();
  else {
    // Before a trailing clause: "refer me when you have a moment, it has been two weeks".
    const clause = /,\s+(?=(?:it|I|we|this|that|since|because|as|so)\b)/i.exec(s);
    s = clause ? `${s.slice(0, clause.index)} when you have a moment${s.slice(clause.index)}` : `${s} when you have a moment`;
  }
  return `Could you ${lowerFirst(s)}?`;
}

/** A "Could you …?" rewrite of the sentence from `from` to its end. */
function rewrite(text: string, sentence: Sentence, from: number, title = 'Ask instead of ordering') {
  const polite = politeRequest(text.slice(from, sentence.end));
  if (!polite) return [];
  const lead = text.slice(sentence.start, from);
  // Already a request ("Could you … I insist on …"): a second "Could you" would only stack up.
  if (/\b(?:could|would|can|will)\s+(?:you|I)\b/i.test(lead)) return [];
  // Inside a clause ("Here's what I want you to do"): a question would not fit the words before it.
  if (lead.trim() && !/(?:^|[,;:—–.!?-])\s*$/.test(lead) && !/^\s*(?:please|so|and|also|now|then|just)\s*$/i.test(lead)) return [];
  const replacement = lead.trim() && !/[.!?]\s*$/.test(lead) ? 'c' + polite.slice(1) : polite;
  return [{ title, start: from, end: sentence.end, replacement }];
}

const excerptEnd = (s: Sentence) => s.start + s.text.replace(/[\s.!?,;:]+$/u, '').length;

export default defineRule({
  meta: {
    id: 'demanding-tone',
    title: 'Demanding tone',
    description: 'Commands and pressure: "I need you to", "you must", "send it today", "reply ASAP", ultimatums.',
    why: 'The reader owes you nothing. An order with a deadline reads as entitlement and invites a "no"; the same request asked as a question, with room for their schedule, is far more likely to get a yes.',
    problem: 'This reads as an order',
    fix: 'ask it as a question and leave room for their schedule',
    severity: 'warning',
    reads: 'demanding',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Remember to bring your laptop charger tomorrow, the workshop runs all day.' },
      { text: 'Ping me at any hour, I’ll always drop everything for new joiners.' },
      { text: 'I’ll need a day or two to confirm the budget, but I’ll get back to you by Friday.' },
      { text: "Would you mind sending your availability by Thursday? If that's tight, just let me know." },
      { text: "Hi Noah, I need to reschedule tomorrow's interview. Could we move it to Thursday?" },
      { text: 'You must be busy with year-end, so no rush at all on the reference.' },
      { text: 'Could you confirm the print size by Friday? Thanks!' },
      { text: 'Let me know today if you have questions.' },
    ],
    invalid: [
      { text: 'Drop everything and send me the brief now.', excerpt: 'Drop everything and send me the brief now' },
      { text: 'Kindly ensure the documents reach me by tomorrow.', excerpt: 'Kindly ensure the documents reach me by tomorrow' },
      { text: 'Provide your feedback no later than Wednesday.', excerpt: 'Provide your feedback no later than Wednesday' },
      { text: 'I’m waiting.', excerpt: 'I’m waiting' },
      { text: 'Kindly revert at the earliest with the status of my application.', excerpt: 'revert at the earliest with the status of my application' },
      { text: 'Just refer me already, it has been two weeks.', excerpt: 'Just refer me already, it has been two weeks' },
      { text: 'It is essential that you call me back today.', excerpt: 'It is essential that you call me back today' },
      { text: 'Make sure to introduce me to your CTO before Friday.', excerpt: 'Make sure to introduce me to your CTO before Friday' },
      { text: 'Saw your profile. Call me.', excerpt: 'Call me' },
      {
        text: 'Dear Ms. Rhea, I am a nurse. Send me your list of travel contracts by tomorrow.',
        excerpt: 'Send me your list of travel contracts by tomorrow',
        output: 'Dear Ms. Rhea, I am a nurse. Could you send me your list of travel contracts when you have a moment?',
      },
      {
        text: 'Hi Tom, I need you to send me the job description today so I can prepare.',
        excerpt: 'I need you to send me the job description today so I can prepare',
        output: 'Hi Tom, could you send me the job description when you have a moment so I can prepare?',
      },
      { text: 'Call me ASAP.', excerpt: 'Call me ASAP', output: 'Could you call me when you have a moment?' },
      {
        text: 'You have until Monday to send the reference letter.',
        excerpt: 'You have until Monday to send the reference letter',
        output: 'Could you send the reference letter by Monday?',
      },
      { text: 'Reply ASAP.', excerpt: 'Reply ASAP', output: 'Could you reply when you have a moment?' },
      { text: 'I need the signed offer by tomorrow.', excerpt: 'I need the signed offer by tomorrow', output: 'Could I have the signed offer when you have a moment?' },
    ],
  },
  detect({ text, doc, context }) {
    const out: Detection[] = [];
    // "Apply today!" is a call to action in a post, not an order to one person.
    const oneToOne = context !== 'post' && context !== 'comment';
    const seen = new Set<Sentence>();
    for (const re of PHRASES) {
      for (const hit of findInSentences(doc.sentences, re)) {
        if (seen.has(hit.sentence)) continue;
        // "Here's what I want you to do this week" in a post coaches its readers; it orders no one.
        if (!oneToOne && /^I\s+(?:want|need)\s+you\s+(?:all\s+)?to\b/i.test(hit.text)) continue;
        seen.add(hit.sentence);
        out.push({ start: hit.start, end: Math.max(hit.end, excerptEnd(hit.sentence)), suggestions: rewrite(text, hit.sentence, hit.start) });
      }
    }
    for (const sentence of doc.sentences) {
      if (!oneToOne || seen.has(sentence)) continue;
      // The deadline first: it is a cheap test, and the grammar is only needed where one is set.
      const hard = HARD_URGENCY.test(sentence.text);
      const soft = SOFT_URGENCY.test(sentence.text) && !/\b(?:please|pls|thanks|thank\s+you)\b/i.test(sentence.text);
      if ((!hard && !soft) || SOFTENER.test(sentence.text) || !isImperative(sentence)) continue;
      const verb = firstWord(sentence);
      if (!verb || COURTESY_VERBS.test(verb.normal)) continue;
      // The deadline belongs to the command: "Right now I am …" is not one.
      const deadline = (HARD_URGENCY.exec(sentence.text) ?? SOFT_URGENCY.exec(sentence.text))!;
      if (sentence.start + deadline.index < verb.end) continue;
      // "Connect with me and I'll endorse you right away": the deadline is the writer's own.
      if (/\b(?:I|we)(?:(?:'|’)ll|\s+will|(?:'|’)d|\s+would)\b/i.test(text.slice(verb.end, sentence.start + deadline.index))) continue;
      // Start at "Please" when it leads the command, so the rewrite replaces it too.
      const please = sentence.tokens.find((t) => t.start < verb.start && /^(?:please|pls|plz)$/.test(t.normal));
      const start = please?.start ?? verb.start;
      out.push({ start, end: excerptEnd(sentence), suggestions: rewrite(text, sentence, start) });
    }
    return out;
  },
});
