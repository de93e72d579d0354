/**
 * Inputs built to make a backtracking pattern slow: long runs of one
 * character, one repeated word, nested brackets and quotes. Each is wrapped in
 * English, so the language check lets every rule read it. Shared by the test
 * that every rule finishes on them (tests/engine/pathological.test.ts) and by
 * `npm run bench`, which prints the slowest.
 */
const N = 20_000;
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const wrap = (run: string) => `Hi Ana, could you please send me all your contacts ${run} thanks so much for your help today.`;

export const PATHOLOGICAL: readonly { name: string; text: string }[] = [
  { name: 'spaces', text: wrap(fill(' ')) },
  { name: 'x, spaces, y', text: 'x' + fill(' ') + 'y' },
  { name: 'tabs', text: wrap(fill('\t')) },
  { name: 'newlines', text: wrap(fill('\n')) },
  { name: 'mixed whitespace', text: wrap(fill(' \t\n\u00a0')) },
  { name: 'underscores', text: wrap(fill('_')) },
  { name: 'underscores and slashes', text: wrap(fill('__/')) },
  { name: 'dots', text: wrap(fill('.')) },
  { name: 'exclamations', text: wrap(fill('!')) },
  { name: 'question marks', text: wrap(fill('?!')) },
  { name: 'dashes', text: wrap(fill('-')) },
  { name: 'apostrophes', text: wrap(fill("'")) },
  { name: 'curly quotes', text: wrap(fill('‘')) },
  { name: 'double quotes', text: wrap(fill('"')) },
  { name: 'one word', text: wrap(fill('you ')) },
  { name: 'one word, no spaces', text: wrap(fill('a')) },
  { name: 'capitals', text: wrap(fill('ASAP ')) },
  { name: 'X run', text: wrap(fill('X')) },
  { name: 'nested brackets', text: wrap(fill('(').slice(0, N / 2) + fill(')').slice(0, N / 2)) },
  { name: 'nested square brackets', text: wrap(fill('[').slice(0, N / 2) + fill(']').slice(0, N / 2)) },
  { name: 'nested braces', text: wrap(fill('{').slice(0, N / 2) + fill('}').slice(0, N / 2)) },
  { name: 'angle brackets', text: wrap(fill('<').slice(0, N / 2) + fill('>').slice(0, N / 2)) },
  { name: 'nested quotes', text: wrap(fill('“‘').slice(0, N / 2) + fill('’”').slice(0, N / 2)) },
  { name: 'words and spaces', text: wrap(fill('all      ')) },
  { name: 'connected to every', text: wrap(fill('connected to every ')) },
  { name: 'hi name', text: wrap(fill('Hi   ')) },
  { name: 'stars', text: wrap(fill('*')) },
  { name: 'digits', text: wrap(fill('9')) },
  { name: 'emoji', text: wrap(fill('😀')) },
  { name: 'sentences', text: wrap(fill('No. ')) },
];
