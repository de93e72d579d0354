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
import type { Sentence } from '../engine/parse';
import type { Detection } from '../engine/types';

const VAGUE: RegExp[] = [
  /\bpick\s+(?:your|ur|yer|someone(?:'|’)s)\s+brains?\b(?:\s+(?:sometime|some\s+time|at\s+some\s+point|one\s+day|soon|about\s+(?:stuff|things|anything|a\s+few\s+things|some\s+things)))?/gi,
  /\blet\s+me\s+know\s+if\s+(?:you|u|there(?:'|’)?s|there\s+is)\b[^.!?]{0,40}?\b(?:help|assist|support|anything(?!\s+(?:else|to\s+add))|any\s*way|something(?!\s+(?:else|to\s+add)))\b[^.!?]*/gi,
  /\b(?:anything|whatever)(?:\s+at\s+all)?\s+(?:you|u)\s+(?:can|could|might|may|are\s+able\s+to)\s+(?:do|help|offer|suggest|spare|share|think\s+of)\b(?:\s+(?:for|with)\s+(?:me|us))?/gi,
  /\b(?:anything|something)(?:\s+at\s+all)?\s+(?:you|u)\s+(?:can|could|might)\s+help\s+(?:me|us)\s+with\b/gi,
  /\b(?:help|assist|support)(?:\s+(?:me|us))?(?:\s+(?:with|in)\s+(?:my|our|the)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:in\s+any\s+(?:way|shape|form)|however\s+you\s+(?:can|could)|any\s+way\s+you\s+(?:can|could))/gi,
  /\b(?:open\s+to|looking\s+for|hoping\s+for|grateful\s+for|appreciate|welcome)\s+(?:any|whatever)\s+(?:help|opportunities|opportunity|support|assistance|advice|guidance|leads|openings|pointers|direction|wisdom|input|insights?|tips|ideas)\b(?!\s+(?:on|with|about|in|at|for)\b)/gi,
  /\bany\s+(?:(?:help|assistance|support|advice|guidance|tips|pointers|leads|ideas)(?:\s*(?:or|and|\/|,)\s*)?){1,3}\s*(?:you\s+(?:can|could|might)\s+(?:give|offer|provide|share|spare)\s+)?(?:would\s+be|is|will\s+be)\s+(?:\w+\s+)?(?:appreciated|welcome|great|amazing|helpful|wonderful|fantastic)\b|\bany\s+help\s+(?:at\s+all\s+)?would\s+mean\s+(?:the\s+world|a\s+lot|so\s+much)\b|\btap\s+into\s+your\s+(?:expertise|knowledge|experience|wisdom|brain)\b/gi,
  /\b(?:chat|talk|learn|hear)\s+(?:more\s+)?about\s*,?\s*(?:well,?\s*)?(?:everything|anything|stuff|things|whatever)\b(?!\s+(?:about|on|related\s+to)\b)/gi,
  /\b(?:help|assist)\s+me\s+(?:out|find\s+(?:a|some|any)\s+(?:job|work|role|position)|get\s+(?:a|any)\s+(?:job|role|position))\b(?!\s+(?:as|in|at|on)\b)/gi,
  /\b(?:if\s+there(?:'|’)?s|if\s+there\s+is|is\s+there)\s+(?:any\s*way|anything)(?:\s+at\s+all)?\s+(?:you|u)\s+(?:can|could|might)\s+(?:help|assist|support|do)\b|\bany\s*way\s+(?:you|u)\s+(?:can|could|might)\s+(?:help|assist|support)\b/gi,
  /\bany\s+(?:[\w-]+\s+)?(?:insights?|help|advice|guidance|tips|pointers|support|assistance|thoughts|wisdom|leads|ideas|suggestions)\s+(?:you\s+(?:can|could|might|may|(?:'|’)d\s+be\s+willing\s+to|are\s+willing\s+to)\s+(?:share|give|offer|provide|spare|pass\s+along))\b/gi,
  /\b(?:help|learn\s+from|support|assist|connect\s+and\s+learn|mentor)\s+(?:me\s+|you\s+|us\s+)?(?:in\s+any\s+(?:way|form|capacity)(?:\s+possible)?|however\s+(?:possible|you\s+(?:can|could)))\b/gi,
  /\bwhatever\s+(?:help|support|advice|guidance)\s+(?:you\s+(?:can|could|might)\s+(?:give|offer|provide|spare|share))?\b|\b(?:chat|talk)\s+about\s+(?:any\s+)?(?:opportunities|things|stuff|careers?)\b(?!\s+(?:in|on|for|at)\s+(?:the|your)\s+[\w-]+\s+team)/gi,
  /\banything\s+(?:at\s+all\s+)?(?:helps|would\s+help|would\s+be\s+(?:great|amazing|appreciated|wonderful))\b/gi,
  /\bif\s+you\s+(?:hear\s+(?:of|about)|know\s+of|come\s+across|see|spot|run\s+into|stumble\s+(?:on|upon|across)|find)\s+(?:anything|something)\b|\bplease\s+think\s+of\s+me\b|\bsee\s+where\s+(?:it|this|things)\s+(?:goes|go|leads?)\b/gi,
  /\b(?:up\s+for|open\s+to|fancy|grab|have)\s+(?:a\s+)?(?:quick\s+)?(?:chat|call|coffee|catch-?up|talk)\s+(?:at\s+some\s+point|sometime|some\s+time|one\s+of\s+these\s+days|whenever)\b(?!\s+(?:about|on|re|regarding)\b)/gi,
  /\b(?:to\s+)?(?:chat|talk|catch\s+up|meet\s+up)\s+(?:sometime|some\s+time|at\s+some\s+point|one\s+day)\s*(?=[!.]|$)|\blearn\s+more\s+about\s+(?:your\s+(?:experience|journey|career|work|story|path|background)|what\s+you\s+do)\b(?!\s+(?:at|with|in|on|as|building|leading|working|there|here)\b)|\b(?:tell|inform|let)\s+me\s+(?:know\s+)?if\s+(?:there\s+is\s+)?any\s+(?:vacancy|vacancies|opening|openings|position|positions|opportunit(?:y|ies))\b/gi,
  /\bdiscuss\s+(?:potential\s+|possible\s+|some\s+|mutual\s+)?(?:synerg(?:y|ies)|opportunities|collaboration|partnership\s+opportunities|ways\s+to\s+work\s+together)\b(?!\s+(?:in|for|at|around|on|as)\b)|\b(?:add|bring)\s+value\s+to\s+each\s+other\b/gi,
  /\b(?:share|send|pass\s+along|forward)\s+(?:any|whatever)\s+(?:leads|opportunities|openings|ideas|contacts|roles)\s+(?:you\s+(?:have|know\s+of|hear\s+of|come\s+across|find))\b/gi,
  /\b(?:open|up)\s+(?:to|for)\s+(?:literally\s+|pretty\s+much\s+|just\s+about\s+)?anything\b|\bexplore\s+(?:ways|how|opportunities|possibilities)\s+(?:(?:that\s+)?we\s+(?:could|can|might)\s+)?(?:work\s+together|collaborate|partner)\b/gi,
  /\b(?:hit\s+me\s+up|let\s+me\s+know|shout|ping\s+me|give\s+me\s+a\s+shout)\s+if\s+you\s+(?:have|hear\s+of|see|come\s+across|know\s+of)\s+anything\b(?!\s+else)|\bwhat\s+(?:opportunities|openings|roles|jobs|positions)\s+(?:do\s+you\s+have|are\s+(?:there|available))(?:\s+for\s+me)?\s*\?/gi,
  /\b(?:give|offer|share)\s+(?:me\s+)?(?:some\s+)?(?:general\s+)?(?:career\s+)?(?:advice|guidance|tips|pointers)\s+(?:at\s+some\s+point|sometime|some\s+time|one\s+day)\b|\btell\s+me\s+about\s+(?:any\s+)?(?:openings|vacancies|opportunities|jobs)\s*(?=[?.!]|$)/gi,
  /\binterested\s+in\s+any\s+(?:openings|opportunities|roles|positions|vacancies)\b(?:\s+(?:you|that)\s+(?:may|might)\s+have)?|\b(?:maybe|perhaps)\s+we\s+(?:can|could)\s+help\s+each\s+other\b|\bconsider\s+me\s+for\s+(?:any|all)\s+(?:suitable\s+|relevant\s+|open\s+|available\s+)?(?:roles?|positions?|openings?|opportunit(?:y|ies)|vacanc(?:y|ies)|jobs?)\b/gi,
  /\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:guide|advise|mentor)\s+me\s*\?|\banything\s+we\s+(?:could|can|might)\s+do\s+together\b|\b(?:any|some)\s+advice\s+for\s+(?:someone|a\s+person|people)\s+like\s+me\b/gi,
  /\bin\s+whatever\s+way\s+(?:works|suits\s+you|you\s+can|is\s+possible)\b/gi,
  /\bpoint\s+me\s+in\s+the\s+right\s+direction\b(?!\s+(?:for|on|with|about|regarding|to)\b)/gi,
  /\bkeep\s+me\s+in\s+mind\s+(?:for\s+)?(?:anything|any\s+(?:roles?|openings?|opportunit\w+|positions?))\b|\bif\s+anything\s+(?:comes|opens)\s+up\b/gi,
  /\b(?:appreciate|love|welcome|need|value)\s+(?:your|any|some)\s+help\s+with\s+(?:my|the)\s+(?:job\s+search|search|career|transition|next\s+steps?|job\s+hunt|situation)\b|\bif\s+you\s+have\s+any\s+(?:ideas|thoughts|leads|suggestions)\s*[.!?]*\s*$/gi,
  /\b(?:give|provide|offer)\s+me\s+(?:an?\s+|any\s+|some\s+)?(?:job\s+)?opportunit(?:y|ies)\b(?!\s+(?:as|in|at|on|for|to)\b)|\bkeep\s+an\s+eye\s+out\s+for\s+(?:anything|something|opportunities|openings|roles|me)\b(?!\s+(?:in|at|on|as|like)\b)|\bsee\s+(?:how|if)\s+we\s+(?:can|could|might)\s+help\s+each\s+other\b|(?<!\bdo\s)\bwhatever\s+you\s+think\s+(?:is|would\s+be|might\s+be)?\s*(?:useful|helpful|relevant|valuable)\b|\byour\s+(?:take|thoughts|views?|perspective)\s+on\s+anything\b/gi,
  // Advice on "my career" with no question in it: "get your advice on my career at some point".
  /\b(?:get|hear|have|ask\s+for|seek|borrow)\s+(?:some\s+of\s+)?your\s+(?:advice|input|guidance|thoughts|perspective|insights?|wisdom|two\s+cents)\s+(?:on|about|regarding)\s+(?:my\s+)?(?:career|future|path|options|next\s+steps?|job\s+search|life|situation|plans?|profile)\b(?!\s+(?:move|switch|change|pivot|transition|as|from|into|to)\b)[^.!?]*/gi,
  /\b(?:on|onto)\s+your\s+radar\b|\bin\s+case\s+(?:anything|something)\s+(?:comes|opens|pops)\s+up\b|\b(?:have|got|had)\s+(?:some|any)\s+(?:ideas|thoughts|suggestions|leads|pointers)\s+for\s+me\b(?!\s+(?:on|about)\b)/gi,
  /\bexplore\s+(?:potential\s+|possible\s+|some\s+)?synerg(?:y|ies)\b/gi,
];

/** "I would welcome your support." as the whole ask, in a message with no question in it. */
const BARE_SUPPORT = /\b(?:welcome|appreciate|value|need|love)\s+your\s+(?:support|help|guidance|advice|mentorship)\s*[.!]*\s*$/i;

/** A bare "Any opportunities?" with nothing around it. */
const BARE = /^\s*(?:(?:so|and|also|hi|hey|hello)[,!]?\s+(?:[A-Z][A-Za-z.'’-]+[,!]\s+)?)?(?:do\s+you\s+have\s+|are\s+there\s+|(?:do\s+you\s+)?know\s+of\s+|got\s+)?any\s+(?:opportunities|openings|jobs|roles|positions|leads|vacancies|advice|tips)(?:\s+(?:for\s+me|available|out\s+there|at\s+your\s+company))?\s*\?+\s*$/i;

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
      { text: 'Do you know of any good courses on negotiation? I’m preparing for my first salary talk.' },
      { text: 'Let me know if you have anything else to add to the agenda.' },
      { text: 'Could you review my CV for the analyst role? I’d appreciate your help.' },
      { text: 'Let me know if you have any questions. Happy to help in any way I can.' },
      { text: 'Would love to chat sometime about the dbt migration at your team.' },
      { text: 'I’m the new account manager for Nordic; here’s my number if anything comes up.' },
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
