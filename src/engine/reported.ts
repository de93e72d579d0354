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
 * A reported span runs from the end of its frame to the end of the clause:
 * the next punctuation mark, dash or conjunction ("and", "but", "so" …), and
 * never past MAX_SPAN characters. What the writer then says is theirs again:
 * "A recruiter told me you know everyone there, so send me all your contacts".
 * The engine keeps a rule's finding that touches reported words only if the
 * rule finds it again with them blanked (`blank`, analyze.ts), and the learned
 * scorer does not read them.
 */
import { oneOf, phrases } from './phrases';
import { quotedRanges, type Range } from './quotes';

/** The people who report: "a recruiter", "one founder", "my old boss". */
const ROLE = oneOf([
  'candidate', 'recruiter', 'founder', 'reader', 'coach', 'manager', 'colleague', 'client', 'contact', 'mentee', 'student', 'friend',
  'peer', 'vendor', 'rep', 'salesperson', 'seller', 'connection', 'boss', 'director', 'VP', 'CEO', 'guy', 'woman', 'man', 'agency',
  'person', 'user', 'follower', 'member', 'mentor', 'professor', 'teacher', 'dad', 'mum', 'mom', 'father', 'mother',
]);
const WHO = oneOf([
  'someone', 'somebody', 'a stranger', 'a group', 'people', 'they', 'he', 'she', 'one of them',
  `(an?|one) (\\w+ )?${ROLE}`,
  `(my|our) (old |former |first |previous )?${ROLE}`,
]);
/**
 * What they did with the words: past tense, and "offers" ("a stranger offers
 * to trade endorsements"). Not "asks", "says" or "tells": "whenever someone
 * asks" is a time, not a report.
 */
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
  // …with where they are from: "someone in my batch WhatsApp group proposed we all endorse each other"
  `${WHO}( (in|from|at|on|of) (my|our|the|a|an|this|that) [\\w'’-]+( [\\w'’-]+){0,2})? (once |just |recently |actually |even |literally |then |also )?${REPORTING}( (me|us|him|her|them|everyone|candidates|a \\w+|an \\w+))?( (that|to|with))?`,
  `${WHO} (once |always )?used to (say|tell|write|ask)( (me|us|them|candidates))?( (that|to))?`,
  // "I was once told that …", "I've been offered money to …", "I get asked to …"
  // Not "I was told …": the writer often acts on it ("I was told to connect with as many leaders as I can").
  // (Not "I've asked you three times": that is the writer's own asking.)
  "I( was| get| got| am|'m)( once| often| regularly| constantly| sometimes| repeatedly| twice)? (asked|offered)( to)?",
  "I('ve| have)( once| often| regularly| constantly| sometimes| repeatedly| twice)? been (asked|offered)( to)?",
  // The writer's own words, told again: "I told them I'd take anything" (not "I told you …", a reminder)
  'I (once )?(told|wrote to|asked) (them|him|her|the \\w+|a \\w+|my \\w+|recruiters|everyone)( that)?',
  // Someone else's messages: "messages that only say …", "a note saying …" (not "my last three messages said")
  '(?<!\\b(my|our) ([\\w-]+ ){0,3})(offers?|requests?|messages?|notes?|emails?|DMs|invitations?|invites?|posts?|comments?|replies|advice|pitches?) ' +
    '(that (only |just )?(say|said|says|ask|asked)|said|says|read|saying|telling (me|people|you)|asking( (me|people|you))? (to|for)|offering( me)? to)',
  // Someone else's offer: "the offer to swap recommendations" (not the writer's "quick offer to trade endorsements")
  '(the|an|your|their|his|her|any|these|those) offers? to(?= (swap|trade|buy|sell|pay|exchange|endorse|recommend)\\b)',
  '(the )?old advice to',
  'wary of( anyone)?',
  // Words named to be discussed: "the phrase entitled millennials"
  '(the|that|this) (phrase|term|words|label|expression)',
  '(turned down|declined|refused|ignored|reported|rejected) (an? |the |three |two |several |many |some )?(offers?|requests?|invitations?) to',
  // The writer's past habit or story: "I used to accept every request", "I once messaged a VP" (not "I once again …")
  'I (used to|once(?! again))',
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
    // Not "could", "can" or "will": "Trading endorsements could help us both" proposes it.
    "won't", 'does', "doesn't", 'seems?', 'goes', 'feels?', 'just', 'only', 'quietly', 'rarely', 'never', 'like',
  ])}\\b)`,
  'gim',
);

/** Where a reported clause ends: a punctuation mark, a dash, a line break or a conjunction. */
const CLAUSE_END = /[.!?;:,]|\s[—–-]\s|\n|\s(?:and|but|so|which|because|though|although|yet|then|while|whereas|or)\b/g;
/** A reported clause is never longer than this. */
const MAX_SPAN = 200;

/** Fewer words than this in quotes are read: a scare quote ("thanks for your 'quick' reply") is the writer's own irony. */
const FEWEST_QUOTED = 3;
const words = (text: string, r: Range) => text.slice(r.start, r.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The reported spans of a text, in text order: quotes of three words or more, code, reported speech, past habits, practices judged. */
export function reportedRanges(text: string, quoted: readonly Range[] = quotedRanges(text)): Range[] {
  const out = quoted.filter((r) => words(text, r) >= FEWEST_QUOTED);
  FRAMES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FRAMES.exec(text))) {
    const start = m.index + m[0].length;
    CLAUSE_END.lastIndex = start;
    const end = Math.min(CLAUSE_END.exec(text)?.index ?? text.length, start + MAX_SPAN);
    if (end > start) out.push({ start, end });
    FRAMES.lastIndex = Math.max(FRAMES.lastIndex, end);
  }
  PRACTICE.lastIndex = 0;
  while ((m = PRACTICE.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The text with the reported words blanked, every offset and line kept: each
 * character of a span but a line break becomes a space.
 */
export function blank(text: string, ranges: readonly Range[]): string {
  const chars = text.split('');
  for (const r of ranges) for (let i = r.start; i < r.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}
