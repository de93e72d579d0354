/**
 * Insults, contempt, sarcasm, belittling, threats and shut-downs. Source: the
 * rude recruiter reply at the centre of the story ("tacky", "Don't ever write
 * me again", RULES.md).
 *
 * An insulting word counts when it is aimed at the reader ("you", "your
 * pitch", "this post") and not negated ("you're not clueless" is kind), or
 * when it stands alone as a verdict ("Tacky."). A name that insults whoever
 * it names counts of anyone, not only the reader ("this idiot from
 * procurement", a vulgar name, a slur), unless it is the writer's own ("I felt
 * like such an idiot"), denied, or fond ("you lucky bastard"). Fixed phrases
 * of contempt ("how dare you", "try harder", "waste of my time") and threats
 * count anywhere. Slang praise ("killer presentation", "you crushed it") is
 * not on the lists.
 */
import { defineRule } from '../engine/rule';
import { findInSentences, removeSentence } from '../engine/helpers';
import { oneOf, phrases } from '../engine/phrases';
import type { Detection, Suggestion } from '../engine/types';
import { COURTEOUS_DECLINE, HOSTILE_SHUTDOWN, opensWithGoodwill } from './shared/shutdown';
import { SLURS } from './shared/slurs';

/**
 * Words that insult a person or their work: from the 2014 reply ("tacky",
 * "inappropriate") and the insults of the Jigsaw toxicity data. The patterns
 * below let each take a plural -s. Slang praise ("killer") is left out.
 */
const INSULTS = oneOf([
  // Verdicts on a person or their work
  'clueless', 'mediocre', 'incompetent', 'stupid', 'idiotic', 'pathetic', 'useless', 'worthless', 'lazy', 'tacky', 'arrogant',
  'delusional', 'ignorant', 'dumb', 'brainless', 'spineless', 'shameless', 'hopeless', 'laughable', 'ridiculous', 'moronic',
  'braindead', 'brain-dead', 'amateurish', 'disgusting', 'embarrassing', 'inept', 'clownish', 'insufferable', 'obnoxious',
  'creepy', 'sleazy', 'spammy', 'pitiful', 'unprofessional', 'inappropriate', 'rude',
  // Names for a person
  'idiot', 'idiots', 'moron', 'morons', 'clown', 'clowns', 'fool', 'fools', 'loser', 'losers', 'joke', 'amateur', 'amateurs',
  'disgrace', 'embarrassment', 'imbecile', 'imbeciles', 'jerk', 'jerks', 'creep', 'leech', 'parasite', 'spammer', 'spammers',
  'troll', 'trolls', 'fraud', 'liar', 'liars', 'scammer', 'scammers', 'nobody', 'garbage', 'trash',
  // Vulgar ones (Jigsaw)
  'dumbass', 'asshole', 'assholes', 'bitch', 'bastard', 'dickhead', 'prick', 'cunt', 'twat', 'wanker', 'jackass', 'douchebag',
  'cringe', 'cringey', 'cringy', 'cringeworthy', 'retard', 'retarded', 'scum', 'vandal', 'coward', 'pig', 'rat', 'snake',
  'dimwit', 'halfwit', 'nitwit', 'buffoon', 'dunce', 'ignoramus', 'sociopath', 'psycho', 'lunatic', 'dick', 'dickweed', 'brat',
  'punk', 'slag', 'fag', 'fucker', 'fuckers', 'motherfucker', 'fucktard', 'fuckwit', 'fuckhead', 'shithead', 'scumbag', 'cocksucker',
  'dickface', 'asshat', 'dipshit', 'smartass', 'hypocrite',
]);

/** What of theirs an insult lands on: "your pitch is …". */
const THEIR_WORK = oneOf([
  'pitch', 'post', 'message', 'request', 'invite', 'invitation', 'cv', 'resume', 'profile', 'email', 'work', 'idea', 'question',
  'comment', 'article', 'offer', 'proposal', 'note', 'application', 'portfolio', 'company', 'product', 'edit', 'edits',
  'behaviou?r', 'attitude', 'writing', 'english', 'letter', 'bio', 'headline', 'outreach', 'approach', 'answer', 'reply',
]);
/** What an insult lands on after "this" or "that": "this pitch is …". */
const THIS_WORK = oneOf([
  'pitch', 'post', 'message', 'request', 'invite', 'invitation', 'cv', 'resume', 'email', 'idea', 'article', 'offer', 'proposal',
  'edit', 'comment',
]);

