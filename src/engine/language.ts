/**
 * A cheap language test: English function words against the function words
 * of the languages LinkedIn users most often write in instead (French,
 * Spanish, German, Portuguese, Italian, Dutch, romanised Hindi), plus the
 * share of letters outside the Latin script. The rules are English-only, so a
 * message in another language gets no findings at all rather than nonsense
 * (RULES.md, "What must stay quiet"). A foreign greeting in an English message
 * ("Hallo Katrin! Thanks again …") stays English.
 */
const ENGLISH = new Set(
  (
    'a about after again all am an and any are as at be because been before being but by can could did do does ' +
    "doing don't down for from had has have having he her here hers him his how i i'd i'll i'm i've if in into is it " +
    "it's its just let's more most my not now of off on once only or other our ours out over own please same she " +
    "should so some such than thank thanks that that's the their them then there these they this those through to too " +
    "under until up us very was we we're were what when where which while who whom why will with would you you'd " +
    "you'll you're you've your yours hi hello hey dear can't won't isn't aren't wasn't didn't doesn't couldn't " +
    "wouldn't shouldn't haven't hasn't got get yes another never ever anyone everyone someone nobody nothing something " +
    "anything everything who's what's there's here's he's she's they're really much many every each few like yet still even " +
    "always one new good great know think make take want need time day work people thing way well back"
  ).split(' '),
);

// "me" and "no" are left out: they are as Spanish (and Italian, Portuguese) as English,
// and "No me interesa. No me escribas más" must not count four English words.

/** Function words of other languages that are not also English words. */
const FOREIGN = new Set(
  (
    "de le les des du un une et est pour pas que qui dans sur avec ce cette je tu il elle nous vous ils sont mais ou très merci bonjour au aux j'ai c'est " +
    'el los las y en por para con una muy gracias hola pero como qué tienes esta este está su sus al lo del ' +
    'der die das und ist nicht ich sie wir ihr mit für auf ein eine einen mir mich dich bitte danke kein keine mehr auch noch aber oder schon sehr zu im vom zum ' +
    'os um uma não com muito obrigado obrigada olá você são ' +
    'gli di che non sono grazie ciao molto tutto tutti bene anche noi voi ' +
    'todo todos toda todas equipo felicidades muchas muchos mucho bueno buena buenos buenas más también nosotros ellos ' +
    'tudo bem vocês nós eles elas isso isto também ' +
    'tout tous toute bien aussi ' +
    'alles gut schön uns euch ' +
    'het een van ik je niet dat wij zijn voor ' +
    'hai hain hoon mein aap aapke aapka kya nahi bahut karna kar raha rahi ji chahunga chahta ki ka ko bhi'
  ).split(' '),
);

const WORD = /[\p{L}][\p{L}\p{M}'’]*/gu;

interface LanguageGuess {
  words: number;
  english: number;
  foreign: number;
  nonLatinShare: number;
}

function languageGuess(text: string): LanguageGuess {
  const words = text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
  let english = 0;
  let foreign = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else if (FOREIGN.has(w)) foreign++;
  }
  // Spanish opens questions and exclamations upside down: "¿Tienes…?", "¡Felicidades!"
  foreign += text.match(/[¡¿]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return { words: words.length, english, foreign, nonLatinShare: letters ? 1 - latin / letters : 0 };
}

/** True unless the text is clearly not English. Very short texts count as English. */
export function isEnglish(text: string): boolean {
  const g = languageGuess(text);
  if (g.nonLatinShare > 0.5) return false;
  if (g.words < 4) return true;
  if (g.foreign >= 2 && g.foreign > g.english) return false;
  return !(g.words >= 10 && g.english / g.words < 0.05);
}
