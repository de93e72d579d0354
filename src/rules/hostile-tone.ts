/**
 * Insults, contempt, sarcasm, belittling, threats and shut-downs. Source: the
 * rude recruiter reply at the centre of the story ("tacky", "Don't ever write
 * me again", RULES.md).
 *
 * An insulting word counts when it is aimed at the reader ("you", "your
 * pitch", "this post") and not negated ("you're not clueless" is kind), or
 * when it stands alone as a verdict ("Tacky."). Fixed phrases of contempt
 * ("how dare you", "try harder", "waste of my time") and threats count
 * anywhere. Slang praise ("killer presentation", "you crushed it") is not on
 * the lists.
 */
import { defineRule } from '../engine/rule';
import { findInSentences, removeSentence } from '../engine/helpers';
import type { Detection, Suggestion } from '../engine/types';
import { COURTEOUS_DECLINE, HOSTILE_SHUTDOWN, opensWithGoodwill } from './shared/shutdown';

/** Words that insult a person or their work; from the 2014 reply and the insults of the Jigsaw toxicity data. */
const INSULTS =
  'clueless|mediocre|incompetent|stupid|idiotic|pathetic|useless|worthless|lazy|tacky|arrogant|delusional|ignorant|dumb|brainless|spineless|' +
  'shameless|hopeless|laughable|ridiculous|moronic|braindead|brain-dead|amateurish|disgusting|embarrassing|inept|clownish|insufferable|' +
  'obnoxious|creepy|sleazy|spammy|pitiful|unprofessional|inappropriate|rude|idiot|idiots|moron|morons|clown|clowns|fool|fools|loser|losers|' +
  'joke|amateur|amateurs|disgrace|embarrassment|imbecile|imbeciles|jerk|jerks|creep|leech|parasite|spammer|spammers|troll|trolls|fraud|' +
  'liar|liars|scammer|scammers|nobody|garbage|trash|dumbass|asshole|assholes|bitch|bastard|dickhead|prick|cunt|twat|wanker|jackass|' +
  'douchebag|cringe|cringey|cringy|cringeworthy|retard|retarded|scum|vandal|coward|pig|rat|snake|dimwit|halfwit|nitwit|buffoon|dunce|ignoramus|sociopath|psycho|lunatic|dick|dickweed|brat|punk|slag|bastard|fag';

/** Aimed at the reader: "you're …", "your pitch is …", "this post is …", with a few words between. */
const TARGET =
  "\\b(?:you(?:'|’)re|you\\s+are|you\\s+were|ur|u\\s+r|you\\s+(?:seem|sound|look|must\\s+be)|your\\s+(?:[\\w-]+\\s+)?(?:pitch|post|message|request|invite|invitation|cv|resume|profile|email|work|idea|question|comment|article|offer|proposal|note|application|portfolio|company|product|edit|edits|behaviou?r|attitude|writing|english|letter|bio|headline|outreach|approach|answer|reply)(?:\\s+[\\w-]+){0,3}?\\s+(?:is|was|are|were|looks?|sounds?|seems?|reads?)|(?:this|that)\\s+(?:[\\w-]+\\s+)?(?:pitch|post|message|request|invite|invitation|cv|resume|email|idea|article|offer|proposal|edit|comment)\\s+(?:is|was))\\b";
const AIMED = new RegExp(`${TARGET}((?:\\s+[\\w'’*,-]+){0,5}?)\\s+(?:an?\\s+|the\\s+|such\\s+an?\\s+)?(?:${INSULTS})s?\\b`, 'gi');
/** Name-calling: "you idiot", "you spamming clown". */
const CALLED = new RegExp(`\\byou\\s+(?:[\\w-]+\\s+)?(?:${INSULTS})s?\\b`, 'gi');

/** An insult on its own: "Tacky." "How pathetic." "What a joke." */
const VERDICT = new RegExp(`^\\s*(?:(?:how|so|just|totally|utterly|what\\s+an?|such\\s+an?)\\s+)?(?:${INSULTS})\\s*[.!?]*\\s*$`, 'i');

