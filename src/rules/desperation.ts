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
import { phrases } from '../engine/phrases';
import type { Sentence } from '../engine/parse';
import type { Detection, Suggestion } from '../engine/types';

/** The families of pleading, each one regex, searched in this order. */
const PLEAS: RegExp[] = [
  // RULES.md's "I'm desperate", but not "desperate for a coffee" or "desperate to hear how it went"
  phrases([
    "I('m| am) ((so|really|truly|getting|becoming|honestly|pretty|absolutely|literally|just|completely|totally) ){0,2}desperate" +
      '(?! to (find|get|hire|book|buy) (a|an|some) ' +
      '(?!(job|role|position|work|opportunity|internship|interview|break|chance|paycheck|income)\\b)|' +
      ' for (a |some |my |the )?' +
      '(coffee|tea|caffeine|sleep|nap|holiday|vacation|break|weekend|lunch|food|snack|drink|beer|wine|sun|sunshine|shower|pizza|' +
      'chocolate)\\b|' +
      ' to (hear|know|see|read|try|find out|catch up|learn|watch|meet|visit)\\b)',
  ]),
  phrases(['desperately (need|seeking|looking|want|searching|hoping|trying to (find|get|land|secure))', 'in desperate need']),
  // "I'll take anything" (not "I'd do anything for a good croissant")
  phrases([
    "I('ll| will| would|'d) (happily |gladly |literally |honestly |seriously |genuinely )?(take|do|accept|consider) " +
      '(literally |absolutely |just about )?(anything(?! for (a|an|some|the) (good |decent |proper |hot )?' +
      '(croissant|coffee|pizza|nap|holiday|vacation|beach|drink|beer|burrito|taco|cake|sleep|break|day off|sandwich|donut|doughnut)\\b)|' +
      'any (job|role|position|work|shift|pay|salary|offer|contract|gig|project|rate|title))',
    'running on fumes',
  ]),
  phrases(['willing to (do|take|accept) (literally |absolutely )?(anything|any (job|role|pay|salary|position))']),
  phrases(["I('ll| will|'d| would) (even )?work for (free|nothing|peanuts|minimum wage)"]),
  // RULES.md: "please, I'm begging you"
  phrases([
    "(please,? )?I('m| am) (literally |actually |now |just )?begging( you)?",
    'I beg (you|of you)',
    'begging (you|for (a|any|one))',
  ]),
  // "I need a job" (not "I need a job description")
  phrases([
    'I (really |just |badly |urgently |seriously )?need (a|this|any|some) (job|work|income|paycheck|break)' +
      '(?! (description|title|id|posting|ad|listing|board|code|order|number))',
  ]),
  phrases([
    'need (this|a|the) (job|role|position|opportunity|work) (more than anything|so (badly|much)|desperately)',
    'I (really |just )?need this (role|position|opportunity)',
  ]),
  phrases(['(nobody|no one|no-one) (wants|will hire|hires|is hiring|cares about|will give|seems to want) me']),
  phrases([
    "(is|are|you're) my (last|only|final) (hope|chance|option|resort|shot)",
    'my last hope',
    "please (don't|do not) (say no|reject me|ignore me|turn me down)",
  ]),
  phrases(["I('m| am) (about to|going to) lose (my|the|our) (house|home|apartment|flat|car|family)"]),
  phrases([
    '(at )?the end of my (rope|tether)',
    "I (can't|cannot) take (it|this) any\\s*more",
    'I have no (savings|money|options|income|hope) left',
    'give me (a|any|one) (job|chance|shot)',
    'any (job|role|position|work|opening|shift) (you have|at all|available|whatsoever)',
  ]),
  phrases(["I (can't|cannot) keep going( like this)?", "I('ll| will) (relocate|move|go) anywhere"]),
  phrases([
    "I('ll| will) take whatever(?! (slot|time|day|date|works|suits|room|seat|you (prefer|suggest)))",
    'I have ([\\w\\s]{0,20} and )?no (income|money|savings)',
  ]),
  // Not a workload: "I'm drowning in month-end close"
  phrases([
    "I('m| am) (going under|drowning(?! in (work|deadlines|e?-?mails|meetings|month-end|paperwork|tasks|projects|admin|laundry|[\\w-]+ (close|season|prep)))|barely surviving)",
    'help me find anything',
  ]),
  phrases(['I have nothing left', "I('m| am) (a failure|worthless|at rock bottom|running out of (money|savings|options|hope))"]),
  phrases([
    'any (job|role|city|salary|pay|shift), any (job|role|city|salary|pay|shift|hours|location)',
    '(I|we) have (a family|(\\w+ )?mouths|(\\w+ )?kids|(\\w+ )?children) to (feed|support)',
    'on my knees',
  ]),
  phrases([
    "I('ve| have) lost (all )?hope",
    'please,? (someone|somebody|anyone),? anything',
    "at my wits?'?s? end",
    'my (family|kids|children) (depends?|relies|rely|are counting) on (me|this)',
  ]),
  phrases(['(broke|jobless|unemployed|homeless) and desperate']),
  phrases(['will work for (experience|exposure|free|food|nothing)', '^\\s*literally anything\\s*[.!]*\\s*$']),
  // "Please, please help", "please, anything"
  phrases([
    '(please|pls|plz)[,!]? (please|pls|plz)' +
      '(?=[,!]?\\s+(help|hire|give|consider|let|reply|respond|anything|I|just|someone|somebody)\\b|\\s*[.!]*\\s*$)',
    '(please|pls|plz),? anything',
  ]),
  phrases([
    "I('m| am) (literally |now )?pleading",
    "I (have|see|'ve got) no (other )?(options|choice|alternatives|one else)",
    'I (just |really )?need (something|anything)\\s*[.!]*$',
    "I('ll| will) do whatever it takes(?![^.!?]*\\b(for (you|the team|our)|to (make|get|deliver|hit|ship|help))\\b)",
    "I('m| am) (really |so |truly )?struggling(?! (with|to|on|in)\\b)",
  ]),
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
      { text: 'Sorry for the silence, I’m drowning in month-end close. Yes to being your reference!' },
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
