/**
 * Vulgar or profane words, masked forms too (f***, sh!t) (RULES.md,
 * professional courtesy).
 *
 * Words are matched whole, so names and places that contain one (Hancock,
 * Essex, Scunthorpe) and words like "assistant" or "class" stay quiet. A
 * masked word matches a listed word of the same length whose letters agree
 * wherever the mask shows one ("f**k", "sh!t", "F***ing").
 */
import { defineRule } from '../engine/rule';
import { find, findInSentences, removal, textBefore } from '../engine/helpers';
import type { Detection, Suggestion } from '../engine/types';

/** Common English profanity and slurs (the obscene and identity-hate words of the Jigsaw toxicity data). */
const PROFANE = [
  'fuck', 'fucks', 'fucked', 'fucker', 'fuckers', 'fucking', 'fuckin', 'motherfucker', 'motherfuckers', 'motherfucking', 'fck', 'fcking', 'fcuk', 'fuk', 'fking', 'fkn',
  'shit', 'shits', 'shitty', 'shitting', 'bullshit', 'horseshit', 'shitshow', 'shithole', 'ass', 'asses', 'asshole', 'assholes', 'arse', 'arsehole', 'jackass',
  'dumbass', 'badass', 'bitch', 'bitches', 'bitching', 'bitchy', 'bastard', 'bastards', 'damn', 'dammit', 'damnit', 'goddamn', 'goddamnit', 'crap', 'crappy',
  'dick', 'dicks', 'dickhead', 'piss', 'pissed', 'pissing', 'cunt', 'cunts', 'cock', 'cocks', 'wanker', 'wankers', 'twat', 'bollocks', 'prick', 'pricks',
  'douche', 'douchebag', 'wtf', 'stfu', 'fml', 'omfg', 'ffs', 'slut', 'sluts', 'whore', 'whores', 'fag', 'fags', 'faggot', 'faggots', 'retard', 'retards',
  'retarded', 'nigger', 'niggers', 'nigga', 'spic', 'chink', 'kike', 'tranny', 'cum', 'tits', 'boobs', 'jerkoff', 'blowjob',
];
const WORDS = new Set(PROFANE);
/** Words that are also ordinary English, profane only as a name for someone ("you little prick"). */
const ALSO_WORDS = new Set(['fag', 'fags', 'chink', 'prick', 'pricks']);
/** Words that are also names when capitalised mid-sentence (Dick Smith, Cock Lane). */
const ALSO_NAMES = new Set(['dick', 'cock', 'fag', 'spic']);

/** "Hell" is profane only in these phrases (Hell's Kitchen, "hell of a job" are not flagged). */
const HELL = /\b(?:the\s+hell|go\s+to\s+hell|hell\s+(?:no|yes|yeah)|bloody\s+hell|screw\s+(?:this|that|it|you|them|the\s+\w+))\b/gi;

const MASK = /[*@#$%!10_]/;
/** A listed word, whole; or a word with a mask character inside it ("f**k", "sh!t", "F***"). */
const TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}*@#$%!_])(?:(?:${PROFANE.join('|')})(?![\\p{L}\\p{N}*@#$%])|\\p{L}[\\p{L}*@#$%!]*[*@#$%!10][\\p{L}*@#$%!]*)`,
  'giu',
);

/** The listed word a token spells, masked or not. */
function profaneWord(token: string): string | null {
  const t = token.toLowerCase();
  if (WORDS.has(t)) return t;
  if (!MASK.test(t) || !/^\p{L}/u.test(t) || t.length < 3) return null;
  for (const w of PROFANE) {
    if (w.length !== t.length) continue;
    let letters = 0;
    let ok = true;
    for (let i = 0; i < w.length && ok; i++) {
      if (MASK.test(t[i])) continue;
      if (t[i] !== w[i]) ok = false;
      else letters++;
    }
    if (ok && letters >= 1) return w;
  }
  return null;
}

/** A tidier wording where one exists; otherwise the word is removed. */
function rewrite(text: string, start: number, end: number, word: string): Suggestion {
  const before = textBefore(text, start);
  const give = /\bgive\s+a\s+$/i.exec(before);
  if (give) return { title: 'Say it without the swearword', start: start - give[0].length + give[0].toLowerCase().indexOf('give'), end, replacement: 'care' };
  if (/^(?:bullshit|horseshit|crap)$/.test(word)) return { title: 'Say it without the swearword', start, end, replacement: 'nonsense' };
  if (/^pissed$/.test(word)) return { title: 'Say it without the swearword', start, end, replacement: 'annoyed' };
  const holy = /\bholy\s+$/i.exec(before);
  return removal(text, holy ? start - holy[0].length : start, end, 'Remove the swearword');
}

export default defineRule({
  meta: {
    id: 'profanity',
    title: 'Profanity',
    description: 'Vulgar or profane words, masked forms too (f***, sh!t).',
    why: 'Swearing reads very differently in writing to a professional contact than it does among friends, and a masked word is still read as the word. Some readers will stop at it.',
    problem: 'This uses profanity',
    fix: 'say it without the swearword',
    severity: 'error',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'What the heck happened to the Zoom link?' },
      { text: 'Hi Mr. Hancock, I enjoyed your article on the Essex coastline flood defences.' },
      { text: 'Our assistant manager ran a masterclass in Scunthorpe.' },
      { text: 'Happy to help with the *** rating question, see the footnote.' },
      { text: 'Quick fag break, then I will call you back.' },
      { text: 'We found a chink in the armour of their pitch.' },
      { text: 'This skin prick test takes two minutes.' },
    ],
    invalid: [
      { text: 'F*** yes, we closed the Series A!', excerpt: 'F***', output: 'Yes, we closed the Series A!' },
      { text: "This dude doesn't give a f**k about the haters.", excerpt: 'f**k', output: "This dude doesn't care about the haters." },
      { text: 'Sh!t, I needed to read this today.', excerpt: 'Sh!t', output: 'I needed to read this today.' },
      { text: 'Holy shit, you got the offer?!', excerpt: 'shit', output: 'You got the offer?!' },
      { text: 'This pitch is a f***ing joke.', excerpt: 'f***ing', output: 'This pitch is a joke.' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    for (const hit of findInSentences(doc.sentences, HELL)) out.push({ start: hit.start, end: hit.end, suggestions: [removal(text, hit.start, hit.end, 'Remove the swearword')] });
    for (const hit of findInSentences(doc.sentences, TOKEN)) {
      // Trailing "!" or "?" is punctuation unless the word is masked inside.
      const token = hit.text.replace(/[!?]+$/, '');
      const word = profaneWord(token);
      if (!word) continue;
      const start = hit.start;
      const end = hit.start + token.length;
      if (ALSO_NAMES.has(word) && /^\p{Lu}/u.test(token) && !/(?:^|[.!?]\s+)$/.test(textBefore(text, start))) continue;
      // Also ordinary English ("a fag break", "a chink in the armour", "a skin prick test"): profane only as a name for someone.
      if (ALSO_WORDS.has(word) && !/\b(?:you|such\s+an?|what\s+an?|a\s+real|big|fat|fucking|stupid|dirty|filthy|little|those|these)\s+$/i.test(textBefore(text, start))) continue;
      out.push({ start, end, suggestions: [rewrite(text, start, end, word)] });
    }
    return out;
  },
});
