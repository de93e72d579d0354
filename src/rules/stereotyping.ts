/**
 * Generalisations about a group. Source: "I love the sense of entitlement in
 * your generation" (the viral reply, RULES.md).
 *
 * Caught: the reader lumped into a group ("your generation", "people like
 * you", "you recruiters"); a group with a loaded adjective ("entitled
 * millennials", "typical recruiter"); a bare plural group as the subject of a
 * sweeping claim ("Engineers never understand budgets", "Millennials think
 * everything should be free"). Self-description ("As a Gen Z hire …") and
 * neutral mentions ("engineers love this tool") stay quiet.
 */
import { defineRule } from '../engine/rule';
import { findInSentences, removeSentence } from '../engine/helpers';
import type { Sentence } from '../engine/parse';
import type { Detection } from '../engine/types';

/** Groups people are stereotyped by: generation, age, profession, sex, origin. "Guys" is left out ("you guys" is friendly). */
const GROUP =
  "millennials|millenials|boomers|baby\\s+boomers|gen[\\s-]?z(?:ers|'ers)?|zoomers|gen[\\s-]?x(?:ers)?|gen[\\s-]?y|gen[\\s-]?alpha|kids(?:\\s+these\\s+days)?|" +
  'youngsters|young\\s+people|old\\s+people|older\\s+(?:people|workers)|graduates|grads|new\\s+grads|students|interns|juniors|' +
  'women|men|girls|ladies|females|males|immigrants|foreigners|expats|recruiters|engineers|developers|devs|programmers|coders|designers|' +
  'marketers|salespeople|sales\\s+people|sales\\s+reps|hr(?:\\s+people)?|lawyers|accountants|consultants|managers|bosses|executives|ceos|' +
  'founders|job\\s*seekers|candidates|applicants|freelancers|contractors|indians|americans|chinese|europeans|asians|africans|mexicans|' +
  'russians|brits|germans|muslims|christians|jews|hindus|liberals|conservatives|democrats|republicans|mothers|moms|mums|parents|' +
  'introverts|extroverts|techies|nerds|academics|bankers|millionaires|creatives|sales\\s+guys|finance\\s+bros|tech\\s+bros';

/** Age or sex with a generic noun: "older candidates", "young people", "female engineers". */
const MARKED = '(?:older|younger|young|old|elderly|female|male|foreign|international|millennial|boomer|gen[\\s-]?z|zoomer|gen[\\s-]?x)\\s+(?:people|workers|employees|candidates|hires|applicants|folks|professionals|engineers|developers|staff|managers|leaders|women|men)';

const LOADED =
  'classic|entitled|lazy|spoiled|spoilt|snowflake|whiny|whining|clueless|greedy|useless|typical|fragile|soft|self-absorbed|narcissistic|' +
  'arrogant|stupid|dumb|incompetent|privileged|delusional|ignorant|bossy|hysterical|emotional|selfish|worthless|pushy|sleazy|shady|money-grabbing';

/** What makes a statement about a group sweeping. */
const SWEEPING =
  "(?:are|were)\\s+(?:all|always|never|so|too|just|only|the\\s+same|set\\s+in\\s+their\\s+ways|stuck\\s+in\\s+the\\s+past|out\\s+of\\s+touch|past\\s+it|the\\s+worst|the\\s+(?:laziest|dumbest|most\\s+\\w+)|lazy|entitled|useless|clueless|terrible|bad|spoiled|soft|fragile|greedy|" +
  'dishonest|arrogant|incompetent|stupid|hopeless|obsessed|incapable|unreliable|emotional|snowflakes|liars|why|ruining|killing|destroying)|' +
  '(?:have|has)\\s+(?:\\w+\\s+)?(?:ruined|killed|destroyed|wrecked)\\b|do\\s+is\\b|(?:ruin|ruined|kill|killed|destroy|destroyed|wreck|wrecked)\\s+\\w+|' +
  "(?:always|never|all|only|just|can(?:'|’)t|cannot|don(?:'|’)t|won(?:'|’)t|wouldn(?:'|’)t|couldn(?:'|’)t|think|expect|believe|have\\s+(?:no|zero)|lack)\\s+\\w+|want\\s+(?!to\\b)\\w+|need\\s+to\\s+accept|should\\s+(?:just\\s+)?accept|will\\s+never\\s+be|can\\s+never\\s+be|will\\s+(?:say|do|sell|promise|take)\\s+anything|will\\s+(?:always|never)\\s+\\w+";

