/**
 * No clear, specific request. Source: "Be clear on the ask ... their time is
 * valuable, so treat it as such" (RULES.md).
 *
 * Caught: "pick your brain", "let me know if you can help", "anything you
 * can do", "help me in any way", "open to any opportunities", a bare "any
 * openings?". An offer of help ("let me know if there's anything I can do")
 * and a concrete question stay quiet.
 */
import { defineRule } from '../engine/rule';
import { find, findInSentences, rewriteSentence } from '../engine/helpers';
import { oneOf, phrases } from '../engine/phrases';
import type { Sentence } from '../engine/parse';
import type { Detection } from '../engine/types';

/** Kinds of help asked for without saying which: "any advice", "any tips or leads". */
const HELP = oneOf(['help', 'assistance', 'support', 'advice', 'guidance', 'tips', 'pointers', 'leads', 'ideas']);
/** Openings asked after without naming one: "let me know if there is any vacancy". */
const OPENINGS = oneOf(['vacancy', 'vacancies', 'opening', 'openings', 'position', 'positions', 'opportunit(y|ies)']);

/**
 * The phrases of a vague ask, each family one regex, searched in this order.
 * The families marked RULES.md are the rule's row there ("pick your brain",
 * "let me know if you can help", "anything you can do"; its "any
 * opportunities?" is BARE below); the rest say the same without a concrete
 * ask. An entry ending in "…" has no word boundary at its end, as the pattern
 * always had; a trailing `\b[^.!?]*` flags the rest of the sentence too.
 */
