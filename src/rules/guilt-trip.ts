/**
 * Moral pressure to help. Source: "Open the request with a demand for help
 * because if they don't they are 'not humanitarian'" (RULES.md).
 *
 * Caught: "a real leader would", "you owe it to", "I thought you cared",
 * "prove it", conditional judgements ("if you don't help, you're not …"),
 * "someone who posts about X should at least", "how can you call yourself".
 */
import { defineRule } from '../engine/rule';
import { findInSentences, lowerFirst, removeSentence } from '../engine/helpers';
import { oneOf, phrases } from '../engine/phrases';
import type { Detection, Suggestion } from '../engine/types';

/** Who a "real …" is supposed to be: "a real leader would", "good mentors always help". */
const ROLE = oneOf([
  'leader', 'mentor', 'manager', 'professional', 'recruiter', 'person', 'human( being)?', 'humanitarian', 'friend', 'ally',
  'executive', 'ceo', 'boss', 'colleague', 'teacher', 'networker', 'role model',
]);
/** Not a debt to feel guilty about: "you owe me nothing", "you still owe me a coffee", "you owe me $20 from the bet". */
const NO_DEBT =
  '(?! (nothing|anything|one|a (coffee|beer|drink|lunch|pint|dinner|round))\\b| [$£€₹]\\d| \\d+ ?(dollars|bucks|quid|euros|pounds|rupees|shillings|naira|pesos|rand)\\b)';

/** "… then you're not …": the verdict that follows "if you don't help". */
const VERDICT = oneOf([
  "you're (not|no|just|clearly|obviously|a hypocrite)",
  'you are (not|no|just|clearly|obviously|a hypocrite)',
  "you aren't",
  "you (don't|do not|never) (really )?(care|mean|believe)",
  "you (should be ashamed|can't call yourself|have no right)",
]);

/**
 * The phrases of moral pressure, each family one regex, searched in this order.
 * The families marked RULES.md are the rule's row there ("if you don't help you're
 * not a humanitarian", "a real leader would", "you owe it to", "I thought you
 * cared"); the rest are the same pressure in other words. A trailing
 * `\b[^.!?]*` flags the rest of the sentence too.
 */
