/**
 * Slurs for a group: the identity-hate words of the Jigsaw toxicity data. A slur is contempt for a
 * whole group in one word (stereotyping) and, said of someone, an insult (hostile-tone). "Fag" alone
 * is also a cigarette in British English, so only the plural is listed; the rules catch the
 * singular where it names someone.
 */
import { oneOf } from '../../engine/phrases';

const SLUR = oneOf([
  'nigg(er|a|ah)s?', 'faggots?', 'fags', 'kikes?', 'spics?', 'chinks?', 'trann(y|ies)', 'wetbacks?', 'ragheads?', 'towelheads?',
  'gooks?', 'dykes?', 'pakis?', 'homos',
]);

/** Phrase entries (engine/phrases.ts) for a slur, whole: "faggots", "you fag"; not "fag break". */
export const SLURS = [`${SLUR}(?![-'’])`, '(you|a|such a|big|fat|fucking|stupid) fag(?! (break|end|ends|packet|packets)\\b)'];
