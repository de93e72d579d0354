/**
 * Reproach dressed as politeness: "per my last message", "as I already said",
 * "no offense, but", "with all due respect", "not sure if you saw my last
 * three messages", "shame you didn't …" (RULES.md, professional courtesy).
 *
 * "As I mentioned on our call" is neutral and stays quiet: the reproach is in
 * "already", "before" or "clearly". "With respect to" is not "with all due
 * respect".
 */
import { defineRule } from '../engine/rule';
import { findInSentences, removal, removeSentence } from '../engine/helpers';
import { oneOf, phrases } from '../engine/phrases';
import type { Detection, Suggestion } from '../engine/types';

interface Pattern {
  re: RegExp;
  /** The neutral wording; `null` removes the phrase, `'sentence'` the whole sentence. */
  instead: string | null | 'sentence';
  /** Counting follow-ups: a reproach only where nothing else in the message shows the writer sees the reader's side. */
  counting?: true;
}

/** The reader's side seen: "I know you're juggling a lot", "is there a better email for this?", "no pressure". */
const UNDERSTANDING = phrases([
  "I know (you're|you are|you've been|things are|this is a) (\\w+ )?(busy|swamped|stretched|juggling|slammed|hectic|flat out|time|week|month)",
  "I (appreciate|understand|realise|realize) (you're|you are|that you're|that you are|how busy|things|your time)",
  "make sure (it's|it is|it|this|my (\\w+ )?(message|email|note)( is)?) (reach|reaches|reached|reaching|got|getting)",
  // A better way to reach them, not "there has to be a better way to get paid"
  '(is there|do you have|could you suggest|happy to use) (a )?better (email|number|person|contact|channel|address|way to reach you)',
  'no (worries|pressure)',
  "if (it's|it is|the answer is) a no",
], 'i');

/** Verbs of having said something before: "as I already mentioned", "like I told you twice". */
const SAID = oneOf(['said', 'mentioned', 'stated', 'explained', 'noted', 'told you', 'pointed out', 'wrote', 'indicated', 'asked']);
/** "my last …", "our previous …" */
const EARLIER = oneOf(['last', 'previous', 'earlier', 'prior', 'original', 'below']);
/** What was sent before: "per my last email". */
const SENT = oneOf([
  'message', 'email', 'e-mail', 'note', 'reply', 'comment', 'dm', 'response', 'mail', 'conversation', 'call', 'chat', 'discussion',
  'correspondence', 'exchange', 'emails', 'messages', 'notes',
]);
/** How often it was said: "twice", "several times". */
const AGAIN = ['before', 'earlier', 'previously', 'twice', 'several times', 'many times', 'multiple times'];
/** A fast reply, as in "thanks for the quick reply". */
const QUICK = oneOf(['quick', 'prompt', 'speedy', 'fast', 'swift']);
const REPLY = oneOf(['reply', 'response', 'answer']);

/**
 * The phrases, each family one regex and searched in this order. The families
 * marked RULES.md are the examples the rule's row gives; the rest are the same
 * reproach in other words. A trailing `\b,?` takes the preface's comma with it,
 * so the rewrite replaces both; a trailing `\b[^.!?]*` flags the rest of the
 * sentence too.
 */