const PRESSURE: RegExp[] = [
  // RULES.md: "a real leader would"
  phrases([`a (real|true|good|decent|genuine|proper) ${ROLE} (would|wouldn't|would not|will|always|never|does|doesn't|makes?)`]),
  phrases([`(real|true|good) ${ROLE}s (always |never |actually )?(help|make time|reply|respond|answer|give back|lift|don't ignore)`]),
  // RULES.md: "you owe it to" (not "you owe it to yourself", "you owe me nothing", "you owe me a coffee")
  phrases([`you owe (it to(?! yourself)|me|us|the community|your \\w+|something to)${NO_DEBT}`]),
  // Not denied: "You don't owe us an explanation"
  phrases([
    '(you|someone|somebody|anyone|people|a person|leaders?)\\b[^.!?]{0,40}?' +
      "\\b(?<!\\b(don't|do not|doesn't|does not|not|never) )(owes?|has a (duty|responsibility|obligation)|have a (duty|responsibility|obligation)) " +
      `(to (help|give|mentor|support|share|lift)|it|something|a lot|back|them|us|me)${NO_DEBT}(?!\\s+to (yourself|themselves|himself|herself)\\b)`,
  ]),
  phrases([
    '(mentors|leaders|recruiters|managers|professionals|a mentor|a leader|a recruiter) (are|is) supposed to',
    "don't make me regret",
  ]),
  phrases(["(shouldn't|should not|can't|cannot|don't get to) call (themselves|yourself|himself|herself)"]),
  // RULES.md: "I thought you cared"
  phrases([
    'I (thought|assumed|believed|was under the impression|had heard) (that )?you (actually |really )?' +
      '(cared|were (someone|a \\w+ who|the kind|different|better|supportive|on our side)|would (help|care|understand)|' +
      'believed in|valued|supported|stood for)',
  ]),
  // Not a call for evidence: "prove it with an example"
  phrases(['prove (it(?! with (an? |one |some |real )?(example|examples|data|numbers|evidence|results|case study)\\b)|that you|you (care|mean))']),
  // RULES.md: "if you don't help you're not a humanitarian".
  phrases([
    "if you (don't|do not|won't|will not|can't|cannot|refuse to|never|aren't willing to|ignore|decline|say no|" +
      'turn (me|this) down|pass on)' +
      `\\b[^.?!]{0,60}?,?\\s*(then )?${VERDICT}`,
  ]),
  phrases([
    "you're not (the|a|an|much of a|really a) (?![\\w-]+( [\\w-]+)?, you're\\b)(\\w+ )?" +
      '(humanitarian|leader|mentor|ally|role model|good person|team player)',
  ]),
  // "Someone who posts about X should at least …"
  phrases([
    '(someone|somebody|anyone|a person|people|a leader|a mentor) ' +
      'who (posts?|writes?|talks?|preaches?|speaks?|claims?|brags?|tweets?|cares?) ' +
      '(so much )?(about|on) [^.?!]{1,60}? (should|would|could|can|ought to|must)',
  ]),
  phrases([
    '(anyone|someone|anybody|a (person|leader|mentor)) ' +
      'with (a heart|a conscience|half a heart|any (decency|compassion|empathy|integrity|heart)) ' +
      '(would|will|could)',
    'if you had any (decency|compassion|empathy|integrity|heart)',
  ]),
  // "Don't forget where you came from"
  phrases([
    "(don't|never) forget where you came from",
    "you were (once )?(in my shoes|[\\w\\s-]{0,30}? too)\\s*[—–,-]\\s*(remember|don't forget)",
    'remember when you were',
  ]),
  phrases(["I (know|trust|am sure|'m sure) you (won't|will not|wouldn't) (ignore|let me down|say no|turn (me|your back))"]),
  phrases([
    'your (whole |entire )?(brand|profile|bio|headline|posts?|feed|persona) (is|are|says|claims) (all )?(about )?' +
      '(giving back|helping|mentoring|lifting|supporting|caring)',
  ]),
  phrases([
    "(given|considering|since|with) (how much|all|everything) ((that )?you('ve| have)?|your \\w+) " +
      '(talk|post|write|preach|care|claim|say|said|posted|written|talked|preached)s? (about|on)\\b[^.!?]*',
  ]),
  // Not a change of the writer's situation: "this offer doesn't apply to me anymore"
  phrases(["(doesn't|does not|don't) apply to (people like me|someone like me|me)\\b(?!\\s*any\\s*more)[^.!?]*"]),
  phrases(['you (talk|post|write|preach) (so much|a lot|constantly|all the time) about\\b[^.!?]*\\b(so|surely|yet|but)\\b[^.!?]*']),
  phrases([
    "if you (really |truly |actually )?(believed|cared|meant|valued|supported)\\b[^.!?]{0,60}?,?\\s*you'd \\w+",
    "(it's|it is|is) the least you (could|can) do",
  ]),
  phrases([
    'you call yourself an? [\\w-]+\\b',
    "surely you (won't|wouldn't|can't|will not|would not) (turn down|refuse|ignore|say no|let down|abandon)",
  ]),
  phrases([
    'you of all people (should|would|must|ought|can)',
    'not a (good|great) look for',
    '(bad|terrible|poor) look for (a|an|someone)',
  ]),
  phrases(['costs? nothing to be (kind|nice|decent|polite|helpful)', 'I expected (more|better) (from|of) (someone|a person|you|an? \\w+)']),
  phrases([
    'only matters? to you when',
    'a (man|woman|person|leader|professional) of your (standing|stature|position|influence|success|seniority) ' +
      '(should|would|could|ought|must)',
  ]),
  phrases([
    'I was told you (were|are) (a |so )?(kind|generous|helpful|good|nice|supportive)',
    'the right thing to do\\b[^.!?]*\\b(your position|someone like you|a leader)',
    '(someone|anyone|a (woman|man|person|leader|mother|father|parent)) in your position ' +
      '(should|would|ought|must|understands|knows|can)\\b[^.!?]*',
    'on the backs of',
    "now it's your turn",
    '(people|others) (who )?took a chance on you',
  ]),
  phrases(["after (all|everything) (that )?(I've done|I have done|I did|I gave|we've been through)"]),
  // Expectations turned into a debt: "I'd have thought you'd return the favour".
  phrases([
    "I('d| would) have (thought|expected|hoped|assumed) (that )?(you('d| would)|someone|a \\w+)\\b[^.!?]*",
    '(success|money|fame|power|the promotion|the title) (really )?(does |has )?(change[sd]?|gone to) (people|you|your head)',
    "you('ve| have) changed since",
    'forgot(ten)? (where you came from|your roots|the little people|who helped you)',
    'someone (once )?took a chance on you',
  ]),
  phrases([
    "(hope|trust|sure) you('re| are) not one of those\\b[^.!?]*",
    "once (they|you)('ve| have)? (make|made) it",
    '(practi[cs]e what you preach|walk the talk)',
    "(that|it|this) (wasn't|was not|isn't|is not) just " +
      '(for (the )?(cameras?|show|likes|optics|clout|applause|linkedin)|talk|lip service|words)',
  ]),
  phrases([
    'you used to be (one of us|in my shoes|just like me|a [\\w-]+ (too|yourself))',
    "(act|acting) like you('re| are) too (good|important|big|busy) to\\b[^.!?]*",
  ]),
  phrases(["(isn't|is not|wasn't|not) (very )?(humanitarian|generous|charitable|supportive|decent|leader-?like) of you"]),
  phrases(["wouldn't want to be (the (person|one|kind of \\w+)|someone|that (person|guy|leader)) who\\b[^.!?]*"]),
  phrases([
    'just a buzzword (for|to) you',
    'got where you are\\b[^.!?]*\\b(help|others|someone|people)\\b[^.!?]*',
    "I('d| would) hate (to (tell|let)|for (people|others|everyone|our \\w+( \\w+)?) to (know|hear|find out))\\b[^.!?]*",
    '(would|will) (really )?reflect (well|badly|poorly) on you\\b[^.!?]*',
  ]),
  phrases([
    'is it (really )?(that|so) hard to\\b[^.!?]*',
    "you('re| are) the only (one|person) who (hasn't|won't|didn't|refused|ignored|can help)\\b[^.!?]*",
    "(please )?don't let me down",
    'what (happened to|about) paying it forward',
    'you were (a \\w+|young|junior|new|starting out) once (too|yourself)',
    'the least you (could|can) do\\b[^.!?]*',
    '^\\s*some (leader|mentor|ally|friend|humanitarian|professional|role model) you are',
    "you('ve| have) forgotten what it('s| is| was) like\\b[^.!?]*",
    "I('d| would) expect the same in return",
    "do you (even )?remember what it('s| is| was) like\\b[^.!?]*",
    'your silence says\\b[^.!?]*',
    'says a lot about your (values|character|priorities)',
    "(it('s| is)|that('s| is)) (partly |all )?on you\\b[^.!?]*",
    'people like me (who )?made (you|your)\\b[^.!?]*',
    '^\\s*return the favou?r\\s*[.!]*\\s*$',
    'help a (sister|brother|fellow \\w+|girl|guy|mom|mum|dad) out',
  ]),
  phrases(['as (much|often) as you do (should|would|could|must|ought|can)\\b[^.!?]*']),
  phrases([
    'someone (with|of|in) your (platform|position|influence|reach|standing|stature|success|network|following|means|title) ' +
      "(won't|can't|wouldn't|couldn't|doesn't|should|would|could|must|ought)",
  ]),
  phrases(['how (can|could|do) you (call yourself|sleep at night|live with yourself|claim to)']),
  // "It would be a shame not to …"
  phrases([
    'it would (be|look) (really |very |so )?(hypocritical|selfish|a shame|heartless|cruel) (of you )?(not to|to (ignore|refuse|say no))',
  ]),
  phrases(["what kind of (leader|mentor|person|recruiter|professional|human) (doesn't|does not|won't|ignores?|refuses?)"]),
  phrases(['(give|giving) back to (the )?(community|people|those) (that|who) (made|helped|got) you']),
];