/** Aimed at the reader: "you're …", "your pitch is …", "this post is …", with a few words between. */
const TARGET = `\\b${oneOf([
  "you're",
  'youre',
  'you are',
  'u are',
  // "your a …", the common misspelling
  'your(?= an? )',
  'you were',
  'ur',
  'u r',
  'you (seem|sound|look|must be)',
  `your ([\\w-]+ )?${THEIR_WORK}( [\\w-]+){0,3}? (is|was|are|were|looks?|sounds?|seems?|reads?)`,
  `(this|that) ([\\w-]+ )?${THIS_WORK} (is|was)`,
])}\\b`;
// The words between the target and the insult are captured: detect() skips "you're not clueless".
const AIMED = new RegExp(`${TARGET}((?:\\s+[\\w'’*,-]+){0,5}?)\\s+(?:an?\\s+|the\\s+|such\\s+an?\\s+)?${INSULTS}s?\\b`, 'gi');
/** Name-calling: "you idiot", "you spamming clown". */
const CALLED = phrases([`you ([\\w-]+ )?${INSULTS}s?`]);

/** An insult on its own: "Tacky." "How pathetic." "What a joke." */
const VERDICT = phrases([`^\\s*((how|so|just|totally|utterly|what an?|such an?) )?${INSULTS}\\s*[.!?]*\\s*$`], 'i');

/** Words that turn "are you serious?" into delight: "Are you serious?! This is amazing news". */
const GOOD_NEWS = oneOf([
  'amazing', 'awesome', 'congrat\\w*', 'incredible', 'fantastic', 'great news', 'so (happy|proud)', 'thrilled', 'well deserved',
]);
/** "The dumbest …", "the most clueless …". */
const SUPERLATIVE = oneOf([
  'dumbest', 'stupidest', 'laziest', 'lamest',
  `most ${oneOf([
    'ridiculous', 'pathetic', 'idiotic', 'useless', 'clueless', 'unprofessional', 'embarrassing', 'absurd', 'tone-deaf', 'arrogant',
    'entitled',
  ])}`,
]);
/** What a superlative of contempt is about: "the laziest outreach", "the worst I've seen". */
const SUPERLATIVE_OF = oneOf([
  'idea', 'pitch', 'message', 'request', 'post', 'article', 'application', 'resume', 'cv', 'email', 'take', 'advice', 'outreach',
  'invite', 'invitation', 'note', 'question', 'answer', 'reply', 'comment', 'profile', 'recruiter', 'candidate', 'person', 'excuse',
  'attempt', 'thing', "i've", 'I have',
]);
/** "That's a tacky way to …": the adjective of contempt. */
const TACKY = oneOf([
  'tacky', 'pathetic', 'lazy', 'rude', 'stupid', 'ridiculous', 'unprofessional', 'arrogant', 'entitled', 'creepy', 'sleazy',
  'obnoxious', 'embarrassing', 'spammy', 'disgusting', 'dumb', 'idiotic', 'laughable', 'clueless', 'amateurish', 'desperate',
  'cheap', 'tone-deaf',
]);
/** "… isn't your strong suit": what the reader is told they cannot do. */
const SKILL = oneOf([
  'reading( comprehension)?', 'spelling', 'grammar', 'listening', 'math', 'maths', 'manners', 'logic', 'thinking', 'research',
]);

/**
 * Fixed phrases of contempt, one regex a family, searched in this order; they count anywhere.
 * The families marked "2014" quote the reply (data/kelly-blazek-2014-quotes.jsonl); the others
 * are contempt, mockery and threats of the kinds in this rule's examples.
 */
