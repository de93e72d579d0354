import { shippedModel } from '../model';
import { courteousDecline } from './decline';
import { scorerDetections } from './evidence';
import { isEnglish } from './language';
import { parse } from './parse';
import { inside, quotedRanges, type Range } from './quotes';
import { blank, reportedRanges } from './reported';
import { RULES } from './registry';
import type { CheckInput, Rule } from './rule';
import { CONTEXTS, SEVERITIES, SEVERITY_RANK, type AnalyzeOptions, type Detection, type Finding, type MessageContext, type Severity, type Suggestion } from './types';
import { wording } from './wording';

/** Rules whose findings stand even on reported words: a quoted passage still counts towards the limit. */
const QUOTE_BLIND = new Set(['too-long']);

/** Whether a suggestion already rewrites the whole span of another (a rule's own decline of a one-line reply). */
const covers = (s: Suggestion | undefined, whole: Suggestion) => !!s && s.start <= whole.start && s.end >= whole.end;

/** Rules whose findings in a reply are best fixed by declining courteously, as a whole. */
const DECLINED = new Set(['hostile-tone', 'dismissive-reply']);

/** A rule reports at most this many places in one message: past that, more cards help no one (a paste of 2,000 blanks). */
export const MAX_FINDINGS_PER_RULE = 25;

