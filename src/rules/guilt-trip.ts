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
import type { Detection, Suggestion } from '../engine/types';

const ROLE = '(?:leader|mentor|manager|professional|recruiter|person|human(?:\\s+being)?|humanitarian|friend|ally|executive|ceo|boss|colleague|teacher|networker|role\\s+model)';
const PRESSURE: RegExp[] = [
  new RegExp(`\\ba\\s+(?:real|true|good|decent|genuine|proper)\\s+${ROLE}\\s+(?:would|wouldn(?:'|’)t|would\\s+not|will|always|never|does|doesn(?:'|’)t|makes?)\\b`, 'gi'),
  new RegExp(`\\b(?:real|true|good)\\s+${ROLE}s\\s+(?:always\\s+|never\\s+|actually\\s+)?(?:help|make\\s+time|reply|respond|answer|give\\s+back|lift|don(?:'|’)t\\s+ignore)\\b`, 'gi'),
  /\byou\s+owe\s+(?:it\s+to(?!\s+yourself)|me|us|the\s+community|your\s+\w+|something\s+to)\b(?!\s+(?:nothing|anything|one|a\s+(?:coffee|beer|drink|lunch))\b)/gi,
  /\b(?:you|someone|somebody|anyone|people|a\s+person|leaders?)\b[^.!?]{0,40}?\b(?:owes?|has\s+a\s+(?:duty|responsibility|obligation)|have\s+a\s+(?:duty|responsibility|obligation))\s+(?:to\s+(?:help|give|mentor|support|share|lift)|it|something|a\s+lot|back|them|us|me)\b(?!\s+(?:nothing|anything|one)\b|\s+to\s+(?:yourself|themselves|himself|herself)\b)/gi,
  /\b(?:mentors|leaders|recruiters|managers|professionals|a\s+mentor|a\s+leader|a\s+recruiter)\s+(?:are|is)\s+supposed\s+to\b|\bdon(?:'|’)t\s+make\s+me\s+regret\b/gi,
  /\b(?:shouldn(?:'|’)t|should\s+not|can(?:'|’)t|cannot|don(?:'|’)t\s+get\s+to)\s+call\s+(?:themselves|yourself|himself|herself)\b/gi,
  /\bI\s+(?:thought|assumed|believed|was\s+under\s+the\s+impression|had\s+heard)\s+(?:that\s+)?you\s+(?:actually\s+|really\s+)?(?:cared|were\s+(?:someone|a\s+\w+\s+who|the\s+kind|different|better|supportive|on\s+our\s+side)|would\s+(?:help|care|understand)|believed\s+in|valued|supported|stood\s+for)\b/gi,
  /\bprove\s+(?:it|that\s+you|you\s+(?:care|mean))\b/gi,
  /\bif\s+you\s+(?:don(?:'|’)t|do\s+not|won(?:'|’)t|will\s+not|can(?:'|’)t|cannot|refuse\s+to|never|aren(?:'|’)t\s+willing\s+to|ignore|decline|say\s+no|turn\s+(?:me|this)\s+down|pass\s+on)\b[^.?!]{0,60}?,?\s*(?:then\s+)?(?:you(?:'|’)re\s+(?:not|no|just|clearly|obviously|a\s+hypocrite)|you\s+are\s+(?:not|no|just|clearly|obviously|a\s+hypocrite)|you\s+aren(?:'|’)t|you\s+(?:don(?:'|’)t|do\s+not|never)\s+(?:really\s+)?(?:care|mean|believe)|you\s+(?:should\s+be\s+ashamed|can(?:'|’)t\s+call\s+yourself|have\s+no\s+right))/gi,
  /\byou(?:'|’)re\s+not\s+(?:the|a|an|much\s+of\s+a|really\s+a)\s+(?![\w-]+(?:\s+[\w-]+)?,\s+you(?:'|’)re\b)(?:\w+\s+)?(?:humanitarian|leader|mentor|ally|role\s+model|good\s+person|team\s+player)\b/gi,
  /\b(?:someone|somebody|anyone|a\s+person|people|a\s+leader|a\s+mentor)\s+who\s+(?:posts?|writes?|talks?|preaches?|speaks?|claims?|brags?|tweets?|cares?)\s+(?:so\s+much\s+)?(?:about|on)\s+[^.?!]{1,60}?\s+(?:should|would|could|can|ought\s+to|must)\b/gi,
  /\b(?:anyone|someone|anybody|a\s+(?:person|leader|mentor))\s+with\s+(?:a\s+heart|a\s+conscience|half\s+a\s+heart|any\s+(?:decency|compassion|empathy|integrity|heart))\s+(?:would|will|could)\b|\bif\s+you\s+had\s+any\s+(?:decency|compassion|empathy|integrity|heart)\b/gi,
  /\b(?:don(?:'|’)t|never)\s+forget\s+where\s+you\s+came\s+from\b|\byou\s+were\s+(?:once\s+)?(?:in\s+my\s+shoes|[\w\s-]{0,30}?\s+too)\s*[—–,-]\s*(?:remember|don(?:'|’)t\s+forget)\b|\bremember\s+when\s+you\s+were\b/gi,
  /\bI\s+(?:know|trust|am\s+sure|(?:'|’)m\s+sure)\s+you\s+(?:won(?:'|’)t|will\s+not|wouldn(?:'|’)t)\s+(?:ignore|let\s+me\s+down|say\s+no|turn\s+(?:me|your\s+back))\b/gi,
  /\byour\s+(?:whole\s+|entire\s+)?(?:brand|profile|bio|headline|posts?|feed|persona)\s+(?:is|are|says|claims)\s+(?:all\s+)?(?:about\s+)?(?:giving\s+back|helping|mentoring|lifting|supporting|caring)\b/gi,
  /\b(?:given|considering|since|with)\s+(?:how\s+much|all|everything)\s+(?:(?:that\s+)?you(?:(?:'|’)ve|\s+have)?|your\s+\w+)\s+(?:talk|post|write|preach|care|claim|say|said|posted|written|talked|preached)s?\s+(?:about|on)\b[^.!?]*/gi,
  /\b(?:doesn(?:'|’)t|does\s+not|don(?:'|’)t)\s+apply\s+to\s+(?:people\s+like\s+me|someone\s+like\s+me|me)\b[^.!?]*/gi,
  /\byou\s+(?:talk|post|write|preach)\s+(?:so\s+much|a\s+lot|constantly|all\s+the\s+time)\s+about\b[^.!?]*\b(?:so|surely|yet|but)\b[^.!?]*/gi,
  /\bif\s+you\s+(?:really\s+|truly\s+|actually\s+)?(?:believed|cared|meant|valued|supported)\b[^.!?]{0,60}?,?\s*you(?:'|’)d\s+\w+|\b(?:it(?:'|’)s|it\s+is|is)\s+the\s+least\s+you\s+(?:could|can)\s+do\b/gi,
  /\byou\s+call\s+yourself\s+an?\s+[\w-]+\b|\bsurely\s+you\s+(?:won(?:'|’)t|wouldn(?:'|’)t|can(?:'|’)t|will\s+not|would\s+not)\s+(?:turn\s+down|refuse|ignore|say\s+no|let\s+down|abandon)\b/gi,
  /\byou\s+of\s+all\s+people\s+(?:should|would|must|ought|can)\b|\bnot\s+a\s+(?:good|great)\s+look\s+for\b|\b(?:bad|terrible|poor)\s+look\s+for\s+(?:a|an|someone)\b/gi,
  /\bcosts?\s+nothing\s+to\s+be\s+(?:kind|nice|decent|polite|helpful)\b|\bI\s+expected\s+(?:more|better)\s+(?:from|of)\s+(?:someone|a\s+person|you|an?\s+\w+)\b/gi,
  /\bonly\s+matters?\s+to\s+you\s+when\b|\ba\s+(?:man|woman|person|leader|professional)\s+of\s+your\s+(?:standing|stature|position|influence|success|seniority)\s+(?:should|would|could|ought|must)\b/gi,
  /\bI\s+was\s+told\s+you\s+(?:were|are)\s+(?:a\s+|so\s+)?(?:kind|generous|helpful|good|nice|supportive)\b|\bthe\s+right\s+thing\s+to\s+do\b[^.!?]*\b(?:your\s+position|someone\s+like\s+you|a\s+leader)\b|\b(?:someone|anyone|a\s+(?:woman|man|person|leader|mother|father|parent))\s+in\s+your\s+position\s+(?:should|would|ought|must|understands|knows|can)\b[^.!?]*|\bon\s+the\s+backs\s+of\b|\bnow\s+it(?:'|’)s\s+your\s+turn\b|\b(?:people|others)\s+(?:who\s+)?took\s+a\s+chance\s+on\s+you\b/gi,
  /\bafter\s+(?:all|everything)\s+(?:that\s+)?(?:I(?:'|’)ve\s+done|I\s+have\s+done|I\s+did|I\s+gave|we(?:'|’)ve\s+been\s+through)\b/gi,
  // Expectations turned into a debt: "I'd have thought you'd return the favour".
  /\bI(?:(?:'|’)d|\s+would)\s+have\s+(?:thought|expected|hoped|assumed)\s+(?:that\s+)?(?:you(?:(?:'|’)d|\s+would)|someone|a\s+\w+)\b[^.!?]*|\b(?:success|money|fame|power|the\s+promotion|the\s+title)\s+(?:really\s+)?(?:does\s+|has\s+)?(?:change[sd]?|gone\s+to)\s+(?:people|you|your\s+head)\b|\byou(?:(?:'|’)ve|\s+have)\s+changed\s+since\b|\bforgot(?:ten)?\s+(?:where\s+you\s+came\s+from|your\s+roots|the\s+little\s+people|who\s+helped\s+you)\b|\bsomeone\s+(?:once\s+)?took\s+a\s+chance\s+on\s+you\b/gi,
  /\b(?:hope|trust|sure)\s+you(?:(?:'|’)re|\s+are)\s+not\s+one\s+of\s+those\b[^.!?]*|\bonce\s+(?:they|you)(?:(?:'|’)ve|\s+have)?\s+(?:make|made)\s+it\b|\b(?:practi[cs]e\s+what\s+you\s+preach|walk\s+the\s+talk)\b|\b(?:that|it|this)\s+(?:wasn(?:'|’)t|was\s+not|isn(?:'|’)t|is\s+not)\s+just\s+(?:for\s+(?:the\s+)?(?:cameras?|show|likes|optics|clout|applause|linkedin)|talk|lip\s+service|words)\b/gi,
  /\byou\s+used\s+to\s+be\s+(?:one\s+of\s+us|in\s+my\s+shoes|just\s+like\s+me|a\s+[\w-]+\s+(?:too|yourself))\b|\b(?:act|acting)\s+like\s+you(?:(?:'|’)re|\s+are)\s+too\s+(?:good|important|big|busy)\s+to\b[^.!?]*/gi,
  /\b(?:isn(?:'|’)t|is\s+not|wasn(?:'|’)t|not)\s+(?:very\s+)?(?:humanitarian|generous|charitable|supportive|decent|leader-?like)\s+of\s+you\b/gi,
  /\bwouldn(?:'|’)t\s+want\s+to\s+be\s+(?:the\s+(?:person|one|kind\s+of\s+\w+)|someone|that\s+(?:person|guy|leader))\s+who\b[^.!?]*/gi,
  /\bjust\s+a\s+buzzword\s+(?:for|to)\s+you\b|\bgot\s+where\s+you\s+are\b[^.!?]*\b(?:help|others|someone|people)\b[^.!?]*|\bI(?:(?:'|’)d|\s+would)\s+hate\s+(?:to\s+(?:tell|let)|for\s+(?:people|others|everyone|our\s+\w+(?:\s+\w+)?)\s+to\s+(?:know|hear|find\s+out))\b[^.!?]*|\b(?:would|will)\s+(?:really\s+)?reflect\s+(?:well|badly|poorly)\s+on\s+you\b[^.!?]*/gi,
  /\bis\s+it\s+(?:really\s+)?(?:that|so)\s+hard\s+to\b[^.!?]*|\byou(?:(?:'|’)re|\s+are)\s+the\s+only\s+(?:one|person)\s+who\s+(?:hasn(?:'|’)t|won(?:'|’)t|didn(?:'|’)t|refused|ignored|can\s+help)\b[^.!?]*|\b(?:please\s+)?don(?:'|’)t\s+let\s+me\s+down\b|\bwhat\s+(?:happened\s+to|about)\s+paying\s+it\s+forward\b|\byou\s+were\s+(?:a\s+\w+|young|junior|new|starting\s+out)\s+once\s+(?:too|yourself)\b|\bthe\s+least\s+you\s+(?:could|can)\s+do\b[^.!?]*|^\s*some\s+(?:leader|mentor|ally|friend|humanitarian|professional|role\s+model)\s+you\s+are\b|\byou(?:(?:'|’)ve|\s+have)\s+forgotten\s+what\s+it(?:(?:'|’)s|\s+is|\s+was)\s+like\b[^.!?]*|\bI(?:(?:'|’)d|\s+would)\s+expect\s+the\s+same\s+in\s+return\b|\bdo\s+you\s+(?:even\s+)?remember\s+what\s+it(?:(?:'|’)s|\s+is|\s+was)\s+like\b[^.!?]*|\byour\s+silence\s+says\b[^.!?]*|\bsays\s+a\s+lot\s+about\s+your\s+(?:values|character|priorities)\b|\b(?:it(?:(?:'|’)s|\s+is)|that(?:(?:'|’)s|\s+is))\s+(?:partly\s+|all\s+)?on\s+you\b[^.!?]*|\bpeople\s+like\s+me\s+(?:who\s+)?made\s+(?:you|your)\b[^.!?]*|^\s*return\s+the\s+favou?r\s*[.!]*\s*$|\bhelp\s+a\s+(?:sister|brother|fellow\s+\w+|girl|guy|mom|mum|dad)\s+out\b/gi,
  /\bas\s+(?:much|often)\s+as\s+you\s+do\s+(?:should|would|could|must|ought|can)\b[^.!?]*/gi,
  /\bsomeone\s+(?:with|of|in)\s+your\s+(?:platform|position|influence|reach|standing|stature|success|network|following|means|title)\s+(?:won(?:'|’)t|can(?:'|’)t|wouldn(?:'|’)t|couldn(?:'|’)t|doesn(?:'|’)t|should|would|could|must|ought)\b/gi,
  /\bhow\s+(?:can|could|do)\s+you\s+(?:call\s+yourself|sleep\s+at\s+night|live\s+with\s+yourself|claim\s+to)\b/gi,
  /\bit\s+would\s+(?:be|look)\s+(?:really\s+|very\s+|so\s+)?(?:hypocritical|selfish|a\s+shame|heartless|cruel)\s+(?:of\s+you\s+)?(?:not\s+to|to\s+(?:ignore|refuse|say\s+no))/gi,
  /\bwhat\s+kind\s+of\s+(?:leader|mentor|person|recruiter|professional|human)\s+(?:doesn(?:'|’)t|does\s+not|won(?:'|’)t|ignores?|refuses?)\b/gi,
  /\b(?:give|giving)\s+back\s+to\s+(?:the\s+)?(?:community|people|those)\s+(?:that|who)\s+(?:made|helped|got)\s+you\b/gi,
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
      { text: 'You owe it to yourself to take a proper break after the launch.' },
      { text: 'You owe me nothing, Joan, but thank you for the intro anyway.' },
      { text: 'Thanks for sharing your journey. Someone took a chance on me once, so I mentor two students a year.' },
      { text: 'You must be busy with year-end, so no rush at all on the reference.' },
      { text: 'Your talk on mentoring juniors convinced me to start a mentoring circle at work. Thank you!' },
      { text: 'Real leaders are rare, and you were one to our team.' },
    ],
    invalid: [
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
