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
import { oneOf, phrases } from '../engine/phrases';
import type { Sentence } from '../engine/parse';
import type { Detection } from '../engine/types';

const DAYS = oneOf([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri',
]);
/** Deadlines that leave no room. Weekday deadlines count only without "please". */
const HARD_URGENCY = phrases(
  [
    'asap',
    // "a.s.a.p": the explicit boundary, as before, takes a last dot only when a word follows it
    'a\\.s\\.a\\.p\\.?\\b',
    'immediately',
    'urgently',
    'at the earliest',
    'right away',
    'right now',
    'at once',
    'straight away',
    "today(?!'s)",
    'tonight',
    'now(?=\\s*[.!]*\\s*$)',
    'by tomorrow( morning)?',
    'first thing( tomorrow)?',
    '(as soon as|when|the moment) you (get|see|read) this',
    'within (the next|the|an|one|\\d+) (hour|hours|minutes?)',
    '(by|before) (eod|cob|end of (the )?(day|business)( today)?|noon|close of business|tonight|today)',
  ],
  'i',
);
const SOFT_URGENCY = phrases(
  [
    `no later than (this |next )?(${DAYS}|the \\w+)`,
    'before (the|our|my|your) (\\d{1,2}(:\\d\\d)?\\s*(am|pm) )?(call|meeting|interview|board meeting|standup)',
    `(by|before) (this |next )?(${DAYS}|the end of the week|\\d{1,2}(:\\d\\d)?\\s*(am|pm)?)`,
    "tomorrow(?!'s)",
    'this (week|morning|afternoon)',
  ],
  'i',
);

/** Room for their schedule: "when you get a chance", "no rush". */
const SOFTENER = phrases(
  [
    'when(ever)? you (get|have|find) (a|the) (chance|moment|minute|sec)',
    'if you (can|could|have time|want|wish|prefer|like)',
    "if you'd like",
    'if you would like',
    "if you're (free|interested|around)",
    'if you are (free|interested|around)',
    'if (that|it) (works|suits|helps)',
    'no (rush|pressure|hurry)',
    'at your convenience',
    'if possible',
  ],
  'i',
);
/** Room to say a deadline does not work: "is that workable?", "or should I ask for more time?" */
const ROOM = phrases(
  [
    '(does|would|will) (that|this|it) work( for you)?',
    'is (that|this|it) (workable|doable|ok|okay|possible|feasible|realistic)',
    'can you (make|manage) (it|that)',
    'if you can manage',
    'or should (I|we) (ask for|move|push|shift|find|look for|plan for|check)',
    "if (that's|that is|it's|it is) not (doable|possible|workable|feasible)",
    'sorry for the (short notice|rush)',
  ],
  'i',
);

/** A question that asks, not orders: "Would you kindly revert by Wednesday, as the papers go out Thursday?" */
const POLITE_QUESTION = /^\s*(?:could|would|can|will|might)\s+you\b[^?]*\?\s*$/i;

/** Imperatives that are courtesy, not commands. */
const COURTESY_VERBS = new RegExp(
  `^${oneOf([
    'remember', 'let', 'feel', 'thank', 'thanks', 'have', 'enjoy', 'see', 'keep', 'take', 'check', 'congrats', 'welcome', 'stay', 'sleep',
    'rest', 'hope', 'wish', 'look', 'note', 'find', 'meet', 'join', 'happy', 'good', 'be', 'reach', 'drop', 'ping',
  ])}$`,
);
/** Actions the writer wants done for them. */
const DEMAND_VERBS = oneOf([
  'send', 'reply', 'respond', 'call', 'answer', 'give', 'get back', 'email', 'forward', 'sign', 'confirm', 'pay', 'accept', 'provide',
  'submit', 'share', 'fix', 'review', 'approve', 'introduce', 'refer', 'update', 'return', 'hire', 'schedule', 'book', 'explain', 'tell',
  'write',
]);

/**
 * Demands, each family one regex, searched in this order. A trailing `\b[^.!?]*` flags the rest of the
 * sentence too; an entry ending in "…" has no word boundary at its end, as the pattern always had.
 */