const PATTERNS: RegExp[] = [
  /\b(?:your|ur)\s+(?:generation|kind|type|lot|age\s+group|people|ilk)\b|\bpeople\s+(?:like|of\s+your\s+(?:age|kind|type))\s+you\b(?!\s+(?:are|make|keep|inspire)\b[^.!?]*\b(?:great|better|amazing|special|possible|worthwhile|best|difference|reason|why|inspir\w*|rare|gift|valuable|important)\b)|\byou\s+people\b|\b(?:folks|guys|types|kids|someone)\s+(?:like\s+you|your\s+age)\b|\bpeople\s+your\s+age\b|\bsense\s+of\s+entitlement\s+in\b/gi,
  new RegExp(`\\b(?:you|all\\s+you|you\\s+all)\\s+(?:${GROUP})\\b`, 'gi'),
  new RegExp(`\\b(?:${LOADED})\\s+(?:little\\s+|young\\s+|old\\s+)?(?:${GROUP}|millennial|boomer|zoomer|recruiter|hr\\s+person|salesman|saleswoman|grad|graduate|student|intern|engineer|developer|manager|boss|woman|man|candidate|applicant|job\\s*seeker|finance\\s+bro|tech\\s+bro|sales\\s+guy)\\b`, 'gi'),
  new RegExp(`\\b(?:all|these|those)\\s+(?:${GROUP})\\s+(?:${SWEEPING})\\b`, 'gi'),
  // A bare plural group opening a sweeping claim: "Engineers never understand budgets."
  new RegExp(`(?:^|[,;:—–]\\s*|\\b(?:because|why|honestly|frankly|sadly|typical)\\s+)(?:(?!(?:our|my|your|his|her|their|the|these|those|some|many|most|few|good|great|the\\s+best|smart|top|hiring|most|all|both|you|${LOADED})\\b)[A-Za-z-]+\\s+)?(?:${MARKED}|${GROUP})(?:\\s+(?:in|from|at|of|over|under)\\s+[\\w-]+(?:\\s+[\\w-]+)?|\\s+\\w+ing\\s+(?:to|from|into|in)\\s+[\\w-]+)?(?:\\s+(?:these\\s+days|nowadays|today))?\\s+(?:${SWEEPING})\\b`, 'gi'),
  new RegExp(`\\b(?:${GROUP}|millennial|boomer|zoomer|recruiter|graduate|student|kid|guy)\\s+like\\s+(?:you|yourself|u)\\b`, 'gi'),
  /\b(?:all|every|these)\s+\d{2}[\s-]year[\s-]olds?\b|\bevery\s+\d{2}[\s-]year[\s-]old\s+\w+/gi,
  /\byou(?:(?:'|’)re|\s+are)\s+(?:an?\s+)?(?:asian|indian|chinese|african|black|white|latin[oa]|mexican|american|british|german|french|jewish|muslim|christian|woman|female|male|man|girl|millennial|boomer|gen\s*z(?:er)?|older|young|mother|mom|mum|immigrant|foreigner)\b[^.!?]{0,10}?,?\s+so\s+you(?:(?:'|’)ll|\s+will|(?:'|’)d|\s+would|\s+must|(?:'|’)re|\s+are|\s+can|\s+should)\b[^.!?]*/gi,
  /\bevery\s+(?:gen\s*z(?:er)?|millennial|boomer|zoomer|woman|man|female|male|older|young|foreign|immigrant|mom|mum|mother)\s+(?:hire|employee|worker|candidate|intern|engineer|manager|applicant|person)?\s*(?:needs?|wants?|thinks?|expects?|is|has|can(?:'|’)t|won(?:'|’)t)\b[^.!?]*/gi,
  /\bonly\s+(?:a|an)\s+(?:boomer|millennial|zoomer|gen\s*z(?:er)?|woman|man|recruiter|lawyer|banker|salesman|consultant|mba)\s+would\b/gi,
  /\bsomething\s+(?:a|an)\s+(?:gen\s*z(?:er)?|millennial|boomer|zoomer|woman|man|recruiter|lawyer|banker|salesman|finance\s+bro|tech\s+bro)\s+(?:\w+\s+)?would\s+(?:say|do|write|post)\b/gi,
  new RegExp(`\\btypical\\s+of\\s+(?:${MARKED}|${GROUP})\\b`, 'gi'),
  /\b(?:ok|okay)\s+boomer\b|\b(?:of\s+course|typical(?:ly)?(?:\s+of)?|naturally|obviously)\s+(?:a|an|the)\s+(?:man|woman|guy|girl|millennial|boomer|zoomer|gen\s*z(?:er)?|recruiter|lawyer|engineer|consultant|salesman|banker|foreigner|immigrant|mba|manager)\s+(?:wrote|said|posted|would|thinks?|to\s+\w+)\b/gi,
  // "If a candidate follows up twice, they're desperate."
  new RegExp(`\\bif\\s+an?\\s+(?:candidate|applicant|recruiter|woman|man|junior|grad|graduate|millennial|boomer|student|intern)\\b[^.!?]{0,60}?,\\s*(?:they|he|she)(?:(?:'|’)re|\\s+are|(?:'|’)s|\\s+is)\\s+(?:(?:${LOADED})|desperate|needy|unprofessional|not\\s+serious)\\b`, 'gi'),
  // "The problem with hiring women in sales is they …"
  new RegExp(`\\bthe\\s+(?:problem|trouble|issue|thing)\\s+with\\s+(?:hiring\\s+|most\\s+|all\\s+|working\\s+with\\s+)?(?:${MARKED}|${GROUP})(?:\\s+(?:in|from|at)\\s+[\\w-]+)?\\s+is\\s+(?:that\\s+)?they\\b[^.!?]*`, 'gi'),
  // Hiring by age, sex or origin: "we don't hire people over 50", "never hire mothers".
  new RegExp(`(?<=\\b(?:don(?:'|’)t|do\\s{1,9}not|won(?:'|’)t|will\\s{1,9}not|never|wouldn(?:'|’)t|avoid)\\s{1,9})(?:hire|hiring|employ|recruit)\\s+(?:(?:people|anyone|candidates|applicants|workers|someone)\\s+(?:over|above|under|past|older\\s+than)\\s+\\d\\d|${MARKED}|women|mothers|moms|mums|immigrants|foreigners|muslims|jews|christians|hindus|gen[\\s-]?z(?:ers)?|millennials|boomers)\\b[^.!?;]*`, 'gi'),
];