const PATTERNS: Pattern[] = [
  // RULES.md: "per my last message"
  {
    re: phrases([
      `(as )?per (my|our) ${EARLIER} ((two|three|four|five|several|few|couple of|\\d+) )?${SENT}\\b,?`,
    ]),
    instead: 'Following up on my earlier message,',
  },
  {
    re: phrases([
      'which you (seem to have|apparently|obviously|clearly|must have) (forgotten|forgot|missed|ignored|overlooked)',
    ]),
    instead: 'sentence',
  },
  // RULES.md: "as I already said"
  {
    re: phrases([
      `(as|like) (I|we)( have|'ve)? (already|previously|clearly|repeatedly) ${SAID}( ${oneOf(AGAIN)})?\\b,?`,
    ]),
    instead: 'To confirm,',
  },
  {
    re: phrases([
      `(as|like) (I|we)( have|'ve)? ${SAID} ` +
        `${oneOf([...AGAIN, 'a (few|number of) times', '(at least )?(two|three|four|five|\\d+) times( now)?'])}\\b,?`,
    ]),
    instead: 'To confirm,',
  },
  { re: phrases(['like I said\\b,?']), instead: 'To confirm,' },
  {
    re: phrases([
      'as (already )?(mentioned|stated|said|noted|explained) ' +
        '((several|many|multiple|a few|two|three|\\d+) times|already|before)( already)?\\b,?',
    ]),
    instead: 'To confirm,',
  },
  { re: phrases(['as previously (stated|mentioned|discussed|explained)\\b,?']), instead: 'To confirm,' },
  // RULES.md: "no offense, but"
  {
    re: phrases(['no offen[cs]e( intended)?,? but\\b,?', 'not to (be (rude|mean|harsh|pushy|that person)|nag|pester|harp on),? but\\b,?']),
    instead: null,
  },
  {
    re: phrases([
      'as (stated|requested|I stated|I requested) (in|on) my (previous |last |earlier |prior )?' +
        '(email|message|note|reply|comment)\\b[^,]*,?',
    ]),
    instead: 'To confirm,',
  },
  // Not a polite last nudge: "following up once more on the renewal, and then I'll leave it with you"
  {
    re: phrases([
      '(bumping|following up|circling back|chasing) ((on|to) )?(this )?(again|yet again|' +
        "once more(?![^.!?]*(\\b(leave it with|completely fine|no worries|if (it's|it is) a no|in case|(don't|do not) want you to miss|so you don't miss)\\b|\\bhelp\\s*\\?)))",
    ]),
    instead: 'sentence',
    counting: true,
  },
  {
    re: phrases([
      "as you('d| would) know if you (had )?(read|looked|checked)",
      '(nice|good|glad|great) (to see )?(that )?you (finally|eventually)',
    ]),
    instead: 'sentence',
  },
  // RULES.md: "with all due respect" (not "with respect to")
  { re: phrases(['with all (due )?respect\\b,?', 'with due respect\\b,?', 'respectfully,\\s+(?=you)']), instead: null },
  // RULES.md: "not sure if you saw my last three messages"
  {
    re: phrases([
      "(I'm )?not sure if you (saw|got|received|read|noticed|missed) my (last|previous|earlier|other|\\w+) (\\w+ ){0,3}?" +
        '(messages?|emails?|notes?|dms?|invites?|requests?)\\b\\??',
    ]),
    instead: 'Just following up on my earlier message.',
  },
  {
    re: phrases([
      '(did you (even )?(get|see|read) my (last|previous|earlier) (\\w+ )?(messages?|emails?))\\b\\??',
      'in case you missed (it|my \\w+)',
    ]),
    instead: 'Just following up on my earlier message.',
  },
  // Waiting, and thanks for "finally" replying
  {
    re: phrases([
      'still waiting (for|on) (a|an|your|that|the|this) ([\\w-]+ )?' +
        '(reply|response|answer|feedback|update|decision|callback|call back|offer|letter|contract|invoice|payment|documents?)',
      'as I (said|mentioned|explained) (on|in|during) (our|my) (last|previous) (call|meeting|email|message|conversation)',
      "never thought I('d| would) see the day(?=[\\s\\S]*(🙄|🙃|😒))",
      "friendly reminder that I('m| am) still",
      'thanks for (finally|eventually) (replying|getting back|responding)',
      '(so )?nice of you to (finally|eventually)',
      'glad you (finally|eventually)',
    ]),
    instead: 'sentence',
  },
  // "Shame you didn't …"
  {
    re: phrases([
      "((such a )?shame|too bad|pity|funny|ironic|interesting)(,)? (that |how )?you (didn't|don't|couldn't|never|forgot|seem to forget)",
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      '(since|as|because|in case) (it|this|that|my \\w+) (apparently |evidently |obviously )?' +
        "(wasn't|was not|isn't|is not) (clear|obvious)\\b[^.!?]*",
      "(apparently|evidently) (you|it|this) (didn't|wasn't|weren't|missed|forgot)",
    ]),
    instead: 'sentence',
  },
  // Counting one's own messages: "I've asked you three times"
  {
    re: phrases([
      "I('ve| have) (now |already )?(asked|written|messaged|emailed|followed up|reached out|reminded you) (you )?(about (this|it) )?" +
        '(twice|several times|multiple times|many times|(three|four|five|six|\\d+) times)' +
        // Not with an apology or a promise to stop: "I realise I've messaged twice, so this will be my last follow-up"
        "(?![^.!?]*\\bmy last (follow-?up|message|note|email)\\b)",
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      'remind(ing)? you (again|once more)',
      "I( have|'ve)? already (sent|told|asked|said|explained|answered|shared|mentioned)\\b[^.!?]*" +
        '\\b(twice|again|(three|four|several|multiple|\\d+) times)',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      '(finally|eventually|at last) (getting back|replying|responding|answering|got back|replied|responded)',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      'maybe (try )?(read|reading|look|looking|check|checking)\\b[^.!?]*' +
        '\\bbefore (commenting|replying|posting|responding|you (comment|reply|post))',
      '^\\s*with respect,(?! to\\b)',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      '(try(ing)?|ask(ing)?) (this |you )?(one more time|once more|yet again|for the last time)',
      "I('m| am) sure you('re| are) (very |extremely |super |terribly )?busy,? but",
      "it('s| has) been (\\w+|\\d+) (weeks|days|months) since my (last )?(message|email|note|request)",
    ]),
    instead: 'sentence',
  },
  // "Interesting take from someone who …"
  {
    re: phrases([
      '(interesting|bold|brave|cute|funny|rich) (take|advice|opinion|comment|words|claim)?\\s*(from|coming from) ' +
        '(someone|somebody|a person|a guy|a man|a woman|a company|the person) (who|that)',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      'did my (previous|last|earlier|other) (\\w+ )?(emails?|messages?|notes?) not (arrive|get through|reach you)',
      "if you('d| had) (read|looked at|checked|opened)\\b[^.!?]*\\byou (wouldn't|would not)",
    ]),
    instead: 'sentence',
  },
  // A second follow-up is ordinary; a third is counting
  {
    re: phrases(["this is my (third|fourth|fifth|\\w+th|(?!2nd\\b)\\d+(st|nd|rd|th)) (follow-?up|message|email|attempt|reminder|note)"]),
    instead: 'sentence',
    counting: true,
  },
  // "Checking whether my emails reached you", "must have got lost", "your busy inbox"
  {
    re: phrases([
      '(checking|wondering|making sure|confirming) (whether|if) my (\\w+ ){0,2}?(emails?|messages?|notes?|invites?|requests?) (ever )?' +
        '(reached|got to|arrived|went through|made it)',
      '(maybe|perhaps|must have|might have|probably|I assume|I guess)\\b[^.!?]{0,40}?\\b(got|gotten|been|was|went) (lost|buried)\\b[^.!?]*',
      'your (very |super |extremely |oh-so-)?busy (inbox|schedule|calendar)',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      "(love|funny|interesting|rich|nice|cute|ironic|amazing) (that|how|to see) (you|your \\w+)('re| are| is)? \\w+ing about\\b[^.!?]*" +
        '\\b(considering|given|when|while|coming from)\\b[^.!?]*',
    ]),
    instead: 'sentence',
  },
  { re: phrases(['as you (may|might|will|should|probably|surely) (recall|remember)\\b,?']), instead: 'To recap,' },
  {
    re: phrases([
      "I('m| am) sure (it('s| is| was) )?(just )?an? (oversight|mistake|mix-?up|misunderstanding)\\b,? but\\b,?",
      'not that it matters,? but\\b,?',
    ]),
    instead: null,
  },
  // Silence taken as an answer, "(again)", "you still haven't …"
  {
    re: phrases([
      // "(third time)", not a time zone: "(Madrid time)"
      '\\((again|yet again|once more|(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth|millionth|nth|umpteenth|\\d+(st|nd|rd|th)) time)\\)',
      "(I('ll| will) )?(assume|take) (your |the )?silence (means|as)\\b[^.!?]*",
      "I('ll| will) (just )?assume (that )?(you('re| are) not interested|that means no|the answer is no)\\b[^.!?]*",
      "since you haven't (responded|replied|answered) to my (last|previous|earlier) (\\w+ )?(messages|emails|notes)",
      'if only (you|your (own )?\\w+) (followed|practi[cs]ed|did|took|listened to|applied|read)\\b[^.!?]*',
      "(?<!\\bif\\s)\\byou still haven't (sent|replied|answered|responded|signed|paid|got back)\\b[^.!?]*",
    ]),
    instead: 'sentence',
  },
  // Saying it again, more slowly
  {
    re: phrases([
      'not sure how else to (explain|say|put|phrase)\\b[^.!?]*',
      'how many (more )?times do I (have|need) to\\b[^.!?]*',
      'for actually (replying|responding|reading|answering|getting back)\\b[^.!?]*',
      "I('ll| will) say (this|it) (once more|one more time|again)",
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      '(more slowly|in simpler terms|slower) this time',
      'spell it out for you',
      '(interesting|funny|curious|telling) (that|how) you only\\b[^.!?]*',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      "why (haven't|have you not|didn't) you (answered|replied|responded|got back|gotten back|written back|answer|reply|respond)\\b[^.!?]*",
      'did you (get a chance to )?(read|see|get) my (last|previous|earlier) ' +
        '((two|three|four|five|several|\\d+) )(messages|emails|notes)\\b[^.!?]*',
      'if you ever (got around to|managed to|found (the )?time to)\\b[^.!?]*',
      'the one you promised to\\b[^.!?]*',
      'you promised to (call|get|write|reply) (me )?back\\b[^.!?]*',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      "this is the (second|third|fourth|fifth|\\w+th) time I('m| am|'ve| have) " +
        '(asking|asked|writing|written|sending|sent|following up|followed up|reminding|reminded)\\b[^.!?]*',
      'the (third|fourth|fifth|sixth|\\w+th) (one )?this (week|month)\\b[^.!?]*',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      "I('m| am) sure you('ve| have) seen my\\b[^.!?]*",
      "I see you('ve| have) been (active|online|posting)\\b[^.!?]*",
      'whenever you find the time,? of course',
      'so far in advance',
      "I know you('re| are) (very |so |extremely )?important\\b[^.!?]*",
      '(love|funny|interesting) how (this|that|your|the) \\w+( \\w+)? (preaches|talks about|claims|posts about)\\b[^.!?]*\\bbut\\b[^.!?]*',
    ]),
    instead: 'sentence',
  },
  // "Sorry to bother you AGAIN": the capitals carry the reproach (case-sensitive on purpose).
  { re: phrases(['AGAIN', 'YET AGAIN', 'ONCE MORE'], 'g'), instead: 'sentence' },
  { re: phrases(['(as it did )?(the )?(last|previous) (two|three|four|five|few|several|\\d+) times\\b[^.!?]*']), instead: 'sentence' },
  { re: phrases(['as (already )?discussed (ad nauseam|repeatedly|(several|multiple|many|numerous) times)\\b,?']), instead: 'To recap,' },
  {
    re: phrases([
      'ad nauseam',
      '\\(\\s*all (two|three|four|five|six|seven|\\d+) of them\\s*\\)',
      'hope you (got|received|saw) my (earlier|previous|last|other) (\\w+ )?(messages|emails|notes)',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      'I (first )?asked (for|about) (this|it|that) (\\w+ )?(weeks|days|months) ago',
      '(gently|kindly|politely|just) remind(ing)? you\\b[^.!?]{0,6}?\\bagain',
      '[—–,]\\s*again\\s*[—–,]',
      "hopefully (that's|this is|it's|that is) (clear|clearer) now",
      '^\\s*thanks?( you)?( for [^.!?,]{1,40})?,? I guess',
      "you('ve| have)? (clearly|obviously|apparently|evidently) been (very |so |too |super )?busy",
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      // Sarcastic only when quoted or late: "Thanks for the 'quick' reply", "Thanks for the quick reply, only took a month"
      `thanks for (your|the) (['‘"“]${QUICK}['’"”] ${REPLY}|${QUICK} ${REPLY}(?=[^.!?]*(\\b(later|took|after|finally|eventually|ago|last (week|month|year))\\b|\\(not\\))))`,
      '(so|how|very) brave of you',
    ]),
    instead: 'sentence',
  },
  {
    re: phrases([
      // Not good wishes: "Must be nice to finally be on holiday, enjoy every minute!"
      "must be nice(?![^.!?]*\\b(enjoy (it|every|each|the (break|trip|holiday|time|view|weekend))|congrat\\w*|well[ -]deserved|deserve it|happy for)\\b)",
      'if you had (bothered to )?read my',
      'for the (second|third|fourth|fifth|last|umpteenth|\\w+th) time',
      'as you (should|would|ought to) (know|have known)',
      'let me (repeat|say it again)',
      "I'll say it again",
      'going forward,? (please|kindly)',
      'kindly (refer|re-?read|see) (to )?my',
    ]),
    instead: 'sentence',
  },
];