const VAGUE: RegExp[] = [
  // RULES.md: "pick your brain"
  phrases([
    "pick (your|ur|yer|someone's) brains?\\b" +
      '( (sometime|some time|at some point|one day|soon|about (stuff|things|anything|a few things|some things)))?…',
  ]),
  // RULES.md: "let me know if you can help" (not "anything else", "anything to add")
  phrases([
    "let me know if (you|u|there'?s|there is)\\b[^.!?]{0,40}?" +
      '\\b(help|assist|support|anything(?! (else|to add))|any\\s*way|something(?! (else|to add)))\\b[^.!?]*',
  ]),
  // RULES.md: "anything you can do"
  phrases([
    '(anything|whatever)( at all)? (you|u) (can|could|might|may|are able to) ' +
      '(do|help|offer|suggest|spare|share|think of)\\b( (for|with) (me|us))?…',
  ]),
  phrases(['(anything|something)( at all)? (you|u) (can|could|might) help (me|us) with']),
  // "Help me in any way", "support us however you can"
  phrases([
    '(help|assist|support)( (me|us))?( (with|in) (my|our|the) [\\w-]+( [\\w-]+)?)? ' +
      '(in any (way|shape|form)|however you (can|could)|any way you (can|could))…',
  ]),
  phrases([
    '(open to|looking for|hoping for|grateful for|appreciate|welcome) (any|whatever) ' +
      '(help|opportunities|opportunity|support|assistance|advice|guidance|leads|openings|pointers|direction|wisdom|input|' +
      'insights?|tips|ideas)' +
      '(?! (on|with|about|in|at|for)\\b)',
  ]),
  phrases([
    `any (${HELP}(\\s*(or|and|\\/|,)\\s*)?){1,3}\\s*(you (can|could|might) (give|offer|provide|share|spare) )?` +
      '(would be|is|will be) (\\w+ )?(appreciated|welcome|great|amazing|helpful|wonderful|fantastic)',
    'any help (at all )?would mean (the world|a lot|so much)',
    'tap into your (expertise|knowledge|experience|wisdom|brain)',
  ]),
  phrases([
    '(chat|talk|learn|hear) (more )?about\\s*,?\\s*(well,?\\s*)?(everything|anything|stuff|things|whatever)(?! (about|on|related to)\\b)',
  ]),
  phrases(['(help|assist) me (out|find (a|some|any) (job|work|role|position)|get (a|any) (job|role|position))(?! (as|in|at|on)\\b)']),
  phrases([
    "(if there'?s|if there is|is there) (any\\s*way|anything)( at all)? (you|u) (can|could|might) (help|assist|support|do)",
    'any\\s*way (you|u) (can|could|might) (help|assist|support)',
  ]),
  phrases([
    'any ([\\w-]+ )?(insights?|help|advice|guidance|tips|pointers|support|assistance|thoughts|wisdom|leads|ideas|suggestions) ' +
      "(you (can|could|might|may|'d be willing to|are willing to) (share|give|offer|provide|spare|pass along))",
  ]),
  phrases([
    '(help|learn from|support|assist|connect and learn|mentor) (me |you |us )?' +
      '(in any (way|form|capacity)( possible)?|however (possible|you (can|could)))',
  ]),
  phrases([
    'whatever (help|support|advice|guidance) (you (can|could|might) (give|offer|provide|spare|share))?',
    '(chat|talk) about (any )?(opportunities|things|stuff|careers?)(?! (in|on|for|at) (the|your) [\\w-]+ team)',
  ]),
  phrases(['anything (at all )?(helps|would help|would be (great|amazing|appreciated|wonderful))']),
  // "If you hear of anything", "please think of me"
  phrases([
    'if you (hear (of|about)|know of|come across|see|spot|run into|stumble (on|upon|across)|find) (anything|something)',
    'please think of me',
    'see where (it|this|things) (goes|go|leads?)',
  ]),
  // A chat "sometime" about nothing in particular
  phrases([
    '(up for|open to|fancy|grab|have) (a )?(quick )?(chat|call|coffee|catch-?up|talk) ' +
      '(at some point|sometime|some time|one of these days|whenever)' +
      '(?! (about|on|re|regarding)\\b)',
  ]),
  phrases([
    '(to )?(chat|talk|catch up|meet up) (sometime|some time|at some point|one day)\\s*(?=[!.]|$)',
    'learn more about (your (experience|journey|career|work|story|path|background)|what you do)' +
      '(?! (at|with|in|on|as|building|leading|working|there|here)\\b)',
    `(tell|inform|let) me (know )?if (there is )?any ${OPENINGS}`,
  ]),
  phrases([
    'discuss (potential |possible |some |mutual )?' +
      '(synerg(y|ies)|opportunities|collaboration|partnership opportunities|ways to work together)(?! (in|for|at|around|on|as)\\b)',
    '(add|bring) value to each other',
  ]),
  phrases([
    '(share|send|pass along|forward) (any|whatever) (leads|opportunities|openings|ideas|contacts|roles) ' +
      '(you (have|know of|hear of|come across|find))',
  ]),
  phrases([
    '(open|up) (to|for) (literally |pretty much |just about )?anything',
    'explore (ways|how|opportunities|possibilities) ((that )?we (could|can|might) )?(work together|collaborate|partner)',
  ]),
  phrases([
    '(hit me up|let me know|shout|ping me|give me a shout) if you (have|hear of|see|come across|know of) anything(?! else)',
    'what (opportunities|openings|roles|jobs|positions) (do you have|are (there|available))( for me)?\\s*\\?',
  ]),
  phrases([
    '(give|offer|share) (me )?(some )?(general )?(career )?(advice|guidance|tips|pointers) (at some point|sometime|some time|one day)',
    'tell me about (any )?(openings|vacancies|opportunities|jobs)\\s*(?=[?.!]|$)',
  ]),
  // Open to any role: "interested in any openings", "consider me for any roles"
  phrases([
    'interested in any (openings|opportunities|roles|positions|vacancies)\\b( (you|that) (may|might) have)?…',
    '(maybe|perhaps) we (can|could) help each other',
    'consider me for (any|all) (suitable |relevant |open |available )?(roles?|positions?|openings?|opportunit(y|ies)|vacanc(y|ies)|jobs?)',
  ]),
  phrases([
    '(could|can|would) you (please )?(guide|advise|mentor) me\\s*\\?',
    'anything we (could|can|might) do together',
    '(any|some) advice for (someone|a person|people) like me',
  ]),
  phrases(['in whatever way (works|suits you|you can|is possible)']),
  phrases(['point me in the right direction(?! (for|on|with|about|regarding|to)\\b)']),
  phrases(['keep me in mind (for )?(anything|any (roles?|openings?|opportunit\\w+|positions?))', 'if anything (comes|opens) up']),
  phrases([
    '(appreciate|love|welcome|need|value) (your|any|some) help with (my|the) ' +
      '(job search|search|career|transition|next steps?|job hunt|situation)',
    'if you have any (ideas|thoughts|leads|suggestions)\\s*[.!?]*\\s*$',
  ]),
  phrases([
    '(give|provide|offer) me (an? |any |some )?(job )?opportunit(y|ies)(?! (as|in|at|on|for|to)\\b)',
    // Asked of the reader, not the writer's offer ("I'll keep an eye out for roles that fit you")
    "(?<!\\b(I|we)('ll| will| can| could| would) )keep an eye out for (anything|something|opportunities|openings|roles|me)(?! (in|at|on|as|like)\\b)",
    'see (how|if) we (can|could|might) help each other',
    '(?<!\\bdo\\s)\\bwhatever you think (is|would be|might be)?\\s*(useful|helpful|relevant|valuable)',
    'your (take|thoughts|views?|perspective) on anything',
  ]),
  // Advice on "my career" with no question in it: "get your advice on my career at some point".
  phrases([
    '(get|hear|have|ask for|seek|borrow) (some of )?your (advice|input|guidance|thoughts|perspective|insights?|wisdom|two cents) ' +
      '(on|about|regarding) (my )?(career|future|path|options|next steps?|job search|life|situation|plans?|profile)' +
      '\\b(?! (move|switch|change|pivot|transition|as|from|into|to)\\b)[^.!?]*',
  ]),
  phrases([
    '(on|onto) your radar',
    'in case (anything|something) (comes|opens|pops) up',
    '(have|got|had) (some|any) (ideas|thoughts|suggestions|leads|pointers) for me(?! (on|about)\\b)',
  ]),
  phrases(['explore (potential |possible |some )?synerg(y|ies)']),
];