export default defineRule({
  meta: {
    id: 'guilt-trip',
    title: 'Guilt trip',
    description: 'Moral pressure to help: "a real leader would", "you owe it to", "I thought you cared", "if you don’t help you’re not …".',
    why: 'Pressure to prove one’s virtue turns a favour into an obligation. People who are pressured feel used, and the request reads as manipulation; it is the opening that made the 2014 exchange go wrong. Ask plainly and make it easy to say no.',
    problem: 'This pressures them with guilt',
    fix: 'remove the moral pressure and ask plainly',
    severity: 'error',
    reads: 'moral pressure',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Darren, you still owe me $20 from the hike bet, and I have not forgotten.' },
      { text: 'You don\'t owe me an explanation, but I\'d welcome one.' },
      { text: 'You still owe me a coffee from the offsite!' },
      { text: 'Prove it with one example from your last role and the line will land.' },
      { text: 'The staff discount doesn\'t apply to me anymore since I changed teams.' },
      { text: 'One recruiter told me “you owe it to your family to take this”, and that is how not to pitch a role.' },
      { text: "If you can't make it on Friday, you're now first on the list for Monday." },
      { text: 'You owe it to yourself to take a proper break after the launch.' },
      { text: 'You owe me nothing, Joan, but thank you for the intro anyway.' },
      { text: 'Thanks for sharing your journey. Someone took a chance on me once, so I mentor two students a year.' },
      { text: 'You must be busy with year-end, so no rush at all on the reference.' },
      { text: 'Your talk on mentoring juniors convinced me to start a mentoring circle at work. Thank you!' },
      { text: 'Real leaders are rare, and you were one to our team.' },
    ],
    invalid: [
      { text: 'Leaders who never reply owe it to us to explain why.', excerpt: 'Leaders who never reply owe it to us to explain why.' },
      { text: 'I guess your open-door policy doesn’t apply to people like me.', excerpt: 'I guess your open-door policy doesn’t apply to people like me.' },
      { text: 'Your silence says a lot about your values, Gary.', excerpt: 'Your silence says a lot about your values, Gary.' },
      { text: 'Some leader you are.', excerpt: 'Some leader you are.' },
      { text: 'I helped you with your thesis survey. The least you could do now is refer me.', excerpt: 'The least you could do now is refer me.' },
      { text: 'Help a sister out and refer me?', excerpt: 'Help a sister out and refer me?' },
      { text: 'Please don’t let me down.', excerpt: 'Please don’t let me down.' },
      { text: 'You built your career on the backs of others. Now it’s your turn.', excerpt: 'You built your career on the backs of others.' },
      { text: 'It would really reflect well on you to help someone in my situation.', excerpt: 'It would really reflect well on you to help someone in my situation.' },
      { text: 'I’m sure you wouldn’t want to be the person who ignored a struggling veteran.', excerpt: 'I’m sure you wouldn’t want to be the person who ignored a struggling veteran.' },
      { text: 'Refusing to help a student isn’t very humanitarian of you.', excerpt: 'Refusing to help a student isn’t very humanitarian of you.' },
      { text: 'You used to be one of us, Mike.', excerpt: 'You used to be one of us, Mike.' },
      { text: 'It’s a shame that someone with your platform won’t take five minutes for a fellow alum.', excerpt: 'It’s a shame that someone with your platform won’t take five minutes for a fellow alum.' },
      { text: 'I see. I guess success really does change people.', excerpt: 'I guess success really does change people.' },
      {
        text: 'A real leader would make time for someone just starting out. Please take a look at my CV.',
        excerpt: 'A real leader would make time for someone just starting out.',
        output: 'Please take a look at my CV.',
      },
      {
        text: 'I thought you cared about diversity. Prove it by referring me to the product role.',
        excerpt: 'I thought you cared about diversity.',
        output: 'Prove it by referring me to the product role.',
      },
      {
        text: 'Prove it by referring me to the product role.',
        excerpt: 'Prove it by referring me to the product role.',
        output: 'Would you consider referring me to the product role?',
      },
      { text: "If you don't help me, you're not the humanitarian your profile says you are. Reply soon.", excerpt: "If you don't help me, you're not the humanitarian your profile says you are." },
      { text: 'Hi Mr. Duarte, you owe it to the community that made you successful to mentor students like me.', excerpt: 'Hi Mr. Duarte, you owe it to the community that made you successful to mentor students like me.' },
      { text: 'Someone who posts about mentoring juniors should at least reply.', excerpt: 'Someone who posts about mentoring juniors should at least reply.' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    for (const re of PRESSURE) {
      for (const hit of findInSentences(doc.sentences, re)) {
        const { sentence } = hit;
        const start = sentence.start;
        const end = sentence.start + sentence.text.trimEnd().length;
        // "Prove it by referring me …" keeps its ask as a question.
        const prove = /^\s*prove\s+it\s+by\s+(.+?)[.!?]*\s*$/i.exec(sentence.text);
        const suggestion: Suggestion = prove
          ? { title: 'Ask plainly', start, end, replacement: `Would you consider ${lowerFirst(prove[1])}?` }
          : removeSentence(text, sentence, 'Remove the guilt trip');
        out.push({ start, end, suggestions: [suggestion] });
      }
    }
    return out;
  },
});
