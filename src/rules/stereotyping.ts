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
import { oneOf, pattern, phrases } from '../engine/phrases';
import type { Sentence } from '../engine/parse';
import type { Detection } from '../engine/types';
import { SLURS } from './shared/slurs';

/**
 * Groups people are stereotyped by: generation, age, profession, sex, origin. "Guys" is left out ("you guys" is friendly).
 * "gen z'ers" takes the straight apostrophe only (`[']`), as it always did.
 */
const GROUP = oneOf([
  // Generation and age
  'millennials', 'millenials', 'boomers', 'baby boomers', "gen[\\s-]?z(ers|[']ers)?", 'zoomers', 'gen[\\s-]?x(ers)?', 'gen[\\s-]?y',
  'gen[\\s-]?alpha', 'kids( these days)?', 'youngsters', 'young people', 'old people', 'older (people|workers)', 'graduates', 'grads',
  'new grads', 'students', 'interns', 'juniors',
  // Sex and origin
  'women', 'men', 'girls', 'ladies', 'females', 'males', 'immigrants', 'foreigners', 'expats',
  // Professions
  'recruiters', 'engineers', 'developers', 'devs', 'programmers', 'coders', 'designers', 'marketers', 'salespeople', 'sales people',
  'sales reps', 'hr( people)?', 'lawyers', 'accountants', 'consultants', 'managers', 'bosses', 'executives', 'ceos', 'founders',
  'job\\s*seekers', 'candidates', 'applicants', 'freelancers', 'contractors',
  // Nationality, religion, politics, family
  'indians', 'americans', 'chinese', 'europeans', 'asians', 'africans', 'mexicans', 'russians', 'brits', 'germans', 'muslims',
  'christians', 'jews', 'hindus', 'arabs', 'blacks', 'gays', 'latinos', 'hispanics', 'pakistanis', 'liberals', 'conservatives', 'democrats', 'republicans', 'mothers', 'moms', 'mums', 'parents',
  // Types
  'introverts', 'extroverts', 'techies', 'nerds', 'academics', 'bankers', 'millionaires', 'creatives', 'sales guys', 'finance bros',
  'tech bros',
]);

/** Age or sex with a generic noun: "older candidates", "young people", "female engineers". */
const AGE_OR_SEX = oneOf([
  'older', 'younger', 'young', 'old', 'elderly', 'female', 'male', 'foreign', 'international', 'millennial', 'boomer', 'gen[\\s-]?z',
  'zoomer', 'gen[\\s-]?x',
]);
const GENERIC_PEOPLE = oneOf([
  'people', 'workers', 'employees', 'candidates', 'hires', 'applicants', 'folks', 'professionals', 'engineers', 'developers', 'staff',
  'managers', 'leaders', 'women', 'men',
]);
const MARKED = pattern(`${AGE_OR_SEX} ${GENERIC_PEOPLE}`);

/** Adjectives that load a group: "entitled millennials", "typical recruiter". */
const LOADED = oneOf([
  'classic', 'entitled', 'lazy', 'spoiled', 'spoilt', 'snowflake', 'whiny', 'whining', 'clueless', 'greedy', 'useless', 'typical',
  'fragile', 'soft', 'self-absorbed', 'narcissistic', 'arrogant', 'stupid', 'dumb', 'incompetent', 'privileged', 'delusional',
  'ignorant', 'bossy', 'hysterical', 'emotional', 'selfish', 'worthless', 'pushy', 'sleazy', 'shady', 'money-grabbing',
  'dirty', 'filthy',
]);

/** Origin, faith or orientation… */
const ORIGIN = oneOf([
  'irish', 'french', 'greek', 'jewish', 'jew', 'muslim', 'arab', 'indian', 'chinese', 'mexican', 'black', 'white', 'asian', 'african',
  'british', 'english', 'german', 'polish', 'russian', 'italian', 'turkish', 'pakistani', 'gay', 'catholic', 'hindu', 'zionist',
]);
/** …with a name that insults a person: "Irish cunt", "white trash". No animals: "white rats in the lab", "Large White pigs". */
const ABUSE = oneOf([
  'cunts?', 'bastards?', 'scum', 'trash', 'vermin', 'idiots?', 'morons?', 'fools?', 'whores?', 'sluts?', 'bitch(es)?', 'a[s*]{2}holes?',
]);

/** What makes a statement about a group sweeping: "are all …", "have ruined …", "never …", "want …". */
const SWEEPING = oneOf([
  '(are|were) (all|always|never|so|too|just|only|the same|set in their ways|stuck in the past|out of touch|past it|the worst|' +
    'the (laziest|dumbest|most \\w+)|lazy|entitled|useless|clueless|terrible|bad|spoiled|soft|fragile|greedy|dishonest|arrogant|' +
    'incompetent|stupid|hopeless|obsessed|incapable|unreliable|emotional|snowflakes|liars|why|ruining|killing|destroying)',
  '(have|has) (\\w+ )?(ruined|killed|destroyed|wrecked)\\b',
  'do is\\b',
  '(ruin|ruined|kill|killed|destroy|destroyed|wreck|wrecked) \\w+',
  "(always|never|all|only|just|can't|cannot|don't|won't|wouldn't|couldn't|think|expect|believe|have (no|zero)|lack) \\w+",
  'want (?!to\\b)\\w+',
  'need to accept',
  'should (just )?accept',
  'will never be',
  'can never be',
  'will (say|do|sell|promise|take) anything',
  'will (always|never) \\w+',
]);

