import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLine, formatFindings, parseArgs, UsageError } from '../../src/cli/check';
import { analyze } from '../../src/engine/analyze';

const ROOT = join(__dirname, '../..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('check command', () => {
  it('parses its flags', () => {
    const a = parseArgs(['--context', 'invitation', '--disable', 'shouting', '--json', '--name=Ana', 'hello']);
    expect(a.options).toEqual({ context: 'invitation', rules: { shouting: false }, recipientName: 'Ana' });
    expect(a.json).toBe(true);
    expect(a.input).toBe('hello');
    for (const bad of [['--context', 'fax'], ['--disable', 'nope'], ['--frobnicate'], ['--context'], ['a', 'b'], ['--limit', '250']]) {
      expect(() => parseArgs(bad)).toThrow(UsageError);
    }
  });

  it('answers each JSONL line, and a bad line gets an error without stopping the rest', () => {
    expect(JSON.parse(checkLine('{"id":"a","text":"Reply ASAP.","context":"reply"}', {}))).toMatchObject({ id: 'a', findings: [{ ruleId: 'demanding-tone' }] });
    expect(JSON.parse(checkLine('{"id":"b","text":42}', {}))).toMatchObject({ id: 'b', error: expect.any(String) });
    expect(JSON.parse(checkLine('{"id":"c","text":"hi","context":"fax"}', {}))).toMatchObject({ id: 'c', error: expect.stringContaining('fax') });
    expect(JSON.parse(checkLine('not json', {}))).toMatchObject({ id: null, error: expect.stringContaining('not JSON') });
  });

  it('prints excerpts, messages and rewrites for people', () => {
    const text = 'Dear Sir/Madam, call me ASAP.';
    const out = formatFindings(text, analyze(text));
    expect(out).toContain('“Dear Sir/Madam”');
    expect(out).toContain('→');
    expect(formatFindings('Thanks!', [])).toMatch(/looks good/i);
  });

  it('exits 1 on a warning, 0 on a clean or info-only message, 2 on a usage error', () => {
    expect(run(['Send me the deck today.']).status).toBe(1);
    expect(run(['Thanks for the intro, Ana!']).status).toBe(0);
    expect(run(['--context', 'fax', 'hi']).status).toBe(2);
  });

  it('keeps input order in batch mode and exits 0', () => {
    const input = ['{"id":1,"text":"Reply ASAP."}', 'garbage', '{"id":3,"text":"Thanks!"}'].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown });
    expect(rows.map((x) => x.id)).toEqual([1, null, 3]);
  });

  it('reads a message from standard input', () => {
    const r = run(['--json'], 'Per my last message, please reply.');
    expect(JSON.parse(r.stdout)[0].ruleId).toBe('passive-aggressive');
  });
});
