/**
 * Pleading and self-undermining. Source: "Suggesting job seekers need to be
 * more positive" (RULES.md).
 *
 * Caught: "I'm desperate", "I'll take / do anything", "I'm begging you",
 * "I need a job" (not "I need the job description"), "nobody wants me",
 * "you're my last hope", a lone "Please." closing a plea. Being honest about a
 * long search ("I've been searching for four months") stays quiet.
 */
import { defineRule } from '../engine/rule';
import { findInSentences, removal, removeSentence, rewriteSentence } from '../engine/helpers';
import type { Sentence } from '../engine/parse';
import type { Detection, Suggestion } from '../engine/types';

const PLEAS: RegExp[] = [
  /\bI(?:(?:'|’)m|\s+am)\s+(?:(?:so|really|truly|getting|becoming|honestly|pretty|absolutely|literally|just|completely|totally)\s+){0,2}desperate\b(?!\s+to\s+(?:find|get|hire|book|buy)\s+(?:a|an|some)\s+(?!(?:job|role|position|work|opportunity|internship|interview|break|chance|paycheck|income)\b)|\s+for\s+(?:a\s+|some\s+|my\s+|the\s+)?(?:coffee|tea|caffeine|sleep|nap|holiday|vacation|break|weekend|lunch|food|snack|drink|beer|wine|sun|sunshine|shower|pizza|chocolate)\b|\s+to\s+(?:hear|know|see|read|try|find\s+out|catch\s+up|learn|watch|meet|visit)\b)/gi,
  /\bdesperately\s+(?:need|seeking|looking|want|searching|hoping|trying\s+to\s+(?:find|get|land|secure))\b|\bin\s+desperate\s+need\b/gi,
  /\bI(?:(?:'|’)ll|\s+will|\s+would|(?:'|’)d)\s+(?:happily\s+|gladly\s+|literally\s+|honestly\s+|seriously\s+|genuinely\s+)?(?:take|do|accept|consider)\s+(?:literally\s+|absolutely\s+|just\s+about\s+)?(?:anything(?!\s+for\s+(?:a|an|some|the)\s+(?:good\s+|decent\s+|proper\s+|hot\s+)?(?:croissant|coffee|pizza|nap|holiday|vacation|beach|drink|beer|burrito|taco|cake|sleep|break|day\s+off|sandwich|donut|doughnut)\b)|any\s+(?:job|role|position|work|shift|pay|salary|offer|contract|gig|project|rate|title))\b|\brunning\s+on\s+fumes\b/gi,
  /\bwilling\s+to\s+(?:do|take|accept)\s+(?:literally\s+|absolutely\s+)?(?:anything|any\s+(?:job|role|pay|salary|position))\b/gi,
  /\bI(?:(?:'|’)ll|\s+will|(?:'|’)d|\s+would)\s+(?:even\s+)?work\s+for\s+(?:free|nothing|peanuts|minimum\s+wage)\b/gi,
  /\b(?:please,?\s+)?I(?:(?:'|’)m|\s+am)\s+(?:literally\s+|actually\s+|now\s+|just\s+)?begging(?:\s+you)?\b|\bI\s+beg\s+(?:you|of\s+you)\b|\bbegging\s+(?:you|for\s+(?:a|any|one))\b/gi,
  /\bI\s+(?:really\s+|just\s+|badly\s+|urgently\s+|seriously\s+)?need\s+(?:a|this|any|some)\s+(?:job|work|income|paycheck|break)\b(?!\s+(?:description|title|id|posting|ad|listing|board|code|order|number))/gi,
  /\bneed\s+(?:this|a|the)\s+(?:job|role|position|opportunity|work)\s+(?:more\s+than\s+anything|so\s+(?:badly|much)|desperately)\b|\bI\s+(?:really\s+|just\s+)?need\s+this\s+(?:role|position|opportunity)\b/gi,
  /\b(?:nobody|no\s+one|no-one)\s+(?:wants|will\s+hire|hires|is\s+hiring|cares\s+about|will\s+give|seems\s+to\s+want)\s+me\b/gi,
  /\b(?:is|are|you(?:'|’)re)\s+my\s+(?:last|only|final)\s+(?:hope|chance|option|resort|shot)\b|\bmy\s+last\s+hope\b|\bplease\s+(?:don(?:'|’)t|do\s+not)\s+(?:say\s+no|reject\s+me|ignore\s+me|turn\s+me\s+down)\b/gi,
  /\bI(?:(?:'|’)m|\s+am)\s+(?:about\s+to|going\s+to)\s+lose\s+(?:my|the|our)\s+(?:house|home|apartment|flat|car|family)\b/gi,
  /\b(?:at\s+)?the\s+end\s+of\s+my\s+(?:rope|tether)\b|\bI\s+(?:can(?:'|’)t|cannot)\s+take\s+(?:it|this)\s+any\s*more\b|\bI\s+have\s+no\s+(?:savings|money|options|income|hope)\s+left\b|\bgive\s+me\s+(?:a|any|one)\s+(?:job|chance|shot)\b|\bany\s+(?:job|role|position|work|opening|shift)\s+(?:you\s+have|at\s+all|available|whatsoever)\b/gi,
  /\bI\s+(?:can(?:'|’)t|cannot)\s+keep\s+going(?:\s+like\s+this)?\b|\bI(?:(?:'|’)ll|\s+will)\s+(?:relocate|move|go)\s+anywhere\b/gi,
  /\bI(?:(?:'|’)ll|\s+will)\s+take\s+whatever\b(?!\s+(?:slot|time|day|date|works|suits|room|seat|you\s+(?:prefer|suggest)))|\bI\s+have\s+(?:[\w\s]{0,20}\s+and\s+)?no\s+(?:income|money|savings)\b/gi,
  /\bI(?:(?:'|’)m|\s+am)\s+(?:going\s+under|drowning|barely\s+surviving)\b|\bhelp\s+me\s+find\s+anything\b/gi,
  /\bI\s+have\s+nothing\s+left\b|\bI(?:(?:'|’)m|\s+am)\s+(?:a\s+failure|worthless|at\s+rock\s+bottom|running\s+out\s+of\s+(?:money|savings|options|hope))\b/gi,
  /\bany\s+(?:job|role|city|salary|pay|shift),\s+any\s+(?:job|role|city|salary|pay|shift|hours|location)\b|\b(?:I|we)\s+have\s+(?:a\s+family|(?:\w+\s+)?mouths|(?:\w+\s+)?kids|(?:\w+\s+)?children)\s+to\s+(?:feed|support)\b|\bon\s+my\s+knees\b/gi,
  /\bI(?:(?:'|’)ve|\s+have)\s+lost\s+(?:all\s+)?hope\b|\bplease,?\s+(?:someone|somebody|anyone),?\s+anything\b|\bat\s+my\s+wits?(?:'|’)?s?\s+end\b|\bmy\s+(?:family|kids|children)\s+(?:depends?|relies|rely|are\s+counting)\s+on\s+(?:me|this)\b/gi,
  /\b(?:broke|jobless|unemployed|homeless)\s+and\s+desperate\b/gi,
  /\bwill\s+work\s+for\s+(?:experience|exposure|free|food|nothing)\b|^\s*literally\s+anything\s*[.!]*\s*$/gi,
  /\b(?:please|pls|plz)[,!]?\s+(?:please|pls|plz)\b(?=[,!]?\s+(?:help|hire|give|consider|let|reply|respond|anything|I|just|someone|somebody)\b|\s*[.!]*\s*$)|\b(?:please|pls|plz),?\s+anything\b/gi,
  /\bI(?:(?:'|’)m|\s+am)\s+(?:literally\s+|now\s+)?pleading\b|\bI\s+(?:have|see|(?:'|’)ve\s+got)\s+no\s+(?:other\s+)?(?:options|choice|alternatives|one\s+else)\b|\bI\s+(?:just\s+|really\s+)?need\s+(?:something|anything)\s*[.!]*$|\bI(?:(?:'|’)ll|\s+will)\s+do\s+whatever\s+it\s+takes\b(?![^.!?]*\b(?:for\s+(?:you|the\s+team|our)|to\s+(?:make|get|deliver|hit|ship|help))\b)|\bI(?:(?:'|’)m|\s+am)\s+(?:really\s+|so\s+|truly\s+)?struggling\b(?!\s+(?:with|to|on|in)\b)/gi,
];

/** A lone "Please." closing a message is a plea. */
const LONE_PLEASE = /^\s*(?:please|pls|plz)\s*[.!]+\s*$/i;

/** What a confident sentence says in place of a plea, in the writer's voice. */
const CONFIDENT = "I'd welcome the chance to talk about how I could help your team.";

export default defineRule({
  meta: {
    id: 'desperation',
    title: 'Desperation',
    description: 'Pleading and self-undermining: "I’m desperate", "I’ll take anything", "please, I’m begging you".',
    why: 'Pleading puts the reader in an awkward spot and undersells you: it says what you need rather than what you offer. A confident, specific request is easier to help with, and the situation can still be mentioned plainly.',
    problem: 'This sounds desperate',
    fix: 'say what you offer and what you ask for, with confidence',
    severity: 'warning',
    reads: 'desperate',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'I’m desperately trying to finish my thesis before the role starts.' },
      { text: 'I’ll take whatever slot works best for you.' },
      { text: 'Please, please come to my talk on Thursday, there will be snacks.' },
      { text: 'I’d do anything for a good croissant right now.' },
      { text: 'I’m desperate to find a good Portuguese tutor before my move.' },
      { text: 'I’m desperate to hear how the launch went!' },
      { text: 'I’m struggling with the SQL exercise, could you point me to the docs?' },
      { text: "I'm desperate for coffee after that 6 a.m. flight. Meet you at 9?" },
      { text: "Hi Imani, I've been searching for four months, so I'm being very focused: backend roles at Series A–C startups in Toronto." },
      { text: 'I need the job description before Friday to prepare for the panel.' },
      { text: 'Could you please share the agenda?' },
    ],
    invalid: [
      { text: 'I’m at my wits’ end. My family depends on me getting this job.', excerpt: 'at my wits’ end' },
      { text: 'I’m running on fumes. I’ll take any contract, any rate.', excerpt: 'running on fumes' },
      { text: 'Any job, any city, any salary. I have a family to feed.', excerpt: 'Any job, any city' },
      { text: 'I’m pleading with you to give my application a second look.', excerpt: 'I’m pleading' },
      { text: "Dear Sir/Madam, I'm desperate. I'll take anything in your warehouse.", excerpt: "I'm desperate" },
      {
        text: "I applied for the paralegal role. Please, I'm begging you, don't let the gap on my CV rule me out.",
        excerpt: "Please, I'm begging you",
        output: "I applied for the paralegal role. Don't let the gap on my CV rule me out.",
      },
      { text: 'Laid off today after 11 years. I need a job, I have a mortgage and three kids.', excerpt: 'I need a job' },
      {
        text: "Hi Mr. Lindgren, I'm 52 and it feels like nobody wants me anymore.",
        excerpt: 'nobody wants me',
        output: "Hi Mr. Lindgren, I'd welcome the chance to talk about how I could help your team.",
      },
      { text: "I'll do anything to join your lab. Please.", excerpt: 'Please.', output: "I'll do anything to join your lab." },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    const plea = (start: number, end: number, sentenceOnly: boolean, s: Parameters<typeof removeSentence>[1]) => {
      // Remove a plea that is its own sentence or its own clause; otherwise leave the wording to the writer.
      const sentenceBody = s.text.trim().replace(/[.!?]+$/, '');
      const excerpt = text.slice(start, end);
      const clause = /^[\s,]*[,—–]/.test(text.slice(end, s.end)) || /[,—–]\s*$/.test(text.slice(s.start, start));
      let suggestions: Suggestion[] = [];
      if (sentenceOnly || excerpt.length >= 0.7 * sentenceBody.length) suggestions = [removeSentence(text, s, 'Remove the plea')];
      else if (clause) suggestions = [removal(text, start, end, 'Remove the plea')];
      out.push({ start, end, suggestions });
      sentenceOf.set(out[out.length - 1], s);
    };
    const sentenceOf = new Map<Detection, Sentence>();
    for (const re of PLEAS) for (const hit of findInSentences(doc.sentences, re)) plea(hit.start, hit.end, false, hit.sentence);
    const pleading = out.length > 0 || /\b(?:I(?:'|’)ll\s+do\s+anything|anything)\b/i.test(text);
    for (const s of doc.sentences) {
      if (LONE_PLEASE.test(s.text) && pleading) plea(s.start + s.text.indexOf(s.text.trim()), s.start + s.text.trimEnd().length, true, s);
    }
    // A plea woven through its sentence: the sentence goes, and the last one says, with confidence, what the writer wants.
    const bare = out.filter((d) => !d.suggestions?.length);
    const last = sentenceOf.get(bare[bare.length - 1]);
    for (const d of bare) {
      const s = sentenceOf.get(d)!;
      d.suggestions = [s === last ? rewriteSentence(s, CONFIDENT, 'Say what you offer instead') : removeSentence(text, s, 'Remove the plea')];
    }
    return out;
  },
});