export default defineRule({
  meta: {
    id: 'stereotyping',
    title: 'Stereotyping',
    description: 'Generalisations about a group: "your generation", "entitled millennials", "people like you", "you recruiters are all".',
    why: 'Judging a person by their age, job or background tells them you did not look at them at all, and it is the line of the 2014 reply that travelled furthest. Speak about this person and this request.',
    problem: 'This generalises about a group',
    fix: 'speak about this person and this request, not their group',
    severity: 'error',
    reads: 'a generalisation about a group',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Only a true Liverpool fan would understand this post.' },
      { text: 'People like you make this community great.' },
      { text: 'Moms returning to work: you’re not behind.' },
      { text: 'As someone who hired 40 juniors last year: bootcamp grads were some of our best hires.' },
      { text: 'Hi Helen, people like you are the reason I stayed in teaching.' },
      { text: 'We never hire without a paid trial week.' },
      { text: 'Good engineers always explain the why.' },
      { text: 'As a Gen Z hire, here is what helped me most in my first year: a manager who explained the why behind every task.' },
      { text: 'Engineers love this tool because it saves them a day a week.' },
      { text: 'You guys were amazing at the offsite!' },
      { text: 'We are hiring engineers and designers in Lisbon.' },
    ],
    invalid: [
      { text: 'Only a boomer would write something this out of touch.', excerpt: 'Only a boomer would' },
      { text: 'That’s so typical of women in leadership.', excerpt: 'typical of women' },
      { text: 'Sounds like something a Gen Z intern would say.', excerpt: 'something a Gen Z intern would say' },
      { text: 'Older applicants are set in their ways.', excerpt: 'Older applicants are set in their ways' },
      { text: 'Isn’t it funny how every Gen Z hire needs a mental health day?', excerpt: 'every Gen Z hire needs a mental health day' },
      { text: 'You’re Asian, so you’ll be great with the numbers side.', excerpt: 'You’re Asian, so you’ll be great with the numbers side' },
      { text: 'Typical of a boomer to think remote work is a fad.', excerpt: 'Typical of a boomer to think' },
      { text: 'Moms returning to work need to accept they won’t be as committed.', excerpt: 'Moms returning to work need to accept' },
      { text: 'Of course a man wrote this.', excerpt: 'Of course a man wrote' },
      { text: 'Millennials in management have ruined the office.', excerpt: 'Millennials in management have ruined the' },
      { text: 'The problem with hiring women in sales is they don’t want to travel.', excerpt: 'The problem with hiring women in sales is they don’t want to travel' },
      { text: 'Bootcamp grads never know the fundamentals.', excerpt: 'Bootcamp grads never know' },
      { text: 'Entitled millennials are why I stopped mentoring.', excerpt: 'Entitled millennials' },
      { text: 'You recruiters are all the same.', excerpt: 'You recruiters' },
      { text: 'People like you never last more than a year anyway.', excerpt: 'People like you' },
      { text: "Engineers never understand budgets, so I'll keep this simple.", excerpt: 'Engineers never understand' },
      {
        text: 'Thanks for applying, Sam. Millennials like you expect a promotion every year. We will not move forward.',
        excerpt: 'Millennials like you',
        output: 'Thanks for applying, Sam. We will not move forward.',
      },
      { text: 'I love the sense of entitlement in your generation.', excerpt: 'sense of entitlement in' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    const flagged = new Set<Sentence>();
    for (const re of PATTERNS) {
      for (const hit of findInSentences(doc.sentences, re)) {
        // Keep the group itself as the excerpt, not the punctuation that led to it.
        const lead = /^[^\p{L}]*(?:(?:because|why|honestly|frankly|sadly|typical)\s+)?/iu.exec(hit.text)?.[0].length ?? 0;
        const start = re === PATTERNS[4] ? hit.start + lead : hit.start;
        // "We engineers never …" is self-deprecation, not a stereotype of the reader.
        if (/\b(?:we|us|as\s+an?|fellow)\s*$/i.test(hit.sentence.text.slice(0, start - hit.sentence.start))) continue;
        out.push({ start, end: hit.end, suggestions: [] });
        flagged.add(hit.sentence);
      }
    }
    // No rewrite speaks for the writer about one person here; where the message says something else, the generalisation can go.
    const rest = doc.sentences.filter((s) => !flagged.has(s) && s.words.length >= 3);
    if (rest.length) for (const d of out) d.suggestions = [removeSentence(text, doc.sentences.find((s) => s.start <= d.start && d.start < s.end)!, 'Remove the generalisation')];
    return out;
  },
});
