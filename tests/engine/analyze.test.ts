import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, MAX_ANALYZED } from '../../src/engine/analyze';
import { isEnglish } from '../../src/engine/language';
import { clearParseCache, parse, parseStats } from '../../src/engine/parse';
import { scoreSet } from '../../src/model/metrics';
import { expectValidFindings } from '../helpers';

const SHARED = join(__dirname, '../../../shared');
const readJsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const ids = (text: string, options = {}) => [...new Set(analyze(text, options).map((f) => f.ruleId))].sort();

describe('analyze', () => {
  it('returns findings in text order with the RULES.md shape', () => {
    const text = 'Dear Sir/Madam, send me your list of travel contracts by tomorrow!!!';
    const findings = analyze(text);
    expectValidFindings(text, findings);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(ids(text)).toEqual(['demanding-tone', 'generic-greeting', 'shouting']);
  });

  it('honours per-rule switches and severity overrides', () => {
    const text = 'Dear Sir/Madam, I am NOT interested.';
    expect(ids(text, { rules: { shouting: false } })).not.toContain('shouting');
    const [greeting] = analyze(text, { severity: { 'generic-greeting': 'error' } }).filter((f) => f.ruleId === 'generic-greeting');
    expect(greeting.severity).toBe('error');
    // Severity changes the wording: info asks, error says it plainly.
    const info = analyze(text).find((f) => f.ruleId === 'generic-greeting')!;
    expect(info.message).toMatch(/^Consider/);
    expect(greeting.message).not.toMatch(/^Consider/);
  });

  it('asks no introduction of an InMail subject, only of its body', () => {
    expect(ids('The platform team', { context: 'inmail', field: 'subject' })).not.toContain('missing-context');
    expect(ids('The platform team', { context: 'inmail' })).toContain('missing-context');
  });

  it('uses the invitation limit and the InMail subject limit', () => {
    const note = 'Hi Ana, I lead the data team at Bolt and loved your talk on dbt testing. '.repeat(3).trim();
    expect(note.length).toBeGreaterThan(200);
    expect(note.length).toBeLessThan(300);
    expect(ids(note, { context: 'invitation' })).not.toContain('too-long');
    expect(ids(note, { context: 'invitation', invitationLimit: 200 })).toContain('too-long');
    expect(ids(note, { context: 'inmail', field: 'subject' })).toContain('too-long');
    expect(ids(note, { context: 'inmail' })).not.toContain('too-long');
  });

  it('fills the recipient name into rewrites', () => {
    const [f] = analyze('To whom it may concern, I am applying for the role.', { recipientName: 'Rhea' });
    expect(f.suggestions[0].replacement).toBe('Hi Rhea');
  });

  it('survives bad options', () => {
    const text = 'Reply ASAP!!!';
    const bad = { context: 'fax', invitationLimit: Number.NaN, rules: null, severity: { shouting: 'loud' }, recipientName: 42 } as never;
    expect(ids(text, bad)).toEqual(['demanding-tone', 'shouting']);
    expect(analyze(undefined as never)).toEqual([]);
    expect(analyze('')).toEqual([]);
  });

  it('stays quiet on quoted words and code', () => {
    expect(ids('Got this reply today: “People like you should stop begging strangers for jobs.” Be kind.', { context: 'post' })).toEqual([]);
    expect(ids('In the template, write `Hi {first_name}` and it fills itself in.', { context: 'post' })).toEqual([]);
  });

  it('stays quiet on what the writer reports or names to discuss, and not on what follows it', () => {
    const quiet = [
      'A post told candidates "I expect a reply within 24 hours," which is exactly the tone I try to avoid.',
      'Someone once told me a real leader would drop everything to help, and honestly that felt manipulative.',
      'Someone offered me money for a recommendation last week, and I declined.',
      'I used to accept every request, but now I only connect with people I have met.',
      'Buying endorsements might pad a profile, but it will not survive an interview.',
    ];
    for (const text of quiet) expect(ids(text, { context: 'post', model: null }), text).toEqual([]);
    // The report ends with its clause: what the writer then says is read as ever.
    const caught: [string, string][] = [
      ['A recruiter told me you know everyone at Google, so send me all your contacts there.', 'all-contacts-request'],
      ["My mentor said you'd help, you owe me after everything I've done for this community.", 'guilt-trip'],
      ['A recruiter told me to reach out, I need you to reply by EOD today.', 'demanding-tone'],
      ["I used to respect you but you clearly can't read.", 'hostile-tone'],
      // Not reports at all: the writer's own complaint, offer or proposal.
      ["I'm sick of your excuses, you're useless and everyone knows it.", 'hostile-tone'],
      ['Quick offer to trade endorsements with you if you’re up for it.', 'endorsement-trade'],
      ['Trading endorsements could help us both, want to do it?', 'endorsement-trade'],
      ["My last three messages said the same thing and I'm still waiting for a reply.", 'passive-aggressive'],
    ];
    for (const [text, rule] of caught) expect(ids(text, { model: null }), text).toContain(rule);
    // A finding kept beside a quote is the writer's own words, not the quoted ones.
    const both = 'My old boss used to say "I need you to reply by EOD", so I need you to reply by EOD today.';
    expect(analyze(both, { model: null }).map((f) => both.slice(f.start, f.end))).toEqual(['I need you to reply by EOD today']);
    // A scare quote is the writer's own irony.
    expect(ids("Thanks for your 'quick' reply, three weeks later.", { model: null })).toContain('passive-aggressive');
  });
});