/** The families of stereotyping, each one regex, searched in this order. */
const PATTERNS: RegExp[] = [
  // The reader lumped into a group; the viral reply (RULES.md): "the sense of entitlement in your generation"
  phrases([
    // Not the adjective: "your kind reply"
    "(your|ur) (generation|kind(?! (words?|reply|replies|note|notes|message|messages|comment|comments|offer|recommendation|help|support|introduction|email|response|feedback|invitation|invite|gesture|wishes|thoughts|advice|review|endorsement|mention|referral|letter|answer|suggestion|post|encouragement)\\b)|type|lot|age group|people|ilk)",
    // Not praise: "people like you who publish salaries make this so much easier"
    'people (like|of your (age|kind|type)) you' +
      '(?!( (who|that) [^.!?]{1,60}?)? (are|make|keep|inspire)\\b[^.!?]*' +
      '\\b(great|better|amazing|special|possible|worthwhile|best|difference|reason|why|inspir\\w*|rare|' +
      'gift|valuable|important|easier|easy|simpler|kinder|happier)\\b)',
    'you people',
    '(folks|guys|types|kids|someone) (like you|your age)',
    'people your age',
    'sense of entitlement in',
  ]),
  phrases([`(you|all you|you all) ${GROUP}`]),
  // A group with a loaded adjective: "entitled millennials", "typical recruiter"
  phrases([
    `${LOADED} (little |young |old )?(${GROUP}|millennial|boomer|zoomer|recruiter|hr person|salesman|saleswoman|grad|graduate|` +
      'student|intern|engineer|developer|manager|boss|woman|man|candidate|applicant|job\\s*seeker|finance bro|tech bro|sales guy)',
  ]),
  phrases([`(all|these|those) ${GROUP} ${SWEEPING}`]),
  // A bare plural group opening a sweeping claim: "Engineers never understand budgets."
  phrases([
    '…(^|[,;:—–]\\s*|\\b(because|why|honestly|frankly|sadly|typical)\\s+)' +
      '((?!(our|my|your|his|her|their|the|these|those|some|many|most|few|good|great|the best|smart|top|hiring|most|all|both|you|' +
      `${LOADED})\\b)` +
      `[A-Za-z-]+ )?(${MARKED}|${GROUP})( (in|from|at|of|over|under) [\\w-]+( [\\w-]+)?| \\w+ing (to|from|into|in) [\\w-]+)?` +
      `( (these days|nowadays|today))? ${SWEEPING}`,
  ]),
  phrases([`(${GROUP}|millennial|boomer|zoomer|recruiter|graduate|student|kid|guy) like (you|yourself|u)`]),
  // A generation judged: "This generation simply can't hold a conversation", "says everything about that generation"
  phrases([
    "(this|that|your|their|today's|the younger|a whole|your whole|their whole|that whole) generation( of \\w+)? " +
      "((simply|just|really|clearly|honestly|seems to|seem to) )?(can't|cannot|doesn't|don't|won't|has no|have no|thinks?|expects?|wants?|lacks?|(is|are) (so|too|just|all))\\b[^.!?]*",
    'says (everything|a lot|it all) about (that|this|your|their) generation',
  ]),
  // The same mid-sentence: "I'm starting to think young people today just don't have manners"
  phrases([`(kids|young people|youngsters|graduates|grads) (these days|nowadays|today) ${SWEEPING}[^.!?]*`]),
  phrases(['(all|every|these) \\d{2}[\\s-]year[\\s-]olds?', 'every \\d{2}[\\s-]year[\\s-]old \\w+']),
  // "You're a woman, so you'll …"
  phrases([
    "you('re| are) (an? )?(asian|indian|chinese|african|black|white|latin[oa]|mexican|american|british|german|french|jewish|muslim|" +
      'christian|woman|female|male|man|girl|millennial|boomer|gen\\s*z(er)?|older|young|mother|mom|mum|immigrant|foreigner)\\b' +
      "[^.!?]{0,10}?,?\\s+so you('ll| will|'d| would| must|'re| are| can| should)\\b[^.!?]*",
  ]),
  phrases([
    'every (gen\\s*z(er)?|millennial|boomer|zoomer|woman|man|female|male|older|young|foreign|immigrant|mom|mum|mother) ' +
      '(hire|employee|worker|candidate|intern|engineer|manager|applicant|person)?' +
      "\\s*(needs?|wants?|thinks?|expects?|is|has|can't|won't)\\b[^.!?]*",
  ]),
  phrases(['only (a|an) (boomer|millennial|zoomer|gen\\s*z(er)?|woman|man|recruiter|lawyer|banker|salesman|consultant|mba) would']),
  phrases([
    'something (a|an) (gen\\s*z(er)?|millennial|boomer|zoomer|woman|man|recruiter|lawyer|banker|salesman|finance bro|tech bro) ' +
      '(\\w+ )?would (say|do|write|post)',
  ]),
  phrases([`typical of (${MARKED}|${GROUP})`]),
  phrases([
    '(ok|okay) boomer',
    '(of course|typical(ly)?( of)?|naturally|obviously) (a|an|the) ' +
      '(man|woman|guy|girl|millennial|boomer|zoomer|gen\\s*z(er)?|recruiter|lawyer|engineer|consultant|salesman|banker|' +
      'foreigner|immigrant|' +
      'mba|manager) (wrote|said|posted|would|thinks?|to \\w+)',
  ]),
  // "If a candidate follows up twice, they're desperate."
  phrases([
    'if an? (candidate|applicant|recruiter|woman|man|junior|grad|graduate|millennial|boomer|student|intern)\\b[^.!?]{0,60}?,' +
      `\\s*(they|he|she)('re| are|'s| is) (${LOADED}|desperate|needy|unprofessional|not serious)`,
  ]),
  // "The problem with hiring women in sales is they …"
  phrases([
    'the (problem|trouble|issue|thing)' +
      ` with (hiring |most |all |working with )?(${MARKED}|${GROUP})( (in|from|at) [\\w-]+)? is (that )?they\\b[^.!?]*`,
  ]),
  // Slurs, and abuse of someone by their origin or faith: "you stupid Irish cunt", "go back to your own country"
  phrases([
    ...SLURS,
    `${ORIGIN} ${ABUSE}(?![-'’])`,
    `(stupid|dirty|filthy|pansy|bloody|fucking|f\\*+ing) (jews?|muslims?|arabs?|mexicans?|indians?|pakis?|blacks?|immigrants?|foreigners?)`,
    // Told, not asked: not "did you go back to your own country for the holidays?"
    "(?<!\\b(did|do|will|would|could|can|to|when|if|you|you'll|you'd)\\s)go back to (your (own )?country|where you (came|come|belong) from)",
    'send (them|him|her) back (to (their|his|her) (own )?country|where (they|he|she) (came|come|belong) from)',
    '(get|go|stay) out of (my|our|this) country',
    '^\\s*(please )?leave (my|our|this) country',
  ]),
  // Hiring by age, sex or origin: "we don't hire people over 50", "never hire mothers".
  phrases([
    "(?<=\\b(don't|do\\s{1,9}not|won't|will\\s{1,9}not|never|wouldn't|avoid)\\s{1,9})(hire|hiring|employ|recruit) " +
      '((people|anyone|candidates|applicants|workers|someone) (over|above|under|past|older than) \\d\\d|' +
      `${MARKED}|women|mothers|moms|mums|` +
      'immigrants|foreigners|muslims|jews|christians|hindus|gen[\\s-]?z(ers)?|millennials|boomers)\\b[^.!?;]*',
  ]),
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
      { text: 'Every generation gets called lazy by the one before it, and it has never been true.' },
      { text: 'Our generation of engineers inherited a lot of legacy code.' },
      { text: 'Thank you for your kind reply, I\'ll send the documents on Monday.' },
      { text: 'Only a true Liverpool fan would understand this post.' },
      { text: 'People like you make this community great.' },
      { text: 'People like you who publish real salary numbers make this job hunt so much easier.' },
      { text: 'Moms returning to work: you’re not behind.' },
      { text: 'As someone who hired 40 juniors last year: bootcamp grads were some of our best hires.' },
      { text: 'Hi Helen, people like you are the reason I stayed in teaching.' },
      { text: 'We never hire without a paid trial week.' },
      { text: 'Good engineers always explain the why.' },
      { text: 'As a Gen Z hire, here is what helped me most in my first year: a manager who explained the why behind every task.' },
      { text: 'Engineers love this tool because it saves them a day a week.' },
      { text: 'You guys were amazing at the offsite!' },
      { text: 'We are hiring engineers and designers in Lisbon.' },
      { text: 'I had to leave my country to find work, and this community helped me start again.' },
      { text: 'Our Irish team won the hackathon this year.' },
      { text: 'Did you get back to your own country safely after the conference?' },
      { text: 'We ran trials on white rats in the lab.' },
    ],
    invalid: [
      { text: 'This generation simply can’t hold a conversation without an emoji.', excerpt: 'This generation simply can’t hold a conversation without an emoji' },
      { text: 'A candidate didn’t even thank me. I’m starting to think young people today just don’t have manners.', excerpt: 'young people today just don’t have manners' },
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
      { text: 'If you hate how we do things here, go back to your own country.', excerpt: 'go back to your own country' },
      { text: 'Another filthy immigrant taking our jobs.', excerpt: 'filthy immigrant' },
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