const PHRASES: RegExp[] = [
  // "I need you to …" (not "I want you to know")
  phrases([
    "(I|we)('ll| will)? (really |just )?(need|want|expect|require) (you|u) to " +
      "(?!know\\b|feel\\b|understand\\b|be (happy|comfortable|aware)|have a\\b|choose what('s| is) right\\b|go in\\b)\\w+",
  ]),
  // "You must send …" (not "do you need to send", "if you have to call", "don't feel you have to reply")
  phrases([
    `(?<!\\b(do|did|does|would|will|don't|if|when|feel|time)\\s)\\b(you|u) (must|have to|need to|had better|'d better|better) ${DEMAND_VERBS}`,
  ]),
  // Ultimatums
  phrases(["you have (until|till|'til|(\\d+|one|two|three|24|48|72) (hours|days))\\b[^.!?]*"]),
  phrases([
    "or (else\\s*[.!?…]|I('ll| will|'m| am) (withdraw(ing)?|report(ing)?|escalat(e|ing)|go(ing)? (to|elsewhere)|tak(e|ing) (this|my)|" +
      'leav(e|ing)|post(ing)?|cancel(ling)?|mov(e|ing) on)\\b)…',
  ]),
  phrases([
    'I (need|want|expect) (your|an?) (answer|reply|response|decision|feedback|update) ' +
      '(by|today|tonight|asap|now|immediately|within)\\b[^.!?]*',
  ]),
  // "I need the deck by tomorrow": a thing wanted with a deadline (not "I need a few more days")
  phrases([
    "(I (want|need|expect|require|demand)|I('m| am) going to need|I('ll| will) need) " +
      '(?!(a|an|one|two|few|couple|\\d+) (more )?(day|days|week|weeks|hour|hours|minute|minutes|moment|bit)\\b)' +
      `(the|your|a|an|this|that|it|them|those)\\b[^.!?]{0,60}?(${HARD_URGENCY.source}|${SOFT_URGENCY.source})[^.!?]*`,
  ]),
  // Not the writer's promise: "you'll have my comments by the 22nd"
  // nor "you'll have it by noon tomorrow" (but "you'll have it on my desk by noon" is a demand)
  phrases([`you('ll| will) (${DEMAND_VERBS}|(have|get)(?! (my|our|one|an? (answer|decision|reply|update))\\b)(?! (it|them|this|that) (by|within|today|tonight|tomorrow|first thing)\\b(?![^.!?]*\\b(or|otherwise|no excuses)\\b)))\\b[^.!?]*\\b(by|within|today|tonight|tomorrow|asap|immediately)\\b[^.!?]*`]),
  phrases(["don'?t make me (wait|ask|chase)\\b[^.!?]*"]),
  phrases([
    "I('ll| will) be expecting (your|an?|the|my) ([\\w-]+ )?" +
      '(answer|reply|response|call|decision|feedback|update|documents?|report|offer|contract|payment|invoice|reference|copy|form|file|' +
      'version|draft|slides|deck)\\b[^.!?]*',
    'no later than (today|tonight|tomorrow|noon|eod|cob|close of business|\\d)…',
  ]),
  phrases(["you('re| are) (required|obliged|expected) to \\w+[^.!?]*"]),
  phrases(['this is your (last|final) (chance|warning|reminder)']),
  phrases([
    "I('ll| will) expect (your|an?|the) (call|reply|answer|response|email|decision|feedback)\\b[^.!?]*",
    'I (demand|insist)',
    "(I|we)('ll| will| must) (have to |need to )?insist",
    "it('s| is) (essential|imperative|vital|crucial|critical|mandatory|urgent) that you\\b[^.!?]*",
  ]),
  phrases(['I expect (a reply|an answer|a response|your (reply|answer|response)|to hear)\\b[^.!?]*']),
  phrases(["I won't ask again"]),
  phrases(["(or|otherwise) I'll (report|escalate|go to|contact your|leave a (bad )?review|post about)"]),
  // Not the writer's own promise: "I will revert by Friday once the committee has met"
  phrases([`(?<!\\b(I|we)('ll| will| shall| would) )revert( back)?\\b[^.!?]{0,40}?\\b(asap|at the earliest|immediately|urgently|today|by \\w+)\\b[^.!?]*`]),
  phrases([`(just )?${DEMAND_VERBS} (me|it|us|this|them) already\\b[^.!?]*`]),
  phrases([`(be|make) sure (to|you) ${DEMAND_VERBS}\\b[^.!?]*\\b(by|before|today|tonight|asap|within)\\b[^.!?]*`]),
  phrases(["^\\s*I('m| am) (still )?waiting(?=\\s*[.!]+\\s*$)"]),
  phrases([
    '(kindly |please )?ensure (that )?(the|my|your|all|it)\\b[^.!?]{0,60}?' +
      '\\b(by|before) (tomorrow|today|tonight|eod|noon|end of (the )?day|monday|tuesday|wednesday|thursday|friday)\\b[^.!?]*',
    'just do it\\b[^.!?]*',
    'no need to discuss',
  ]),
  // "Drop everything" (not "I'll drop everything")
  phrases([
    "(?<!\\b(I|I'll|we|we'll|will|always|would|to)\\s{1,9})\\bdrop everything\\b[^.!?]*",
    '(the )?deadline for your (reply|response|answer|decision) is\\b[^.!?]*',
    "^\\s*don't be late(?=\\s*[.!]*\\s*$)",
  ]),
  phrases(['no excuses', 'non-negotiable', 'no extensions( will be (made|given|granted))?']),
  phrases([
    '(your|an?|the) (answer|reply|response|decision|signature|confirmation|feedback) (is|are) (required|expected|needed|due) ' +
      '(by|within|before|today|tonight|no later)\\b[^.!?]*',
  ]),
  // A bare order to get in touch: "Call me." "Answer me."
  phrases([
    '^\\s*(call|phone|ring|answer|email|text|reply to|get back to) me( back)?(?=\\s*\\.\\s*$)',
    '^\\s*(just )?(answer|reply to|respond to) (the|my) (question|email|message)',
    'yes or no(?=\\s*[.!]\\s*$)',
  ]),
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
      { text: "You're right that I said Friday, and I'm sorry it slipped; you'll have it by noon tomorrow." },
      { text: 'I\'ll need the signed form by Thursday to file it on time; does that work for you?' },
      { text: 'Please don\'t feel you have to reply, I only wanted to say thank you.' },
      { text: 'You\'ll have my notes on your draft by the 14th.' },
      { text: 'I will revert by Monday once the panel has met.' },
      { text: 'Would you kindly send the slides by Tuesday, as the board pack goes out on Wednesday?' },
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
      { text: 'You’ll have it on my desk by 9am tomorrow.', excerpt: 'You’ll have it on my desk by 9am tomorrow' },
      { text: 'You will have it by 9am or we cancel the contract.', excerpt: 'You will have it by 9am or we cancel the contract' },
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
        // A deadline that leaves room: "I need the figures by Friday; is that workable for you?"
        if (ROOM.test(hit.sentence.text) || POLITE_QUESTION.test(hit.sentence.text)) continue;
        seen.add(hit.sentence);
        out.push({ start: hit.start, end: Math.max(hit.end, excerptEnd(hit.sentence)), suggestions: rewrite(text, hit.sentence, hit.start) });
      }
    }
    for (const sentence of doc.sentences) {
      if (!oneToOne || seen.has(sentence)) continue;
      // The deadline first: it is a cheap test, and the grammar is only needed where one is set.
      const hard = HARD_URGENCY.test(sentence.text);
      const soft = SOFT_URGENCY.test(sentence.text) && !/\b(?:please|pls|thanks|thank\s+you)\b/i.test(sentence.text);
      if ((!hard && !soft) || SOFTENER.test(sentence.text) || ROOM.test(sentence.text) || !isImperative(sentence)) continue;
      const verb = firstWord(sentence);
      if (!verb || COURTESY_VERBS.test(verb.normal)) continue;
      // The deadline belongs to the command: "Right now I am …" is not one.
      const deadline = (HARD_URGENCY.exec(sentence.text) ?? SOFT_URGENCY.exec(sentence.text))!;
      if (sentence.start + deadline.index < verb.end) continue;
      // "Connect with me and I'll endorse you right away", "so we can dispatch it tomorrow": the deadline is the writer's own.
      const between = text.slice(verb.end, sentence.start + deadline.index);
      if (/\b(?:I|we)(?:(?:'|’)ll|\s+will|(?:'|’)d|\s+would)\b/i.test(between) || /\b(?:I|we)\s+(?:can|could)\b[^,;]*$/i.test(between)) continue;
      // Start at "Please" when it leads the command, so the rewrite replaces it too.
      const please = sentence.tokens.find((t) => t.start < verb.start && /^(?:please|pls|plz)$/.test(t.normal));
      const start = please?.start ?? verb.start;
      out.push({ start, end: excerptEnd(sentence), suggestions: rewrite(text, sentence, start) });
    }
    return out;
  },
});