export default defineRule({
  meta: {
    id: 'passive-aggressive',
    title: 'Passive-aggressive',
    description: 'Reproach dressed as politeness: "per my last message", "as I already said", "no offense, but", "with all due respect".',
    why: 'These phrases are read as the reproach they hide. They put the reader on the defensive, so the actual request gets less attention; a neutral follow-up gets the answer faster.',
    problem: 'This reads as a veiled reproach',
    fix: 'follow up neutrally',
    severity: 'warning',
    reads: 'passive-aggressive',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Thanks for the quick reply, that answers my question.' },
      { text: 'Following up once more on the proposal, and then I\'ll leave it with you.' },
      { text: "I'm following up once more because the offer expires on the 15th, and I don't want you to miss it." },
      { text: "Hi Bruno, this is my third message about the floor plans, so I want to make sure it's reaching you. Is there a better email for this?" },
      { text: "Following up again on the audit slides. I know this is my third note, and I appreciate you're stretched." },
      { text: 'This is my second follow-up on invoice 2291; could you confirm it\'s scheduled?' },
      { text: 'It must be nice to finally have the new office open; enjoy it!' },
      { text: 'I realise I\'ve messaged twice now, so this will be my last follow-up.' },
      { text: 'As we agreed (last time we spoke), I will send the draft on Friday.' },
      { text: 'I can offer a call on Monday 14th between 9:00 and 11:00 (Madrid time). Which slot suits you?' },
      { text: 'Re-sending the invoice with the corrected VAT number, sorry for the mix-up.' },
      { text: 'Sorry to bother you again, I think my last email had the wrong date.' },
      { text: 'Noted, thanks for the heads-up!' },
      { text: 'Did you get a chance to look at the deck? No rush at all.' },
      { text: 'As I mentioned on our call, the deck is attached.' },
      { text: 'With respect to the notice period, two weeks works for us.' },
      { text: "Hi Gita, I know the hiring freeze makes this awkward, so feel free to ignore — but if the role reopens, I'd love to hear." },
    ],
    invalid: [
      { text: 'This is my 21st follow-up.', excerpt: 'This is my 21st follow-up' },
      { text: 'Circling back once more, then I’ll assume you’re just not interested.', excerpt: 'Circling back once more' },
      { text: 'Thanks for the quick reply, only took a month.', excerpt: 'Thanks for the quick reply' },
      { text: 'Hi Thabo, circling back once more. I take the silence to mean no.', excerpt: 'circling back once more' },
      { text: 'Re-sending in case it got buried, as it did the last three times.', excerpt: 'as it did the last three times' },
      { text: 'Sorry to bother you AGAIN, but did you get my CV?', excerpt: 'AGAIN' },
      { text: 'I know you’re very important and busy, but a reply would be nice.', excerpt: 'I know you’re very important and busy, but a reply would be nice' },
      { text: 'Resending, since this is the third time I’m asking.', excerpt: 'this is the third time I’m asking' },
      { text: 'This is my fourth email about invoice 2291. There has to be a better way to get paid.', excerpt: 'This is my fourth email' },
      { text: 'Why haven’t you answered my messages yet?', excerpt: 'Why haven’t you answered my messages yet' },
      { text: 'Interesting that you only post about culture after the layoffs.', excerpt: 'Interesting that you only post about culture after the layoffs' },
      { text: 'Since you haven’t responded to my last four messages, I’ll assume you’re not interested.', excerpt: 'Since you haven’t responded to my last four messages' },
      { text: 'I’m not sure how else to explain this.', excerpt: 'not sure how else to explain this' },
      { text: 'As I said on our last call, the budget is fixed.', excerpt: 'As I said on our last call' },
      { text: 'I’m sure it’s just an oversight, but the invoice is unpaid.', excerpt: 'I’m sure it’s just an oversight, but', output: 'The invoice is unpaid.' },
      { text: 'Hi Vic, I’ll assume silence means no, then.', excerpt: 'I’ll assume silence means no, then' },
      { text: 'Hope you got my earlier messages (all four of them).', excerpt: 'Hope you got my earlier messages' },
      { text: 'As you may recall, I asked for this three weeks ago.', excerpt: 'As you may recall,', output: 'To recap, I asked for this three weeks ago.' },
      { text: 'Thanks for the feedback, I guess.', excerpt: 'Thanks for the feedback, I guess' },
      { text: 'Just checking whether my previous three emails reached you.', excerpt: 'checking whether my previous three emails reached' },
      { text: "Friendly reminder that I'm still waiting on that feedback.", excerpt: "Friendly reminder that I'm still" },
      {
        text: 'Per my last message, could you send the contract?',
        excerpt: 'Per my last message,',
        output: 'Following up on my earlier message, could you send the contract?',
      },
      { text: "As I already said, I'm not available on Fridays.", excerpt: 'As I already said,', output: "To confirm, I'm not available on Fridays." },
      {
        text: "With all due respect, you haven't answered my question.",
        excerpt: 'With all due respect,',
        output: "You haven't answered my question.",
      },
      {
        text: 'Not sure if you saw my last three messages? I am still keen.',
        excerpt: 'Not sure if you saw my last three messages?',
        output: 'Just following up on my earlier message. I am still keen.',
      },
      { text: 'Great post. Shame you didn’t apply any of this when you interviewed me 🙃', excerpt: 'Shame you didn’t' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    const understanding = UNDERSTANDING.test(text);
    for (const { re, instead, counting } of PATTERNS) {
      if (counting && understanding) continue;
      for (const hit of findInSentences(doc.sentences, re)) {
        const end = hit.start + hit.text.trimEnd().length;
        let suggestion: Suggestion;
        if (instead === 'sentence') suggestion = removeSentence(text, hit.sentence, 'Remove the dig');
        else if (instead === null) suggestion = removal(text, hit.start, end, 'Remove the preface');
        else {
          // Keep the capital when the phrase opened the sentence.
          const opens = !text.slice(hit.sentence.start, hit.start).trim();
          const replacement = opens ? instead : instead.charAt(0).toLowerCase() + instead.slice(1);
          suggestion = { title: 'Follow up neutrally', start: hit.start, end, replacement };
        }
        out.push({ start: hit.start, end, suggestions: [suggestion] });
      }
    }
    return out;
  },
});