const CONTEMPT: RegExp[] = [
  new RegExp(`^\\s*(?:what\\s+an?|how)\\s+(?:${INSULTS})\\b`, 'gi'),
  /\bhow\s+dare\s+you\b/gi,
  /\bwho\s+do\s+you\s+think\s+you\s+are\b/gi,
  /\bwhat\s+(?:the\s+hell\s+)?were\s+you\s+thinking\b/gi,
  /\b(?:get\s+a\s+(?:life|clue|grip)|grow\s+up(?!\s*\?)|shut\s+up|try\s+harder|do\s+your\s+(?:homework|research)|learn\s+to\s+(?:read|spell|write|code)|go\s+to\s+hell|drop\s+dead|piss\s+off|f\*?u?c?k\s+off|kill\s+yourself|kys)\b/gi,
  /\b(?:delete|take\s+down)\s+(?:this|your)\s+(?:post|comment|profile|account)\b/gi,
  /\b(?:f[u*@#$%]?[c*@#$%]k|screw)\s+(?:you|u|off|ya)\b|\bgo\s+(?:f[\w*@#$%]*|screw)\s+yourself\b|\beat\s+sh[i*!]t\b|\bsuck\s+my\b|\byou\s+(?:really\s+)?suck\b|\byou(?:(?:'|’)re|\s+are)\s+the\s+problem\b/gi,
  /\b(?:a\s+)?(?:complete\s+|total\s+|utter\s+)?waste\s+of\s+(?:my\s+|our\s+|everyone(?:'|’)s\s+)?(?:time|space|oxygen|air)\b/gi,
  /\b(?:this|that|it|your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:is|was|'s|’s)\s+(?:such\s+)?an?\s+(?:[\w*]+\s+)?(?:joke|disgrace|embarrassment|insult)\b(?!\s+(?:we|I|about|that|from|to|of)\b)/gi,
  /\b(?:nobody|no\s+one)\s+(?:cares|asked)\b|\bwho\s+asked\s*\?/gi,
  /\b(?:you\s+should\s+(?:be|feel)\s+(?:ashamed|embarrassed|mortified)|shame\s+on\s+you)\b/gi,
  // Their work as rubbish: "this garbage". (A swear word alone is profanity, not contempt.)
  /\b(?:this|that|such|your)\s+(?:[\w-]+\s+)?(?:garbage|trash|rubbish|drivel|junk|dreck)\b(?!\s+(?:cans?|bins?|mail|collection|pick-?up|day|removal|food|fees?)\b)/gi,
  /\b(?:you(?:'|’)ll\s+regret|I(?:'|’)ll\s+make\s+sure\s+you\s+never|I\s+will\s+make\s+sure\s+you\s+never|(?:watch|mind)\s+your\s+back|I(?:'|’)ll\s+(?:kill|destroy|ruin|end|hurt|find)\s+you|I\s+will\s+(?:kill|destroy|ruin|end|hurt|find)\s+you)\b/gi,
  /\bare\s+you\s+(?:serious|kidding\s+me|stupid|dumb|an\s+idiot|insane|out\s+of\s+your\s+mind)\b(?![\s\S]*\b(?:amazing|awesome|congrat\w*|incredible|fantastic|great\s+news|so\s+(?:happy|proud)|thrilled|well\s+deserved)\b)/gi,
  /\b(?:young\s+and\s+green|humility\s+lesson|lesson\s+in\s+humility|nothing\s+to\s+offer\s+me|beneath\s+me)\b/gi,
  /\benjoy\s+(?:denying|rejecting|turning\s+(?:you\s+)?down|ignoring|deleting)\b/gi,
  // Superlatives of contempt: "the dumbest idea", "the laziest outreach I've seen".
  /\bthe\s+(?:dumbest|stupidest|laziest|lamest|worst|most\s+(?:ridiculous|pathetic|idiotic|useless|clueless|unprofessional|embarrassing|absurd|tone-deaf|arrogant|entitled))\s+(?:[\w-]+\s+)?(?:idea|pitch|message|request|post|article|application|resume|cv|email|take|advice|outreach|invite|invitation|note|question|answer|reply|comment|profile|recruiter|candidate|person|excuse|attempt|thing|i(?:'|’)ve|I\s+have)\b/gi,
  /\bwaste\s+of\s+(?:my|our|everyone(?:'|’)s)\s+(?:\w+\s+)?(?:afternoon|morning|evening|day|week|energy|attention|inbox|patience)\b/gi,
  /\byou\s+(?:clearly\s+|obviously\s+|apparently\s+|really\s+)?(?:can(?:'|’)t|cannot|don(?:'|’)t\s+know\s+how\s+to)\s+(?:even\s+)?(?:read|write|spell|count|think)\b/gi,
  /\byou\s+(?:clearly\s+|obviously\s+|honestly\s+)?(?:have|got)\s+no\s+(?:idea|clue)\s+(?:what|how)\b/gi,
  /\b(?:go\s+back\s+to\s+school|get\s+a\s+real\s+job|stick\s+to\s+your\s+day\s+job|learn\s+(?:some\s+)?manners|half\s+a\s+brain|(?:a\s+)?single\s+brain\s+cell|brain\s+cells?\s+(?:to\s+)?(?:spare|left))\b/gi,
  new RegExp(`\\bimagine\\s+(?:being|thinking|writing|sending|having)\\b[^.!?]{0,30}?\\b(?:${INSULTS})\\b`, 'gi'),
  /\blearn\s+(?:some\s+)?(?:basic\s+|proper\s+|common\s+)?(?:manners|etiquette|courtesy|grammar|to\s+(?:read|spell|write))\b/gi,
  /\b(?:a\s+)?crock\s+of\b|\b(?:a\s+)?load\s+of\s+(?:crap|rubbish|nonsense|garbage|bs|b\.s\.|bull)\b|\bwhat\s+a\s+(?:joke|mess|disaster|clown\s+show|waste)\b(?!\s+of\s+a\s+(?:week|day|year|month|quarter|morning|night|season|flight|commute))/gi,
  /\byou(?:'|’)ve\s+got\s+(?:some|a\s+lot\s+of)\s+nerve\b|\byou\s+have\s+(?:some|a\s+lot\s+of)\s+nerve\b|\bthe\s+(?:nerve|audacity|gall)\s+(?:of\s+you|to)\b|\bspare\s+(?:me|us)\s+(?:the|your)\b|\bfake\s+(?:humility|modesty|concern|sympathy|empathy|enthusiasm)\b|\bnobody\s+believes\s+(?:it|you|that)\b|\bget\s+your\s+(?:act|sh[i1!*]t|\S+)\s+together\b/gi,
  /\bare\s+you\s+even\s+(?:qualified|capable|able|literate|serious|a\s+real|trained|competent|awake|reading|listening)\b|\bdo\s+you\s+even\s+(?:know\s+what|read|understand|have\s+a\s+clue)\b|\bdid\s+you\s+even\s+(?:read|look|check|open|bother)\b/gi,
  /\bimagine\s+(?:thinking|believing|saying|writing|posting)\b|\banother\s+(?:clueless|pathetic|stupid|lazy|idiotic|useless|brain-?dead)\b|,\s*(?:genius|einstein|sherlock)\s*[?!.]*\s*$|\bclown\s+(?:take|show|behaviou?r)\b|\blog\s+off\b|\btouch\s+grass\b|\bwhat\s+an?\s+(?:crappy|shitty|sh\*tty|garbage|trash)\b|\band\s+so\s+are\s+you\b|\bwho\s+(?:(?:on\s+earth|the\s+hell|even)\s+(?:taught|told|hired|let|raised)|raised)\s+you\b/gi,
  /\b(?:your|these|those)\s+(?:ridiculous|pathetic|stupid|idiotic|absurd|laughable|moronic|lazy|dumb|useless)\s+[\w-]+/gi,
  /\bspoken\s+like\s+(?:a\s+true\s+|a\s+real\s+)?(?:someone|somebody|a\s+person|an?\s+(?:\w+\s+)?(?:who|that))\b|\bnever\s+worked\s+a\s+(?:day|real\s+job)\s+in\s+(?:their|your|his|her)\s+life\b|^\s*nice\s+try\s*[.!]*\s*$|\b(?:you|who)\s+can(?:'|’)t\s+even\s+(?:spell|read|write|count|form\s+a\s+sentence)\b/gi,
  /\b(?:reading(?:\s+comprehension)?|spelling|grammar|listening|math|maths|manners|logic|thinking|research)\s+(?:clearly\s+|obviously\s+)?(?:isn(?:'|’)t|is\s+not|wasn(?:'|’)t)\s+your\s+(?:strong\s+suit|forte|strength|thing)\b/gi,
  /\b(?:that(?:'|’)s|that\s+(?:is|was)|this\s+is|what)\s+(?:an?\s+|such\s+an?\s+)?(?:really\s+|very\s+|pretty\s+|incredibly\s+|truly\s+)?(?:tacky|pathetic|lazy|rude|stupid|ridiculous|unprofessional|arrogant|entitled|creepy|sleazy|obnoxious|embarrassing|spammy|disgusting|dumb|idiotic|laughable|clueless|amateurish|desperate|cheap|tone-deaf)\s+(?:way|thing|move|approach|attempt|request|message|question|ask|pitch|thing\s+to\s+(?:say|do|ask))\b/gi,
  /\byou(?:(?:'|’)re|\s+are)\s+(?:\w+\s+)?out\s+of\s+your\s+(?:depth|league|mind)\b|\bonly\s+(?:an?\s+|a\s+complete\s+)?(?:idiot|fool|moron|amateur|clown|imbecile|loser|halfwit)s?\s+(?:would|could|believes?|thinks?)\b/gi,
  /^\s*(?:sweetie|sweetheart|honey|hun|darling|kiddo|sonny|little\s+lady|young\s+(?:man|lady))\s*,/gi,
  /\bthat(?:'|’)s\s+not\s+how\s+any\s+of\s+this\s+works\b|\bsaid\s+no\s*(?:one|body)\s+ever\b|^\s*(?:yawn|eye\s*roll|ugh)\s*[.!]*\s*$|\bwhat\s+(?:is\s+it|do\s+you\s+want|now)\s+this\s+time\b|^\s*(?:oh,?\s+)?(?:great,?\s+)?(?:it(?:'|’)s\s+)?you\s+again\s*[.!?]*\s*$/gi,
  /\bwho(?:'|’)s\s+never\s+(?:managed|hired|built|led|run|shipped|sold|worked\s+(?:a|in))\s+(?:anyone|anything|a\s+\w+|a\s+day)\b/gi,
  /\b(?:reads|sounds|looks)\s+like\s+(?:it\s+was\s+)?(?:written|made|designed|drawn|put\s+together)\s+by\s+(?:an?\s+)?(?:toddler|child|kid|monkey|chatbot|bot|robot|(?:5|five)-year-old|amateur|intern)\b/gi,
  /^\s*(?:entitled|rude|desperate|arrogant|lazy|bitter|salty|dramatic|needy|pushy|defensive|clueless)\s+much\s*\?/gi,
  // Sarcasm and mockery: "Cool story, bro." "Thanks for the laugh." "Please tell me this is satire."
  /\bI(?:(?:'|’)ve|\s+have)\s+seen\s+(?:interns|kids|children|toddlers|students|bots|chatbots|monkeys|first-years|high\s+schoolers)\s+(?:\w+\s+){0,2}?(?:write|do|make|produce|build)\s+better\b|\b(?:my|a)\s+(?:\d+-year-old|(?:five|six|seven|ten)-year-old|kid|toddler|dog|cat|intern)\s+could\s+(?:do|write|make|build)\s+(?:this|that|it|better)\b/gi,
  /\bbold\s+of\s+you\s+to\b|\b(?:don(?:'|’)t|do\s+not)\s+quit\s+your\s+day\s+job\b|^\s*cool\s+story,?\s+(?:bro|bruh|dude|mate|pal)\b|\bthanks\s+for\s+the\s+(?:laugh|laughs|chuckle|comedy)\b|\bdid\s+you\s+(?:really\s+|honestly\s+|seriously\s+|actually\s+)?think\s+(?:this|that|it)\s+would\s+work\b/gi,
  /\bthis\s+is\s+(?:exactly\s+)?why\s+(?:nobody|no\s+one|people\s+don(?:'|’)t)\s+takes?\s+\w+(?:\s+\w+)?\s+seriously\b|\btell\s+me\s+(?:this|that)\s+(?:is|was)\s+(?:satire|a\s+joke|a\s+parody|trolling)\b|\btell\s+me\s+you(?:(?:'|’)re|\s+are)\s+(?:joking|kidding|trolling)\b/gi,
  /\byou\s+don(?:'|’)t\s+deserve\s+(?:a|this|the|any)\s+(?:job|role|position|career|seat|place|promotion)\b|\bwhat\s+passes\s+for\b|\bgod\s+help\s+us\b/gi,
  /\bhaven(?:'|’)t\s+(?:even\s+)?bothered\s+to\b|\bis\s+this\s+how\s+you\s+treat\b|\b(?:are|is)\s+(?:all\s+)?(?:such\s+)?(?:an?\s+)?(?:complete\s+|total\s+|absolute\s+)?(?:clowns?|idiots?|morons?|fools?|losers?|imbeciles?|parasites?|leeches)\b(?!\s+(?:of|in|at|for)\b)/gi,
  /\bwould\s+it\s+kill\s+you\s+to\b|\bdid\s+your\s+(?:mom|mum|mother|dad|kid|intern|assistant|dog)\s+write\s+(?:this|that|it)\b|\bwhat(?:(?:'|’)s|\s+is)\s+wrong\s+with\s+you\b|\bdid\s+I\s+ask\s+(?:for\s+(?:your|this|it|that)|you)\b/gi,
  /\bcould\s+(?:this|that|you|it)\s+(?:\w+\s+)?be\s+any\s+more\s+(?:tone-deaf|clueless|arrogant|condescending|out\s+of\s+touch|wrong|entitled|lazy|obvious|pathetic|ridiculous|patroni[sz]ing|smug|self-absorbed)\b/gi,
  /\bkeep\s+your\s+(?:spam|junk|garbage|nonsense|pitch(?:es)?|opinions?)\s+to\s+yourself\b|\bever\s+heard\s+of\s+(?:google|a\s+search\s+engine|reading|manners|spell-?check)\b|\btry\s+(?:reading|looking\s+at|checking)\s+(?:the|my|our)\s+[\w\s-]{1,30}?\s+next\s+time\b/gi,
  /\bdo\s+you\s+(?:even\s+)?proofread\b|\bhit\s+send\s+and\s+hope\b|\bcongrat(?:s|ulations)\s+on\s+stating\s+the\s+obvious\b|\b(?:work|deal)\s+with\s+(?:amateurs|idiots|clowns|morons|incompetents)\b|\bmakes?\s+me\s+want\s+to\s+(?:delete|quit|leave|throw\s+up|scream|puke)\b|\bnot\s+sure\s+what(?:(?:'|’)s|\s+is)\s+worse\b/gi,
  /\byou\s+(?:really|honestly|actually|seriously)\s+thought\s+(?:this|that|it)\s+(?:was|would\s+be)\s+a\s+good\s+idea\b|\b(?:absolute|total|complete|utter|pure)\s+(?:garbage|trash|rubbish|drivel|junk)\b/gi,
  /\blearn\s+to\s+take\s+(?:a|the)\s+hint\b|\bsomething\s+this\s+(?:out\s+of\s+touch|tone-deaf|clueless|stupid|lazy|dumb)\b|\bpiss-?poor\b|\b(?:stop|quit|keep|before|instead\s+of|go\s+on|you(?:(?:'|’)re|\s+are))\s+wasting\s+(?:(?:my|our|everyone(?:'|’)s)\s+time|your\s+time\s+and\s+mine)\b/gi,
  HOSTILE_SHUTDOWN,
];

/** Name-calling of anyone but the writer: "that recruiter sounds like a complete a**hole". */
const NAME_CALLING = new RegExp(
  `\\b(?:(?:sounds?|seems?|looks?|acts?|acting|behaves?|behaving)\\s+like|(?:is|are|was|were|'s|’s)|such)\\s+(?:an?\\s+)?(?:complete|total|absolute|utter|real|massive|giant|proper|bloody|f\\*+ing|fucking)\\s+(?:${INSULTS}|a[*$@#]{1,3}holes?|d[*!]ck(?:head)?s?|b[*!]tch(?:es)?|tw[*!]t)\\b`,
  'gi',
);

export default defineRule({
  meta: {
    id: 'hostile-tone',
    title: 'Hostile tone',
    description: 'Insults, contempt, sarcasm, belittling, threats and shut-downs: "tacky", "how dare you", "clueless", "don’t ever write to me again".',
    why: 'Contempt is screenshotted and shared. A hostile reply to a stranger cost a job-bank founder her reputation in 2014; the reader, and everyone they show, remembers the tone long after the point.',
    problem: 'This is hostile',
    fix: 'say no, or disagree, without the insult',
    severity: 'error',
    reads: 'contemptuous',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Learn something new every day! Thanks for the link.', context: 'reply' },
      { text: 'Absolute gem of a post. Following for more.', context: 'comment' },
      { text: 'Could this post be any more relevant to my week? Thank you!', context: 'comment' },
      { text: 'Grow up? No. Grow forward. Great keynote, Nia.', context: 'comment' },
      { text: 'What a disaster of a week for the markets. Hang in there, everyone.' },
      { text: 'Cool story and a great lesson about follow-ups.', context: 'comment' },
      { text: 'Are you serious?! This is amazing news, congrats!' },
      { text: 'I felt like a complete fraud in my first month.' },
      { text: 'Killer presentation, Dev — you absolutely crushed it.' },
      { text: "You're not clueless at all; hiring is just opaque from the outside." },
      { text: 'Thanks for the honest feedback, Ben. I will reapply in the spring.' },
      { text: 'The first draft was a joke we told at the offsite, so it stays out of the deck.' },
    ],
    invalid: [
      { text: 'Learn to take a hint.', excerpt: 'Learn to take a hint' },
      { text: 'Absolute garbage advice. Unfollowing.', excerpt: 'Absolute garbage' },
      { text: 'Congrats on stating the obvious.', excerpt: 'Congrats on stating the obvious' },
      { text: 'Not sure what’s worse, the spelling or the pitch.', excerpt: 'Not sure what’s worse' },
      { text: 'Keep your spam to yourself.', excerpt: 'Keep your spam to yourself' },
      { text: 'Try reading the job ad next time.', excerpt: 'Try reading the job ad next time' },
      { text: 'Would it kill you to reply?', excerpt: 'Would it kill you to' },
      { text: 'Could this post be any more tone-deaf?', excerpt: 'Could this post be any more tone-deaf' },
      { text: 'You still haven’t bothered to reply. Is this how you treat all candidates?', excerpt: 'haven’t bothered to' },
      { text: 'Recruiters who don’t post salaries are clowns.', excerpt: 'are clowns' },
      { text: 'If you won’t work weekends, you don’t deserve a job.', excerpt: 'you don’t deserve a job' },
      { text: 'Cool story, bro.', excerpt: 'Cool story, bro' },
      { text: 'Please tell me this is satire.', excerpt: 'tell me this is satire' },
      { text: 'Entitled much?', excerpt: 'Entitled much?' },
      { text: 'This reads like it was written by a toddler.', excerpt: 'reads like it was written by a toddler' },
      { text: 'Sweetie, that’s not how any of this works.', excerpt: 'Sweetie,' },
      { text: 'Another day, another thought leader who’s never managed anyone. Yawn.', excerpt: 'who’s never managed anyone' },
      { text: 'That’s a tacky way to ask for a job.', excerpt: 'That’s a tacky way' },
      { text: 'Only an idiot would post this.', excerpt: 'Only an idiot would' },
      { text: 'Reading comprehension isn’t your strong suit, is it?', excerpt: 'Reading comprehension isn’t your strong suit' },
      { text: 'Spoken like someone who has never worked a day in their life.', excerpt: 'Spoken like someone' },
      { text: 'You should be embarrassed to send something this lazy.', excerpt: 'You should be embarrassed' },
      { text: 'That recruiter sounds like a complete idiot.', excerpt: 'sounds like a complete idiot' },
      { text: "You're clueless about how hiring actually works.", excerpt: "You're clueless", output: '' },
      { text: 'How dare you add me to your newsletter without asking.', excerpt: 'How dare you' },
      { text: 'Tacky.', excerpt: 'Tacky.' },
      {
        text: 'Request denied. Don’t ever write to me again.',
        excerpt: 'Don’t ever write to me again',
        output: "Request denied. Thanks for reaching out. I keep LinkedIn to people I've worked with, so I'll pass, but good luck with your search.",
      },
      { text: 'This pitch is a joke. Try harder.', excerpt: 'This pitch is a joke' },
      { text: 'Honestly, it was a f***ing joke.', excerpt: 'it was a f***ing joke' },
      { text: 'Stop messaging me, you spamming clown.', excerpt: 'you spamming clown' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    const push = (start: number, end: number, suggestion: Suggestion) => out.push({ start, end, suggestions: [suggestion] });
    for (const hit of [...findInSentences(doc.sentences, AIMED), ...findInSentences(doc.sentences, CALLED)]) {
      // Affection, not insult: "you lucky bastard", "you clever fool".
      if (/\b(?:lucky|clever|sneaky|smart|brilliant|magnificent|beautiful|crazy|genius)\b/i.test(hit.text)) continue;
      // "you're not clueless", "you are never a nobody to me"
      if (/\b(?:not|n(?:'|’)t|never|no\s+longer|hardly)\b/i.test(hit.groups[0] ?? '') || /\b(?:not|n(?:'|’)t|never)\s*$/i.test(hit.text.replace(/\S+$/, ''))) continue;
      push(hit.start, hit.end, removeSentence(text, hit.sentence, 'Remove the insult'));
    }
    for (const hit of findInSentences(doc.sentences, NAME_CALLING)) {
      // "I felt like a complete fraud" is about the writer.
      if (/\b(?:I|I(?:'|’)m|me|myself)\b[^.!?]*$/i.test(hit.sentence.text.slice(0, hit.start - hit.sentence.start))) continue;
      push(hit.start, hit.end, removeSentence(text, hit.sentence, 'Remove the insult'));
    }
    for (const s of doc.sentences) {
      if (VERDICT.test(s.text)) push(s.start, s.start + s.text.trimEnd().length, removeSentence(text, s, 'Remove the insult'));
    }
    for (const re of CONTEMPT) {
      for (const hit of findInSentences(doc.sentences, re)) {
        const shutdown = re === HOSTILE_SHUTDOWN;
        const s = hit.sentence;
        const end = s.start + s.text.trimEnd().length;
        push(
          hit.start,
          hit.end,
          shutdown
            ? { title: 'Decline courteously', start: s.start, end, replacement: COURTEOUS_DECLINE }
            : removeSentence(text, s, 'Remove the contempt'),
        );
      }
    }
    return out;
  },
  overrulesScorer: opensWithGoodwill,
});