const CONTEMPT: RegExp[] = [
  // "What an idiot." "How pathetic." at the start of a sentence
  phrases([`^\\s*(what an?|how) ${INSULTS}`]),
  phrases(['how dare you']),
  phrases(['who do you think you are']),
  phrases(['what (the hell )?were you thinking']),
  // Put-downs; "Grow up?" asked back is not one
  phrases([
    'get a (life|clue|grip)',
    'grow up(?!\\s*\\?)',
    'shut up',
    // An order, not a resolution: "I'll try harder", "those who try harder" are not put-downs.
    "\\b(?<!\\b(I|we|they|who|and|will|would|should|must|can|could|might|I'll|we'll|they'll)\\s)try harder",
    'do your (homework|research)',
    'learn to (read|spell|write|code)',
    'go to hell',
    'drop dead',
    'piss off',
    'f\\*?u?c?k off',
    'kill yourself',
    'kys',
  ]),
  phrases(['(delete|take down) (this|your) (post|comment|profile|account)']),
  // Swearing at the reader, masked letters too ("f*ck you")
  phrases([
    '(f[u*@#$%]?[c*@#$%]k|screw) (you|u|off|ya)',
    'go (f[\\w*@#$%]*|screw) yourself',
    'eat sh[i*!]t',
    'suck my',
    'you (really )?suck',
    "you('re| are) the problem",
  ]),
  phrases(["(a )?(complete |total |utter )?waste of (my |our |everyone's )?(time|space|oxygen|air)"]),
  // "This pitch is a joke", but not "a joke we told at the offsite"
  phrases([
    "(this|that|it|your [\\w-]+( [\\w-]+)?) (is|was|'s) (such )?an? ([\\w*]+ )?(joke|disgrace|embarrassment|insult)" +
      '(?! (we|I|about|that|from|to|of)\\b)',
  ]),
  // Not the writer's own modesty: "Nobody asked for my opinion on fonts, but …"
  phrases(['(nobody|no one) (cares|asked)(?! for my\\b)', 'who asked\\s*\\?']),
  phrases(['you should (be|feel) (ashamed|embarrassed|mortified)', 'shame on you']),
  // Their work as rubbish: "this garbage". (A swear word alone is profanity, not contempt.) Not "the trash cans".
  phrases([
    '(this|that|such|your) ([\\w-]+ )?(garbage|trash|rubbish|drivel|junk|dreck)' +
      '(?! (cans?|bins?|mail|collection|pick-?up|day|removal|food|fees?)\\b)',
  ]),
  // Threats
  phrases([
    "you'll regret(?! (missing|not (coming|going|attending|joining|seeing|trying|reading|watching)))",
    // Not "I'll make sure you never regret joining us"
    "I('ll| will) make sure you never (work|get (hired|a job|another)|find|set foot|show your face|come back)",
    '(watch|mind) your back',
    // Not "I'll find you a slot"
    "I'll (kill|destroy|ruin|end|hurt) you(?! (a|an|the|some\\w*|one|two|that|more|another|people|time)\\b)",
    'I will (kill|destroy|ruin|end|hurt) you(?! (a|an|the|some\\w*|one|two|that|more|another|people|time)\\b)',
    // "I'll find you." as a threat; not "I'll find you a role", "I'll find you at the booth"
    "I('ll| will) find you(?=\\s*([.!;]|$|,? and\\b))",
  ]),
  // "Are you serious?" as contempt, unless good news follows
  phrases([`are you (serious|kidding me|stupid|dumb|an idiot|insane|out of your mind)(?![\\s\\S]*\\b${GOOD_NEWS}\\b)`]),
  // 2014: "quite young and green", "your humility lesson for the year", "I enjoy denying your invite"
  phrases(['young and green', 'humility lesson', 'lesson in humility', 'nothing to offer me', 'beneath me']),
  phrases(['enjoy (denying|rejecting|turning (you )?down|ignoring|deleting)']),
  // Superlatives of contempt: "the dumbest idea", "the laziest outreach I've seen". "The worst" is also how
  // stories open ("The worst reply I ever got …"), so it counts only inside a sentence, not the writer's own
  // ("I'm the worst person to ask", "one of the worst habits", "it was the worst advice I ever got") and not a
  // general truth ("the worst thing a manager can say").
  phrases([
    `the ${SUPERLATIVE} ([\\w-]+ )?${SUPERLATIVE_OF}`,
    `(?<!^\\s*|\\b(I'm|I am|one of|it was) )the worst ([\\w-]+ )?${SUPERLATIVE_OF}(?! (a|an|any|we|you|they|one|I) (\\w+ )?(can|could|would|should) )`,
  ]),
  phrases(["waste of (my|our|everyone's) (\\w+ )?(afternoon|morning|evening|day|week|energy|attention|inbox|patience)"]),
  // Belittling: "you clearly can't read", "you have no idea what …"
  // Said to the reader, not a general condition ("If you can't write one specific sentence about someone, …")
  phrases(["(?<!\\bif )\\byou (clearly |obviously |apparently |really )?(can't|cannot|don't know how to) (even )?(read|write|spell|count|think)"]),
  // Not gratitude: "you have no idea how much those notes keep me going"
  phrases([
    'you (clearly|obviously|honestly) (have|got) no (idea|clue) (what|how)',
    'you (have|got) no (idea|clue) (what|how(?! (grateful|happy|glad|thankful|proud|excited|lovely)\\b| much (your|those|that|this|these|it|the) [\\w-]+( [\\w-]+)? (mean|meant|means|helped|helps|help|keep|kept|keeps)\\b))',
  ]),
  phrases([
    'go back to school',
    'get a real job',
    'stick to your day job',
    'learn (some )?manners',
    'half a brain',
    '(a )?single brain cell',
    'brain cells? (to )?(spare|left)',
  ]),
  // "Imagine being this clueless" (an insult within 30 characters)
  phrases([`imagine (being|thinking|writing|sending|having)\\b[^.!?]{0,30}?\\b${INSULTS}`]),
  phrases(['learn (some )?(basic |proper |common )?(manners|etiquette|courtesy|grammar|to (read|spell|write))']),
  // "A load of rubbish", "what a mess", but not "what a mess of a week"
  phrases([
    '(a )?crock of',
    '(a )?load of (crap|rubbish|nonsense|garbage|bs|b\\.s\\.|bull)',
    'what a (joke|mess|disaster|clown show|waste)(?! of a (week|day|year|month|quarter|morning|night|season|flight|commute))',
  ]),
  // "The nerve", "spare me", "get your act together"
  phrases([
    "you've got (some|a lot of) nerve",
    'you have (some|a lot of) nerve',
    'the (nerve|audacity|gall) (of you|to)',
    'spare (me|us) (the|your)',
    'fake (humility|modesty|concern|sympathy|empathy|enthusiasm)',
    'nobody believes (it|you|that)',
    'get your (act|sh[i1!*]t|\\S+) together',
  ]),
  // "Are you even qualified?" "Did you even read it?"
  phrases([
    'are you even (qualified|capable|able|literate|serious|a real|trained|competent|awake|reading|listening)',
    'do you even (know what|read|understand|have a clue)',
    'did you even (read|look|check|open|bother)',
  ]),
  // Mockery: "imagine thinking …", "another clueless …", "…, genius?", "touch grass"
  phrases([
    'imagine (thinking|believing|saying|writing|posting)',
    'another (clueless|pathetic|stupid|lazy|idiotic|useless|brain-?dead)',
    ',\\s*(genius|einstein|sherlock)\\s*[?!.]*\\s*$',
    'clown (take|show|behaviou?r)',
    // An order ("Dude, log off."), not a time to stop work ("when it's fine to log off")
    "\\b(?<!\\b(to|and|then|I|we|they|I'll|we'll|I'd)\\s|\\b(before|after|when|until|once) you\\s)log off\\b",
    'touch grass',
    'what an? (crappy|shitty|sh\\*tty|garbage|trash)',
    'and so are you',
    'who ((on earth|the hell|even) (taught|told|hired|let|raised)|raised) you',
  ]),
  phrases(['(your|these|those) (ridiculous|pathetic|stupid|idiotic|absurd|laughable|moronic|lazy|dumb|useless) [\\w-]+']),
  phrases([
    'spoken like (a true |a real )?(someone|somebody|a person|an? (\\w+ )?(who|that))',
    'never worked a (day|real job) in (their|your|his|her) life',
    '^\\s*nice try\\s*[.!]*\\s*$',
    "(you|who) can't even (spell|read|write|count|form a sentence)",
  ]),
  phrases([`${SKILL} (clearly |obviously )?(isn't|is not|wasn't) your (strong suit|forte|strength|thing)`]),
  // "That's a tacky way to ask"
  phrases([
    `(that's|that (is|was)|this is|what) (an? |such an? )?(really |very |pretty |incredibly |truly )?${TACKY} ` +
      '(way|thing|move|approach|attempt|request|message|question|ask|pitch|thing to (say|do|ask))',
  ]),
  phrases([
    "you('re| are) (\\w+ )?out of your (depth|league|mind)",
    'only (an? |a complete )?(idiot|fool|moron|amateur|clown|imbecile|loser|halfwit)s? (would|could|believes?|thinks?)',
  ]),
  // Condescending address at the start of a sentence: "Sweetie, …"
  phrases(['^\\s*(sweetie|sweetheart|honey|hun|darling|kiddo|sonny|little lady|young (man|lady))\\s*,']),
  // Weariness as a put-down: "Yawn." "Oh, it's you again."
  phrases([
    "that's not how any of this works",
    'said no\\s*(one|body) ever',
    '^\\s*(yawn|eye\\s*roll|ugh)\\s*[.!]*\\s*$',
    'what (is it|do you want|now) this time',
    "^\\s*(oh,? )?(great,? )?(it's )?you again\\s*[.!?]*\\s*$",
  ]),
  phrases(["who's never (managed|hired|built|led|run|shipped|sold|worked (a|in)) (anyone|anything|a \\w+|a day)"]),
  phrases([
    '(reads|sounds|looks) like (it was )?(written|made|designed|drawn|put together) by (an? )?' +
      '(toddler|child|kid|monkey|chatbot|bot|robot|(5|five)-year-old|amateur|intern)',
  ]),
  phrases(['^\\s*(entitled|rude|desperate|arrogant|lazy|bitter|salty|dramatic|needy|pushy|defensive|clueless) much\\s*\\?']),
  // Sarcasm and mockery: "Cool story, bro." "Thanks for the laugh." "Please tell me this is satire."
  phrases([
    "I('ve| have) seen (interns|kids|children|toddlers|students|bots|chatbots|monkeys|first-years|high schoolers) " +
      '(\\w+ ){0,2}?(write|do|make|produce|build) better',
    '(my|a) (\\d+-year-old|(five|six|seven|ten)-year-old|kid|toddler|dog|cat|intern) could (do|write|make|build) (this|that|it|better)',
  ]),
  phrases([
    'bold of you to',
    "(don't|do not) quit your day job",
    '^\\s*cool story,? (bro|bruh|dude|mate|pal)',
    'thanks for the (laugh|laughs|chuckle|comedy)',
    'did you (really |honestly |seriously |actually )?think (this|that|it) would work',
  ]),
  phrases([
    "this is (exactly )?why (nobody|no one|people don't) takes? \\w+( \\w+)? seriously",
    'tell me (this|that) (is|was) (satire|a joke|a parody|trolling)',
    "tell me you('re| are) (joking|kidding|trolling)",
  ]),
  phrases(["you don't deserve (a|this|the|any) (job|role|position|career|seat|place|promotion)", 'what passes for', 'god help us']),
  // "Recruiters who … are clowns", but not "are clowns of the circus"
  phrases([
    "haven't (even )?bothered to",
    'is this how you treat',
    '(are|is) (all )?(such )?(an? )?(complete |total |absolute |lazy |useless )?(clowns?|idiots?|morons?|fools?|losers?|imbeciles?|parasites?|leeches|bastards?|jerks?)' +
      '(?! (of|in|at|for)\\b)',
  ]),
  phrases([
    'would it kill you to',
    'did your (mom|mum|mother|dad|kid|intern|assistant|dog) write (this|that|it)',
    "what('s| is) wrong with you",
    'did I ask (for (your|this|it|that)|you)',
  ]),
  phrases([
    'could (this|that|you|it) (\\w+ )?be any more ' +
      '(tone-deaf|clueless|arrogant|condescending|out of touch|wrong|entitled|lazy|obvious|pathetic|ridiculous|' +
      'patroni[sz]ing|smug|self-absorbed)',
  ]),
  phrases([
    'keep your (spam|junk|garbage|nonsense|pitch(es)?|opinions?) to yourself',
    'ever heard of (google|a search engine|reading|manners|spell-?check)',
    'try (reading|looking at|checking) (the|my|our) [\\w\\s-]{1,30}? next time',
  ]),
  phrases([
    'do you (even )?proofread',
    'hit send and hope',
    'congrat(s|ulations) on stating the obvious',
    '(work|deal) with (amateurs|idiots|clowns|morons|incompetents)',
    'makes? me want to (delete|quit|leave|throw up|scream|puke)',
    "not sure what('s| is) worse",
  ]),
  phrases([
    'you (really|honestly|actually|seriously) thought (this|that|it) (was|would be) a good idea',
    '(absolute|total|complete|utter|pure) (garbage|trash|rubbish|drivel|junk)',
  ]),
  phrases([
    'learn to take (a|the) hint',
    'something this (out of touch|tone-deaf|clueless|stupid|lazy|dumb)',
    'piss-?poor',
    "(stop|quit|keep|before|instead of|go on|you('re| are)) wasting ((my|our|everyone's) time|your time and mine)",
  ]),
  HOSTILE_SHUTDOWN,
];

