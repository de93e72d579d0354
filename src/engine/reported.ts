/**
 * Words the writer reports rather than says (RULES.md, "What must stay
 * quiet"; issue: "talking about a problem is not committing it").
 *
 * - Quoted words and code (quotes.ts).
 * - Reported speech: what someone else offered, told, asked or wrote
 *   ("Someone offered me money for a recommendation, and I declined").
 * - The writer's own past habit or story ("I used to accept every request").
 * - A practice named in order to judge it ("Trading endorsements inflates
 *   everyone's profile").
 *
 * A reported span runs from the end of its frame to the end of the clause: the
 * next `.!?;:`, a dash, or a comma before "and", "but", "so", "which" … The
 * engine drops a rule's finding that rests on reported words: the rules are
 * run again with those words blanked (`blank`), and a finding that does not
 * come back there was about them. The learned scorer does not read them.
 */
import { oneOf, phrases } from './phrases';
import { quotedRanges, type Range } from './quotes';

/** Who reports: "someone", "a recruiter", "my old boss", "one founder". */
const WHO = oneOf([
  'someone', 'somebody', 'a stranger', 'a group', 'people', 'they', 'he', 'she', 'one of them',
  'an? (\\w+ )?(candidate|recruiter|founder|reader|coach|manager|colleague|client|contact|mentee|student|friend|peer|vendor|rep|salesperson|connection|boss|director|VP|CEO|guy|woman|man|seller|agency|person|user|follower|member)',
  'one (\\w+ )?(candidate|recruiter|founder|reader|coach|manager|colleague|client|contact|mentee|student|friend|peer|vendor|rep|person|guy|seller)',
  '(my|our) (old |former |first |previous )?(boss|manager|mentor|coach|colleague|professor|teacher|dad|mum|mom|father|mother|founder|CEO|recruiter|friend)',
]);
/** What they did with the words. */
const REPORTING = oneOf([
  'offered', 'told', 'asked', 'said', 'wrote', 'messaged', 'sent', 'suggested', 'proposed', 'advised', 'emailed', 'replied',
  'texted', 'DMed', 'commented', 'insisted', 'claimed', 'urged', 'offers', 'offering',
]);

/**
 * The frames, each ending where the reported words begin. Sources: the false
 * alarms of the training sets (tests/fixtures/sentences, independent), where
 * posts and comments tell of a bad message or habit in order to warn against it.
 */
const FRAMES = phrases([
  // "Someone once offered me money for …", "a recruiter told me to …", "my old boss used to say"
  `${WHO} (once |just |recently |actually |even |literally |then |also )?${REPORTING}( (me|us|him|her|them|everyone|candidates|a \\w+|an \\w+))?( (that|to|with))?`,
  `${WHO} (once |always )?used to (say|tell|write|ask)( (me|us|them|candidates))?( (that|to))?`,
  // "I was once told that …", "I've been offered money to …", "I get asked to …"
  // Not "I was told …": the writer often acts on it ("I was told to connect with as many leaders as I can").
  // (Not "I've asked you three times": that is the writer's own asking.)
  "I( was| get| got| am|'m)( once| often| regularly| constantly| sometimes| repeatedly| twice)? (asked|offered)( to)?",
  "I('ve| have)( once| often| regularly| constantly| sometimes| repeatedly| twice)? been (asked|offered)( to)?",
  // The writer's own words, told again: "I told them I'd take anything" (not "I told you …", a reminder)
  'I (once )?(told|wrote to|asked) (them|him|her|the \\w+|a \\w+|my \\w+|recruiters|everyone)( that)?',
  // "offers to swap endorsements", "messages that only say …", "a note saying …"
  '(offers?|an offer|requests?|messages?|notes?|emails?|DMs|invitations?|invites?|posts?|comments?|replies|advice|pitches?) (that (only |just )?(say|said|says|ask|asked)|said|says|read|saying|telling (me|people|you)|asking( (me|people|you))? (to|for)|offering( me)? to)',
  'offers? to(?= (swap|trade|buy|sell|pay|exchange|endorse|recommend)\\b)',
  '(the )?old advice to',
  '(wary|tired|sick|sceptical|skeptical) of( anyone)?',
  // Words named to be discussed: "the phrase entitled millennials", "the comment above about lazy young people"
  '(the|that|this) (phrase|term|words|label|expression)',
  '(the|that|this|a|your|his|her|their) (comment|post|remark|claim|notion|assumption|myth|stereotype|joke)s? (above |here |below )?(about|that)',
  '(turned down|declined|refused|ignored|reported|rejected) (an? |the |three |two |several |many |some )?(offers?|requests?|invitations?) to',
  // The writer's past habit or story: "I used to accept every request", "I once messaged a VP"
  'I (used to|once)',
  "I('ve| have) (seen|heard|read) (people|someone|recruiters|founders|candidates|posts|messages|notes) (say|write|ask|saying|writing|asking|that say)( (that|to|for))?",
]);

/**
 * A practice named as the subject of a sentence, to be judged: "Trading
 * endorsements inflates everyone's profile", "Paying for recommendations
 * undermines the system", "Endorsement swaps make profiles meaningless". The
 * whole name is reported, up to its verb.
 */
const PRACTICE = new RegExp(
  `(?<=^|[.!?:;,]\\s{1,9})${oneOf([
    '(trading|buying|paying for|selling|swapping|exchanging|begging for|offering( to)? (swap|trade|pay|buy|sell|exchange)\\w*)',
    '(endorsement|recommendation|review) (swaps|trades|exchanges)',
  ])}(?:\\s[^.,;:!?]{0,60}?)?(?=\\s+${oneOf([
    'is', 'are', 'was', 'were', 'makes?', 'breaks?', 'inflates?', 'cheapens?', 'undermines?', 'devalues?', 'hurts?', 'might', 'may',
    "won't", 'will', 'does', "doesn't", 'seems?', 'goes', 'feels?', 'just', 'only', 'quietly', 'rarely', 'never', 'can', 'could',
    'like',
  ])}\\b)`,
  'gim',
);

/** Where a reported clause ends: its closing punctuation, a dash, or a comma before a new clause. */
const CLAUSE_END = /[.!?;:]|\s[—–-]\s|,\s+(?:and|but|so|which|because|though|although|yet|then|while|when)\b|\n/g;

/** The reported spans of a text: quotes, code, reported speech and past habits, in text order. */
export function reportedRanges(text: string): Range[] {
  const out = quotedRanges(text);
  FRAMES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FRAMES.exec(text))) {
    const start = m.index + m[0].length;
    CLAUSE_END.lastIndex = start;
    const end = CLAUSE_END.exec(text)?.index ?? text.length;
    if (end > start) out.push({ start, end });
    FRAMES.lastIndex = Math.max(FRAMES.lastIndex, end);
  }
  PRACTICE.lastIndex = 0;
  while ((m = PRACTICE.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Fewer words than this are not blanked: a scare quote ("thanks for your 'quick' reply") is the writer's own irony. */
const FEWEST_BLANKED = 3;

/**
 * The text with the reported words blanked, every offset and line kept: each
 * character of a span but a line break becomes a space.
 */
export function blank(text: string, ranges: readonly Range[]): string {
  const chars = text.split('');
  for (const r of ranges) {
    if ((text.slice(r.start, r.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < FEWEST_BLANKED) continue;
    for (let i = r.start; i < r.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  return chars.join('');
}