/** Past this many characters only the start is read (the length limits excepted); LinkedIn's longest box holds 8,000. */
export const MAX_ANALYZED = 20_000;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves an offset off the middle of a surrogate pair. */
function snap(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/** A name from the page, trimmed, or nothing. */
const nameOf = (name: unknown) => (typeof name === 'string' && name.trim() ? name.trim() : undefined);

function validSpan(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start <= end;
}

function cleanSuggestions(text: string, suggestions: readonly Suggestion[] = []): Suggestion[] {
  return suggestions
    .map((s) => ({ ...s, start: snap(text, s.start), end: snap(text, s.end) }))
    .filter((s) => validSpan(text, s.start, s.end) && typeof s.replacement === 'string' && text.slice(s.start, s.end) !== s.replacement);
}

function effectiveSeverity(rule: Rule, options: AnalyzeOptions): Severity {
  const o = options.severity?.[rule.meta.id];
  return o && SEVERITIES.includes(o) ? o : rule.meta.severity;
}

function isEnabled(rule: Rule, options: AnalyzeOptions, context: MessageContext): boolean {
  const on = options.rules?.[rule.meta.id];
  if (on === false || (on === undefined && !rule.meta.enabled)) return false;
  return !rule.meta.contexts || rule.meta.contexts.includes(context);
}

/** A rule's detections; none when it fails, for one rule's bug must not silence the others. */
function detect(rule: Rule, input: CheckInput): Detection[] {
  try {
    return [...rule.detect(input)];
  } catch {
    return [];
  }
}

const overlap = (a: Range, b: Range) => a.start < b.end && a.end > b.start;
const touches = (d: Range, ranges: readonly Range[]) => ranges.some((r) => overlap(d, r));

/** One finding per place and rule: where a rule's detections overlap, the earliest and then the longest excerpt wins. */
function placed(text: string, detections: readonly Detection[], quoted: readonly Range[], quoteBlind: boolean): Detection[] {
  const kept: Detection[] = [];
  for (const d of [...detections].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const start = snap(text, d.start);
    const end = snap(text, d.end);
    if (!validSpan(text, start, end) || start === end) continue;
    if (!quoteBlind && inside(quoted, start, end)) continue;
    if (kept.some((k) => overlap(k, { start, end }))) continue;
    kept.push({ ...d, start, end });
  }
  return kept;
}

/**
 * Where a finding touches reported words (reported.ts), the rule runs again on
 * the text with them blanked. The finding stays only if the rule finds the
 * same place there too, and then as found there: its excerpt is the writer's
 * own words, and a rewrite that would touch the reported ones is dropped.
 * "One recruiter told me “you owe it to your family”, and that's how not to
 * pitch a role" is about a guilt trip; "My mentor said you'd help, so you owe me" is one.
 */
function dropReported(byRule: Map<Rule, Detection[]>, input: CheckInput, reported: readonly Range[]): void {
  const touched = [...byRule].filter(([rule, ds]) => !QUOTE_BLIND.has(rule.meta.id) && ds.some((d) => touches(d, reported)));
  if (!touched.length) return;
  let blanked: CheckInput;
  try {
    const text = blank(input.text, reported);
    blanked = { ...input, text, doc: parse(text) };
  } catch {
    return;
  }
  for (const [rule, ds] of touched) {
    const again = placed(input.text, detect(rule, blanked), [], false);
    const kept: Detection[] = [];
    for (const d of ds) {
      const a = touches(d, reported) ? again.find((x) => overlap(x, d)) : d;
      const k = a === d || !a ? a : { ...a, suggestions: a.suggestions?.filter((s) => !touches(s, reported)) };
      // One finding per place still: a finding found again may cover two of before.
      if (k && !touches(k, kept)) kept.push(k);
    }
    if (kept.length) byRule.set(rule, kept);
    else byRule.delete(rule);
  }
}

/**
 * Checks one message against every enabled rule and returns its findings in
 * text order. Pure: no DOM, no browser API. Never throws: a rule that fails is
 * skipped, and a message that is not English gets no findings.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const context: MessageContext = CONTEXTS.includes(options.context as MessageContext) ? (options.context as MessageContext) : 'message';
  const analyzed = text.length > MAX_ANALYZED ? text.slice(0, snap(text, MAX_ANALYZED)) : text;
  if (!isEnglish(analyzed)) return [];

  let input: CheckInput;
  try {
    const limit = Number(options.invitationLimit);
    input = {
      text: analyzed,
      length: text.trimEnd().length,
      doc: parse(analyzed),
      context,
      field: options.field === 'subject' ? 'subject' : 'body',
      invitationLimit: Number.isFinite(limit) && limit > 0 ? limit : 300,
      recipientName: nameOf(options.recipientName),
      senderName: nameOf(options.senderName),
    };
  } catch {
    return [];
  }
  const quoted = quotedRanges(analyzed);
  const reported = reportedRanges(analyzed, quoted);
  const byRule = new Map<Rule, Detection[]>();
  for (const rule of RULES) {
    if (!isEnabled(rule, options, context)) continue;
    const kept = placed(text, detect(rule, input), quoted, QUOTE_BLIND.has(rule.meta.id));
    if (kept.length) byRule.set(rule, kept);
  }
  dropReported(byRule, input, reported);

  // The learned scorer's evidence, where no rule of the same group already spoke.
  const model = options.model === undefined ? shippedModel() : options.model;
  if (model) {
    try {
      const enabled = RULES.filter((r) => isEnabled(r, options, context));
      const found = new Map([...byRule].map(([r, ds]) => [r.meta.id, ds] as const));
      for (const [rule, ds] of scorerDetections(input, model, enabled, found, reported)) byRule.set(rule, [...(byRule.get(rule) ?? []), ...ds]);
    } catch {
      // The scorer failing leaves the rules' findings as they are.
    }
  }

  const found = new Set([...byRule.keys()].map((r) => r.meta.id));
  const findings: Finding[] = [];
  for (const [rule, detections] of byRule) {
    if (rule.meta.quietWhen?.some((id) => found.has(id))) continue;
    const severity = effectiveSeverity(rule, options);
    // A hostile or dismissive reply is rewritten whole, as a courteous decline, not patched sentence by sentence.
    const decline = context === 'reply' && DECLINED.has(rule.meta.id) ? courteousDecline(analyzed, input.recipientName) : undefined;
    for (const d of detections.slice(0, MAX_FINDINGS_PER_RULE)) {
      findings.push({
        ruleId: rule.meta.id,
        severity,
        start: d.start,
        end: d.end,
        message: wording(severity, d.problem ?? rule.meta.problem, rule.meta.fix),
        why: rule.meta.why,
        suggestions: cleanSuggestions(text, decline && !covers(d.suggestions?.[0], decline) ? [decline, ...(d.suggestions ?? [])] : d.suggestions),
        ...(d.evidence ? { evidence: d.evidence } : {}),
      });
    }
  }
  findings.push(...customFindings(analyzed, options.custom?.alwaysFlag));
  const never = neverRanges(analyzed, options.custom?.neverFlag);
  return agree(
    findings.filter((f) => !touches(f, never)).sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId)),
  );
}

/**
 * Findings of different rules on overlapping words get one rewrite: the most
 * severe rule's (a rule's own evidence before the scorer's), so "Send me all
 * your contacts today" is not offered both "introduce me to one person" and
 * "could you send me all your contacts". Each names the others in `also`.
 */
function agree(sorted: Finding[]): Finding[] {
  let group: Finding[] = [];
  let end = -1;
  const settle = () => {
    const ids = new Set(group.map((f) => f.ruleId));
    if (ids.size > 1) {
      const rank = (f: Finding) => SEVERITY_RANK[f.severity] * 4 + (f.evidence ? 0 : 2) + (f.suggestions.length ? 1 : 0);
      const lead = group.reduce((a, b) => (rank(b) > rank(a) ? b : a));
      for (const f of group) {
        f.also = [...ids].filter((id) => id !== f.ruleId);
        if (lead.suggestions.length) f.suggestions = lead.suggestions;
      }
    }
    group = [];
  };
  for (const f of sorted) {
    if (f.start >= end) settle();
    group.push(f);
    end = Math.max(end, f.end);
  }
  settle();
  return sorted;
}

/** The ruleId of the user's own phrases (RULES.md allows new ids). */
export const CUSTOM_RULE_ID = 'custom-phrase';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word, case-insensitive occurrences of a phrase. */
function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const p = typeof phrase === 'string' ? phrase.trim() : '';
  if (!p) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(p).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function customFindings(text: string, phrases: readonly { phrase: string; message: string }[] = []): Finding[] {
  if (!Array.isArray(phrases)) return [];
  return phrases.flatMap(({ phrase, message }) =>
    occurrences(text, phrase).map(({ start, end }) => ({
      ruleId: CUSTOM_RULE_ID,
      severity: 'warning' as const,
      start,
      end,
      message: typeof message === 'string' && message.trim() ? message.trim() : `You asked to be warned about “${phrase}”.`,
      why: 'You added this phrase to your own list in Forethought’s settings.',
      suggestions: [],
    })),
  );
}

function neverRanges(text: string, phrases: readonly string[] = []): { start: number; end: number }[] {
  return Array.isArray(phrases) ? phrases.flatMap((p) => occurrences(text, p)) : [];
}

/** Applies one suggestion to the text it was made for. */
export function applySuggestion(text: string, s: Suggestion): string {
  return text.slice(0, s.start) + s.replacement + text.slice(s.end);
}