/**
 * Names for a person that insult whoever they name, masked too ("a**hole"): the vulgar names of the
 * Jigsaw toxicity data. Said of anyone, not only the reader ("some asshole deleted my edit").
 */
const VULGAR_NAME = phrases([
  oneOf([
    'a[s*$@#]{2}holes?', 'arseholes?', 'd[i*!]ckheads?', 'd[i*!]ckface', 'twats?', 'c[u*]nts?', 'wankers?', 'douchebags?',
    '(mother)?f[u*]c?kers?', 'fucktards?', 'fuckwits?', 'fuckheads?', 'shitheads?', 'scumbags?', 'cocksuckers?', 'asshats?',
    'dipshits?', 'dumbf[u*]cks?',
  ]),
  ...SLURS,
]);
/** A person named by an insult: "this idiot deleted my edit", "two idiots who", "a bunch of clowns". Not "this idiot-proof guide". */
// Not "clown" (a party clown), "prick" (a skin prick test).
const ONE = [
  'idiot', 'moron', 'imbecile', 'fool', 'loser', 'jerk', 'halfwit', 'dimwit', 'nitwit', 'buffoon', 'jackass', 'dumbass', 'bastard',
  'dick', 'bitch', 'retard',
];
const PERSON = oneOf(ONE);
const PEOPLE = oneOf(ONE.map((w) => (/(ss|ch)$/.test(w) ? `${w}es` : `${w}s`)));
/** After a name for a person: not a compound ("idiot-proof") nor food ("jerk chicken"). */
const NOT_A_NAME = "(?![-'’]|\\s+(chicken|pork|seasoning|sauce|reaction|reactions)\\b)";
const THAT_ONE = phrases([
  // Not "that fools no one"
  `(this|that|such an?|what an?) ([\\w-]+ )?${PERSON}${NOT_A_NAME}`,
  `(these|those|a bunch of|a pack of|surrounded by) ([\\w-]+ )?${PEOPLE}${NOT_A_NAME}`,
  // "why are you such a dick?", "stop being an idiot"
  `(are|were) (you|u) (being )?(such )?(an? )?([\\w-]+ )?(${PERSON}|${PEOPLE})${NOT_A_NAME}`,
  `stop (being|acting like) (such )?(an? )?([\\w-]+ )?(${PERSON}|${PEOPLE})${NOT_A_NAME}`,
  // "Yeah! You dummy!", but not "you dummy data"
  'you dummy(?=\\s*([.!?,]|$))',
  // "Fuck Head", "dickface"; not "we butt heads"
  '(fuck|f\\*+k|shit|sh\\*t|dick|d\\*ck|cock|ass|douche|scum|piss)[- ]?(heads?|faces?|wads?|bags?|stains?)',
  // Of a person, not litter: "you are a piece of …", "what a piece of …"
  "((you|u)('re| are| r)?|(he|she)('s| is)|what|such) (a )?(real |total |complete |miserable |sorry |worthless |little )?piece of (sh[i!*]+t|crap|dirt|garbage|trash|filth|scum)",
  "you('re| are) (a )?(real )?piece of work",
  'shut (the )?(fuck|f\\*+k|f\\*+|hell|heck) up',
  'kiss my (ass|arse|a\\*+)',
  '(stick|shove) it (right )?up (your|ur) (ass|arse|a\\*+)',
  'what the (fuck|f\\*+k|f\\*+|hell) (do|did|are|were) you (think|doing)',
  "(you|u) (stupid |dumb |fat |lazy |pompous )?ass(?![\\w'’*-])",
  'stfu',
  "(he|she|this guy|that guy|this dude|that dude) (really |totally |just )?sucks(?! (at|it up|up)\\b)",
  'sucks? (dicks?|cocks?|d\\*+cks?|balls)',
]);
/** Threats and wishes of harm, which count anywhere. */
const THREAT = phrases([
  // Not "we will beat you on price", "I'll hunt you down a copy", "I will never hurt you" (the detector skips denials)
  "(I|I'll|I will|ill|we'll|we will) (\\w+ )?(attack|punch|slap|smack|kill|hurt) (you|u)\\b(?! (a|an|the|some|one|two|that|to|at|in)\\b)",
  // Not "I'll make sure you never regret joining", "make sure you pay the early-bird rate"
  "(I'll|I will|I'm going to|I am going to|I'm gonna|gonna) make (sure|certain) (that )?you (suffer|regret (it|this|that)|pay for (it|this|that))",
  // Not "are you going to pay for this course?", "you'll pay for what you use"
  "(gonna|going to|will|'ll) pay for (this|that)(?=\\s*([.!]|$))",
  "pay for what (you|you've) (did|done)",
  'kick (your|ur|you) (ass+|arse|a\\*+|butt)',
  'hope you (get cancer|die|rot|suffer)',
  'go (fucking |f\\*+ing )?die\\b',
  'you should (just )?die',
  'deserve (worse than )?(death|to die)',
  // Not "the prints should be hung at eye level"
  '(you|he|she|like you) (should|ought to|deserve to) be (shot|hanged|killed|bludgeoned|beaten|exterminated)',
  // Not "men are more likely to commit suicide"
  '(you|u) should (just )?(go )?commit (suicide|sucide)',
  'go commit (suicide|sucide)',
]);

