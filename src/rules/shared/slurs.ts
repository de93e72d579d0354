/**
 * Slurs for a group: the identity-hate words of the Jigsaw toxicity data. A slur is contempt for a
 * whole group in one word (stereotyping) and, said of someone, an insult (hostile-tone). Words that
 * are also ordinary English count only as a name for someone: "a fag" is a cigarette in British
 * English, "a chink in the armour", "Offa's Dyke".
 */
import { oneOf } from '../../engine/phrases';

const SLUR = oneOf(['nigg(er|a|ah)s?', 'faggots?', 'kikes?', 'trann(y|ies)', 'wetbacks?', 'ragheads?', 'towelheads?', 'gooks?', 'pakis?']);
const ALSO_WORDS = oneOf(['fags?', 'chinks?', 'dykes?', 'homos?', 'spics?']);

/** Phrase entries (engine/phrases.ts) for a slur: "faggots", "you fag"; not "a packet of fags", "a chink of light". */
export const SLURS = [`${SLUR}(?![-'’])`, `(you|such an?|big|fat|fucking|stupid|dirty|filthy|little) ${ALSO_WORDS}(?![-'’])`];