describe('two rules on the same words', () => {
  it('get one rewrite, the more severe rule’s, so none contradicts another', () => {
    const text = 'Send me all your contacts today.';
    const findings = analyze(text);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['all-contacts-request', 'demanding-tone']);
    const rewrites = new Set(findings.map((f) => applySuggestion(text, f.suggestions[0])));
    expect(rewrites.size).toBe(1);
    expect([...rewrites][0]).not.toContain('all your contacts');
    expect(findings.find((f) => f.ruleId === 'demanding-tone')?.also).toEqual(['all-contacts-request']);
  });

  it('name each other, and a finding alone names no one', () => {
    const text = 'Your request is tacky. Don’t ever write me again.';
    const findings = analyze(text, { context: 'reply' });
    const last = findings.filter((f) => text.slice(f.start, f.end).startsWith('Don’t'));
    expect(last.map((f) => f.ruleId).sort()).toEqual(['dismissive-reply', 'hostile-tone']);
    expect(new Set(last.map((f) => JSON.stringify(f.suggestions))).size).toBe(1);
    expect(findings.find((f) => text.slice(f.start, f.end) === 'Your request is tacky')?.also).toBeUndefined();
  });
});

describe('language', () => {
  it.each([
    'Kein Interesse. Bitte schreiben Sie mir nicht mehr.',
    'Hola Lucía, ¿tienes 15 minutos esta semana para hablar sobre la vacante? ¡Gracias!',
    'Super article, merci pour le partage ! J’ai beaucoup appris sur la négociation salariale.',
    'Hello Verma ji, main Pune mein data analyst hoon. Aapke posts bahut helpful hain.',
    'Здравствуйте! Пожалуйста, не пишите мне больше. Это спам.',
    '你好，我对这个职位很感兴趣，请问可以聊聊吗？',
    '¡¡¡INCREÍBLE!!! Felicidades a todo el equipo.',
  ])('skips a message not in English: %s', (text) => {
    expect(isEnglish(text)).toBe(false);
    expect(analyze(text, { context: 'reply' })).toEqual([]);
  });

  it.each(['Hallo Katrin! Thanks again for the tour of the Hamburg office.', 'I personally review every single request within minutes.', 'No.'])(
    'treats English as English: %s',
    (text) => expect(isEnglish(text)).toBe(true),
  );
});

describe('the 2014 reply', () => {
  const quotes = readJsonl<{ role: string; text: string }>(join(SHARED, 'data/kelly-blazek-2014-quotes.jsonl'));
  it('gets hostile-tone, stereotyping and dismissive-reply, joined into one reply', () => {
    const reply = quotes.filter((q) => q.role === 'rude_reply').map((q) => q.text).join(' ');
    const found = ids(reply, { context: 'reply' });
    expect(found).toEqual(expect.arrayContaining(['hostile-tone', 'stereotyping', 'dismissive-reply']));
    expectValidFindings(reply, analyze(reply, { context: 'reply' }));
  });

  it("leaves the job seeker's own lines alone", () => {
    for (const role of ['original_request', 'polite_followup']) {
      const text = quotes.filter((q) => q.role === role).map((q) => q.text).join(' ');
      expect(analyze(text, { context: role === 'original_request' ? 'invitation' : 'reply' })).toEqual([]);
    }
  });
});