/** Words before an insult that make it the writer's own ("I felt like such an idiot"), denied ("not an idiot") or fond ("you lucky bastard"). */
const OWN = /\b(?:I(?:'|’)m|I\s+am|I\s+was|I(?:'|’)ve\s+been|I\s+(?:feel|felt|look|looked|sound|sounded)(?:\s+like)?|made\s+me\s+(?:look|feel)(?:\s+like)?|myself)\b(?:\s+\S+){0,4}\s*$/i;
const DENIED = /(?:\bnot|n(?:'|’)t|\bnever|\bno\s+longer)\s+(?:\S+\s+){0,2}$/i;
const FOND = /\b(?:lucky|clever|sneaky|smart|brilliant|magnificent|beautiful|crazy|genius|poor|cheeky|silly)\b/i;

/** Name-calling of anyone but the writer: "that recruiter sounds like a complete a**hole". */
const NAME_CALLING = phrases([
  `((sounds?|seems?|looks?|acts?|acting|behaves?|behaving) like|(is|are|was|were|'s)|such) (an? )?` +
    `(complete|total|absolute|utter|real|massive|giant|proper|bloody|f\\*+ing|fucking) ` +
    `(${INSULTS}|a[*$@#]{1,3}holes?|d[*!]ck(head)?s?|b[*!]tch(es)?|tw[*!]t)`,
]);

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
      { text: 'The worst reply I ever got was a single \'K.\', and I still think of it.' },
      { text: 'I\'m the worst person to ask about Excel, but Priya can help.' },
      { text: 'You\'ll regret missing Priya\'s demo on Thursday, it\'s brilliant.' },
      { text: 'Nobody asked for my opinion on fonts, but this deck is lovely.' },
      { text: 'You have no idea how much your note meant to me.' },
      { text: 'Please restart your laptop before you log off tonight.' },
      { text: "We wrote down the unwritten rules: how long a code review should take, when it's fine to log off.", context: 'comment' },
      { text: "If you can't write one specific sentence about someone, you probably shouldn't be messaging them yet.", context: 'post' },
      { text: "Thanks for the pointers on my draft. I'll try harder on the next one.", context: 'reply' },
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
      { text: "I'll find you a slot next week, promise." },
      { text: 'I felt like a bit of a scumbag asking twice, so thank you for answering.' },
      { text: 'This idiot-proof checklist saved my team hours.' },
      { text: 'That fools nobody, but it is a good start.', context: 'comment' },
      { text: 'Our best ideas go to die in committee, and I want to change that.', context: 'post' },
      { text: 'This jerk chicken at the offsite was amazing.' },
      { text: "I'll make sure you never regret joining us." },
      { text: 'The prints arrived; they should be hung at eye level.' },
      { text: 'Men are three times more likely to commit suicide than women, so check on your colleagues.', context: 'post' },
      { text: 'He just sucks it up and keeps going, which I admire.' },
      { text: "He isn't such a jerk once you get to know him." },
    ],
    invalid: [
      { text: 'The laziest outreach I have seen all year.', excerpt: 'The laziest outreach I have' },
      { text: 'You clearly have no idea how much work this takes.', excerpt: 'You clearly have no idea how' },
      { text: 'Why don’t you log off, loser.', excerpt: 'log off' },
      { text: 'This is the worst pitch I’ve seen this year.', excerpt: 'the worst pitch I’ve' },
      { text: 'Learn to take a hint.', excerpt: 'Learn to take a hint' },
      { text: 'Dude, log off.', context: 'comment', excerpt: 'log off' },
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
      { text: 'Stop being an idiot and read the brief.', excerpt: 'Stop being an idiot' },
      { text: 'This idiot from procurement cancelled the order again.', excerpt: 'This idiot' },
      { text: 'Why are you such a jerk about every review?', excerpt: 'are you such a jerk' },
      { text: 'Some scumbag recruiter stole my candidate list.', excerpt: 'scumbag' },
      { text: "You're gonna pay for what you did to my team.", excerpt: 'pay for what you did' },
      { text: 'Delete my number or I will make sure you regret it.', excerpt: 'I will make sure you regret it' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    const push = (start: number, end: number, suggestion: Suggestion) => out.push({ start, end, suggestions: [suggestion] });
    for (const hit of [...findInSentences(doc.sentences, AIMED), ...findInSentences(doc.sentences, CALLED)]) {
      // Affection, not insult: "you lucky bastard", "you clever fool".
      if (FOND.test(hit.text)) continue;
      // "you're not clueless", "you are never a nobody to me"
      if (/\b(?:not|n(?:'|’)t|never|no\s+longer|hardly)\b/i.test(hit.groups[0] ?? '') || /\b(?:not|n(?:'|’)t|never)\s*$/i.test(hit.text.replace(/\S+$/, ''))) continue;
      push(hit.start, hit.end, removeSentence(text, hit.sentence, 'Remove the insult'));
    }
    for (const hit of findInSentences(doc.sentences, NAME_CALLING)) {
      // "I felt like a complete fraud" is about the writer.
      if (/\b(?:I|I(?:'|’)m|me|myself)\b[^.!?]*$/i.test(hit.sentence.text.slice(0, hit.start - hit.sentence.start))) continue;
      push(hit.start, hit.end, removeSentence(text, hit.sentence, 'Remove the insult'));
    }
    for (const hit of [...findInSentences(doc.sentences, VULGAR_NAME), ...findInSentences(doc.sentences, THAT_ONE)]) {
      const before = hit.sentence.text.slice(0, hit.start - hit.sentence.start);
      if (OWN.test(before) || DENIED.test(before) || FOND.test(hit.text) || FOND.test(before.slice(-12))) continue;
      // A name, not a word: "that Dick Turpin exhibition", "are you Dick from accounts?"
      if (/\bDick\b/.test(hit.text)) continue;
      push(hit.start, hit.end, removeSentence(text, hit.sentence, 'Remove the insult'));
    }
    for (const hit of findInSentences(doc.sentences, THREAT)) {
      if (/\b(?:never|not)\b|n(?:'|’)t\b/i.test(hit.text) || DENIED.test(hit.sentence.text.slice(0, hit.start - hit.sentence.start))) continue;
      push(hit.start, hit.end, removeSentence(text, hit.sentence, 'Remove the threat'));
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
