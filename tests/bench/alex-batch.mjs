/**
 * alex's side of `npm run bench:cli` in batch mode: reads {id, text} lines,
 * checks each text with alex's plain-text API in this one process (as
 * `check --jsonl` checks each message), and prints {id, messages} a line.
 * Plain JavaScript, so `node` starts it with no transpiler, as it does `check`.
 */
import { readFileSync } from 'node:fs';
import { text } from 'alex';

const out = [];
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { id, text: message } = JSON.parse(line);
  out.push(JSON.stringify({ id, messages: text(message).messages.map((m) => ({ ruleId: m.ruleId, place: m.place, reason: m.reason })) }));
}
process.stdout.write(out.join('\n') + '\n');
