/**
 * `npm run check -- "text" | FILE | -` checks one message and prints its
 * findings; `--jsonl` checks one JSON object a line ({id, text, context?})
 * and prints {id, findings} a line, for template libraries and evaluation.
 *
 * Exit codes: 1 when a warning or error was found, 0 otherwise, 2 on a usage
 * error. In --jsonl mode, 0 when every line was processed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../engine/analyze';
import { RULE_IDS } from '../engine/registry';
import { CONTEXTS, type AnalyzeOptions, type Finding, type MessageContext } from '../engine/types';

const USAGE = `usage: npm run check -- [options] "message" | FILE | -
       npm run --silent check -- --jsonl < messages.jsonl

options:
  --context C     ${CONTEXTS.join(' | ')} (default: message)
  --disable RULE  switch a rule off (repeatable); see --list
  --name NAME     the recipient's first name, used by rewrites
  --limit N       connection-note limit: 200 (free) or 300 (default)
  --json          print the findings as JSON
  --jsonl         batch mode: {id, text, context?} per input line
  --list          list the rules
  -h, --help      this text`;

export class UsageError extends Error {}

export interface CliArgs {
  options: AnalyzeOptions;
  json: boolean;
  jsonl: boolean;
  list: boolean;
  help: boolean;
  input?: string;
}

/** Parses the command line; throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { options: {}, json: false, jsonl: false, list: false, help: false };
  const rest: string[] = [];
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = () => (inline !== undefined ? inline : value(i++, flag));
    switch (flag) {
      case '--context': {
        const c = take();
        if (!CONTEXTS.includes(c as MessageContext)) throw new UsageError(`unknown context "${c}": use one of ${CONTEXTS.join(', ')}`);
        args.options.context = c as MessageContext;
        break;
      }
      case '--disable': {
        const r = take();
        if (!(RULE_IDS as readonly string[]).includes(r)) throw new UsageError(`unknown rule "${r}": see --list`);
        args.options.rules = { ...args.options.rules, [r]: false };
        break;
      }
      case '--name':
        args.options.recipientName = take();
        break;
      case '--limit': {
        const n = Number(take());
        if (n !== 200 && n !== 300) throw new UsageError('--limit is 200 or 300');
        args.options.invitationLimit = n;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--jsonl':
        args.jsonl = true;
        break;
      case '--list':
        args.list = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
        rest.push(a);
    }
  }
  if (rest.length > 1) throw new UsageError('give the message as one argument (quote it)');
  args.input = rest[0];
  if (args.jsonl && args.input !== undefined) throw new UsageError('--jsonl reads standard input only');
  return args;
}

/** The message: the argument itself, the file it names, or standard input for "-" or no argument. */
function readInput(input: string | undefined): string {
  if (input === undefined || input === '-') {
    if (process.stdin.isTTY) throw new UsageError('no message given');
    return readFileSync(0, 'utf8');
  }
  if (existsSync(input) && !/\s/.test(input.trim()) && input.length < 4096) return readFileSync(input, 'utf8');
  return input;
}

/** One JSONL input line → one output line; a bad line gets {id, error}. */
export function checkLine(line: string, base: AnalyzeOptions): string {
  let id: unknown = null;
  try {
    const row = JSON.parse(line) as { id?: unknown; text?: unknown; context?: unknown };
    if (!row || typeof row !== 'object') throw new Error('not a JSON object');
    id = row.id ?? null;
    if (typeof row.text !== 'string') throw new Error('"text" must be a string');
    if (row.context !== undefined && !CONTEXTS.includes(row.context as MessageContext)) throw new Error(`unknown context "${String(row.context)}"`);
    const findings = analyze(row.text, { ...base, context: (row.context as MessageContext | undefined) ?? base.context });
    return JSON.stringify({ id, findings });
  } catch (e) {
    return JSON.stringify({ id, error: e instanceof SyntaxError ? `not JSON: ${e.message}` : (e as Error).message });
  }
}

const MARK = { error: '✖', warning: '▲', info: '●' } as const;

/** Findings as a person reads them: excerpt, message, rewrites. */
export function formatFindings(text: string, findings: readonly Finding[]): string {
  if (!findings.length) return 'No findings: looks good to send.';
  const lines: string[] = [];
  for (const f of findings) {
    const excerpt = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    lines.push(`${MARK[f.severity]} ${f.severity} ${f.ruleId} [${f.start}-${f.end}] “${excerpt.length > 80 ? excerpt.slice(0, 77) + '…' : excerpt}”`);
    lines.push(`  ${f.message}`);
    for (const s of f.suggestions) lines.push(`  → ${s.title}: “${s.replacement}”`);
  }
  const count = (sev: string) => findings.filter((f) => f.severity === sev).length;
  lines.push('', `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('error')} error, ${count('warning')} warning, ${count('info')} info.`);
  return lines.join('\n');
}

export function main(argv: readonly string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    if (args.help) {
      console.log(USAGE);
      return 0;
    }
    if (args.list) {
      for (const id of RULE_IDS) console.log(id);
      return 0;
    }
    if (args.jsonl) {
      const input = readFileSync(0, 'utf8');
      const out = input.split(/\r?\n/).filter((l) => l.trim()).map((l) => checkLine(l, args.options));
      if (out.length) process.stdout.write(out.join('\n') + '\n');
      return 0;
    }
    const text = readInput(args.input);
    const findings = analyze(text, args.options);
    console.log(args.json ? JSON.stringify(findings, null, 2) : formatFindings(text, findings));
    return findings.some((f) => f.severity !== 'info') ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`check: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

if (process.argv[1] && /check\.[cm]?[jt]s$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