describe('corpora', () => {
  // The dev corpus and the project's own held-out sets, scored like ../shared/tools/score.mjs.
  const score = (rows: { text: string; context?: string; lang?: string; labels: string[] }[]) =>
    scoreSet(
      rows,
      rows.map((row) => {
        const findings = analyze(row.text, { context: row.context as never });
        expectValidFindings(row.text, findings);
        if (row.lang && row.lang !== 'en') expect(findings).toEqual([]);
        return new Set(findings.map((f) => f.ruleId));
      }),
    );

  it.each([
    ['dev corpus', join(SHARED, 'corpus/dev.jsonl')],
    ['paraphrases', join(__dirname, '../fixtures/paraphrases.jsonl')],
    ['held-out', join(__dirname, '../fixtures/heldout.jsonl')],
    ['held-out 2', join(__dirname, '../fixtures/heldout2.jsonl')],
    ['held-out 3', join(__dirname, '../fixtures/heldout3.jsonl')],
    ['held-out 4', join(__dirname, '../fixtures/heldout4.jsonl')],
    ['held-out 5', join(__dirname, '../fixtures/heldout5.jsonl')],
    ['held-out 6', join(__dirname, '../fixtures/heldout6.jsonl')],
    ['held-out 7', join(__dirname, '../fixtures/heldout7.jsonl')],
    ['held-out 8', join(__dirname, '../fixtures/heldout8.jsonl')],
    ['held-out 9', join(__dirname, '../fixtures/heldout9.jsonl')],
    ['held-out 10', join(__dirname, '../fixtures/heldout10.jsonl')],
    ['held-out 11', join(__dirname, '../fixtures/heldout11.jsonl')],
    ['held-out 12', join(__dirname, '../fixtures/heldout12.jsonl')],
    ['held-out 13', join(__dirname, '../fixtures/heldout13.jsonl')],
    ['held-out 14', join(__dirname, '../fixtures/heldout14.jsonl')],
    ['held-out 15', join(__dirname, '../fixtures/heldout15.jsonl')],
    ['held-out 16', join(__dirname, '../fixtures/heldout16.jsonl')],
    ['held-out 17', join(__dirname, '../fixtures/heldout17.jsonl')],
    ['held-out 18', join(__dirname, '../fixtures/heldout18.jsonl')],
    ['held-out 19', join(__dirname, '../fixtures/heldout19.jsonl')],
    ['held-out 20', join(__dirname, '../fixtures/heldout20.jsonl')],
    ['held-out 21', join(__dirname, '../fixtures/heldout21.jsonl')],
    ['held-out 22', join(__dirname, '../fixtures/heldout22.jsonl')],
    ['held-out 23', join(__dirname, '../fixtures/heldout23.jsonl')],
    ['held-out 24', join(__dirname, '../fixtures/heldout24.jsonl')],
    ['held-out 25', join(__dirname, '../fixtures/heldout25.jsonl')],
    ['held-out 26', join(__dirname, '../fixtures/heldout26.jsonl')],
    ['held-out 27', join(__dirname, '../fixtures/heldout27.jsonl')],
    ['held-out 28', join(__dirname, '../fixtures/heldout28.jsonl')],
    ['held-out 29', join(__dirname, '../fixtures/heldout29.jsonl')],
    ['held-out 30', join(__dirname, '../fixtures/heldout30.jsonl')],
    ['held-out 31', join(__dirname, '../fixtures/heldout31.jsonl')],
  ])('%s: macro-F1 at least 0.85 and clean false alarms at most 5%%', (_, path) => {
    const { macroF1, cleanFalseAlarms } = score(readJsonl(path));
    expect(macroF1).toBeGreaterThanOrEqual(0.85);
    expect(cleanFalseAlarms).toBeLessThanOrEqual(0.05);
  });
});

describe('parse cache', () => {
  it('re-parses only the line that changed', () => {
    clearParseCache();
    const lines = Array.from({ length: 20 }, (_, i) => `Line ${i}: thanks for the intro to the platform team, it helped a lot.`);
    const before = parseStats.lines;
    analyze(lines.join('\n'));
    expect(parseStats.lines - before).toBe(20);
    lines[7] += ' Really.';
    analyze(lines.join('\n'));
    expect(parseStats.lines - before).toBe(21);
  });

  it('keeps every token offset on the text', () => {
    const text = 'Hi 👨‍👩‍👧 team!\nI’m sure we’ll ship it — “soon”.\n\nمرحبا and שלום too.';
    for (const s of parse(text).sentences) {
      for (const t of s.tokens) if (t.text) expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('reads only the first MAX_ANALYZED characters for grammar, but still counts the length', () => {
    const text = 'Thanks for the note. '.repeat(6000);
    expect(text.length).toBeGreaterThan(MAX_ANALYZED);
    expect(ids(text, { context: 'message' })).toEqual(['too-long']);
  });
});