/** "I would welcome your support." as the whole ask, in a message with no question in it. */
const BARE_SUPPORT = /\b(?:welcome|appreciate|value|need|love)\s+your\s+(?:support|help|guidance|advice|mentorship)\s*[.!]*\s*$/i;

/** RULES.md: a bare "Any opportunities?" with nothing around it (a greeting and a name may open it). */
const BARE = phrases(
  [
    "^\\s*((so|and|also|hi|hey|hello)[,!]? ([A-Z][A-Za-z.'’-]+[,!] )?)?(do you have |are there |(do you )?know of |got )?" +
      'any (opportunities|openings|jobs|roles|positions|leads|vacancies|advice|tips)' +
      '( (for me|available|out there|at your company))?\\s*\\?+\\s*$',
  ],
  'i',
);

/** A vague ask becomes one the reader can say yes to: a named amount of time and a named kind of question. */
const ask = (sentence: Sentence) => rewriteSentence(sentence, 'Would you have 15 minutes next week for two specific questions about your work?', 'Ask for one specific thing');

export default defineRule({
  meta: {
    id: 'vague-ask',
    title: 'Vague ask',
    description: 'A request with no concrete ask: "pick your brain", "let me know if you can help", "anything you can do".',
    why: 'A busy person can say yes to a specific, small request: a 15-minute call about one question, one introduction, feedback on one document. An open-ended "help me" leaves them to guess what you want and how much of their time it will take, so it is usually left unanswered.',
    problem: 'There is no specific ask here',
    fix: 'ask for one concrete thing, such as a 15-minute call about a named topic or one introduction',
    severity: 'warning',
    reads: 'vague, with no clear ask',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'I\'ll keep an eye out for roles that fit you over the next month.' },
      { text: 'Do you know of any good courses on negotiation? I’m preparing for my first salary talk.' },
      { text: 'Let me know if you have anything else to add to the agenda.' },
      { text: 'Could you review my CV for the analyst role? I’d appreciate your help.' },
      { text: 'Let me know if you have any questions. Happy to help in any way I can.' },
      { text: 'Would love to chat sometime about the dbt migration at your team.' },
      { text: 'I’m the new account manager for Nordic; here’s my number if anything comes up.' },
      { text: 'The portal locks at 5pm on Friday, so let me know if you need anything from us before then.' },
      { text: 'Would you be up for a chat sometime about the Berlin office move?' },
      { text: 'Could I get your advice on my career move from audit into product? Twenty minutes would be plenty.' },
      { text: "Hi Rafael, could I pick a time on your calendar for a 15-min chat about your move from consulting into product?" },
      { text: "Let me know if there's anything I can do to help with the launch." },
      { text: 'Do you know anyone hiring backend engineers at Wealthsimple?' },
      { text: 'Let me know if you have any questions about the attached offer.' },
    ],
    invalid: [
      { text: 'I’m between jobs. Any help at all would mean the world.', excerpt: 'Any help at all would mean the world' },
      { text: 'Hi Mr. Soto, I’m a chemical engineer. Could you guide me?', excerpt: 'Could you guide me?' },
      { text: 'Hi Theo, I’m interested in any openings you may have.', excerpt: 'interested in any openings you may have' },
      { text: 'Maybe we can help each other?', excerpt: 'Maybe we can help each other' },
      { text: 'Do you know of any jobs?', excerpt: 'Do you know of any jobs?' },
      { text: 'I’m an MBA grad. What opportunities do you have for me?', excerpt: 'What opportunities do you have for me?' },
      { text: 'Please share any leads you have!', excerpt: 'share any leads you have' },
      { text: 'Hi Ms. Grey, I’m a recent graduate in biology. I would welcome your support.', excerpt: 'welcome your support' },
      { text: 'Can we connect for a quick call to discuss synergies?', excerpt: 'discuss synergies' },
      { text: 'I’d love to connect and learn more about your experience. Would be great to chat sometime!', excerpt: 'learn more about your experience' },
      { text: 'I’d love to connect and explore ways we could work together.', excerpt: 'explore ways we could work together' },
      { text: 'Hi Hana, any opportunities at your company?', excerpt: 'Hi Hana, any opportunities at your company?' },
      { text: 'Could you keep an eye out for anything for me?', excerpt: 'keep an eye out for anything' },
      { text: 'Would love to connect and see where it goes!', excerpt: 'see where it goes' },
      { text: 'Hi Sven, just putting myself on your radar in case anything comes up.', excerpt: 'on your radar' },
      {
        text: "Hi Kim, I'm a graphic designer with 4 years in packaging design. Can I pick your brain sometime?",
        excerpt: 'pick your brain sometime',
        output: "Hi Kim, I'm a graphic designer with 4 years in packaging design. Can I ask you two specific questions about your work in a 15-minute call next week?",
      },
      {
        text: "I'm job hunting again. Let me know if you can help with my search in any way.",
        excerpt: 'Let me know if you can help with my search in any way',
        output: "I'm job hunting again. Would you have 15 minutes next week for two specific questions about your work?",
      },
      { text: "I'm the COO of a freight company. Let me know if there's anything you can do for us.", excerpt: "Let me know if there's anything you can do for us" },
      { text: "I'd appreciate any help you can offer.", excerpt: 'appreciate any help' },
      { text: 'Any openings?', excerpt: 'Any openings?' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    for (const re of VAGUE) {
      for (const hit of findInSentences(doc.sentences, re)) {
        // "let me know if there's anything I can do" offers help; it does not ask for it.
        if (/\b(?:I|we)\s+(?:can|could|might|may)\b/i.test(hit.text) && !/\b(?:ways|how)\s+we\b|help\s+each\s+other|\btogether\b/i.test(hit.text)) continue;
        // "Here's my number if anything comes up", "happy to help in any way I can": offers, not asks.
        if (/\b(?:happy|glad|willing|here|keen)\s+to\s+(?:help|assist|support)\b/i.test(hit.sentence.text)) continue;
        // "Let me know if you need anything from us before then": the writer offers.
        if (/\bif\s+you\s+need\s+(?:anything|something)\b/i.test(hit.text)) continue;
        if (/\bhere(?:'|’)?s\s+my\b|\bhere\s+is\s+my\b|\b(?:call|reach|contact|text|email)\s+me\b/i.test(hit.sentence.text)) continue;
        const brain = /^pick\s+\S+\s+brains?/i.test(hit.text);
        out.push({
          start: hit.start,
          end: hit.end,
          suggestions: brain
            ? [{ title: 'Name what you need and for how long', start: hit.start, end: hit.end, replacement: 'ask you two specific questions about your work in a 15-minute call next week' }]
            : [ask(hit.sentence)],
        });
      }
    }
    if (!text.includes('?')) {
      for (const s of doc.sentences) {
        const m = BARE_SUPPORT.exec(s.text);
        if (m) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().replace(/[.!]+$/, '').length, suggestions: [ask(s)] });
      }
    }
    // A short message whose last sentence is a bare "Any advice?" (split again at ". " because
    // compromise keeps abbreviations like "PhD. Do" together).
    const pieces = doc.sentences.flatMap((sen) => find(sen.text, /[^.!?]+[.!?]*/g, sen.start));
    if (pieces.length <= 4) {
      for (const p of pieces) {
        // "Any ideas?" after a concrete question is fine; alone, it asks for nothing in particular.
        const adviceOnly = /\b(?:advice|tips)\b/i.test(p.text) && (text.match(/\?/g) ?? []).length > 1;
        const sentence = doc.sentences.find((s) => s.start <= p.start && p.start < s.end)!;
        if (BARE.test(p.text) && !adviceOnly) out.push({ start: p.start + (p.text.length - p.text.trimStart().length), end: p.start + p.text.trimEnd().length, suggestions: [ask(sentence)] });
      }
    }
    return out;
  },
  // A message that asks a real question elsewhere has an ask: "I'd appreciate your help" beside it is not vague.
  overrulesScorer: (sentence, { doc }) => doc.sentences.some((o) => o !== sentence && o.words.length >= 5 && o.text.trimEnd().endsWith('?')),
});
