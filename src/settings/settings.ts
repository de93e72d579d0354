/**
 * The user's settings: only their overrides of the defaults are stored
 * (STYLE.md), so a default that improves reaches everyone who never changed it.
 * Pure: parsing, cleaning, import/export and what they mean for the engine.
 */
import { RULE_IDS } from '../engine/rule-ids';
import { SEVERITIES, type AnalyzeOptions, type CustomPhrase, type Severity } from '../engine/types';
import { DEFAULT_REVIEW_THRESHOLD, type ReviewThreshold } from './review';

export interface Settings {
  /** Forethought on or off everywhere. */
  enabled?: boolean;
  /** Per-rule switches, only where they differ from the rule's default. */
  rules?: Record<string, boolean>;
  /** Per-rule severity overrides. */
  severity?: Record<string, Severity>;
  /** When the review before Send opens. */
  threshold?: ReviewThreshold;
  /** Whether what the learned scorer alone finds ("may read as …") opens the review too; off by default. */
  reviewPossible?: boolean;
  /** The connection-note limit when the page does not show it: 200 (free) or 300 (Premium). */
  invitationLimit?: 200 | 300;
  /** The user's own phrases to flag, each with the message to show. */
  alwaysFlag?: CustomPhrase[];
  /** Phrases never to flag. */
  neverFlag?: string[];
}

export const THRESHOLDS: readonly ReviewThreshold[] = ['off', 'error', 'warning'];
export const SETTINGS_VERSION = 1;

/**
 * What the options page allows. At these limits, in plain English text, the
 * settings take about 86 of the 100 kB that browser sync holds; text that
 * takes more bytes a character can reach that quota first, and the page then
 * says so (see layout.ts).
 */
export const LIMITS = { phrases: 200, phraseLength: 100, messageLength: 200 } as const;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const cleanText = (v: unknown, max = 200) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null);

/**
 * Keeps what is valid of any stored or imported value and drops the rest, so
 * corrupt, unknown or outdated values fall back to the defaults (never throws).
 */
export function sanitize(raw: unknown): Settings {
  if (!isObject(raw)) return {};
  const out: Settings = {};
  if (typeof raw.enabled === 'boolean') out.enabled = raw.enabled;
  if (isObject(raw.rules)) {
    const rules = Object.fromEntries(Object.entries(raw.rules).filter(([id, on]) => (RULE_IDS as readonly string[]).includes(id) && typeof on === 'boolean')) as Record<string, boolean>;
    if (Object.keys(rules).length) out.rules = rules;
  }
  if (isObject(raw.severity)) {
    const sev = Object.fromEntries(Object.entries(raw.severity).filter(([id, s]) => (RULE_IDS as readonly string[]).includes(id) && SEVERITIES.includes(s as Severity))) as Record<string, Severity>;
    if (Object.keys(sev).length) out.severity = sev;
  }
  if (THRESHOLDS.includes(raw.threshold as ReviewThreshold)) out.threshold = raw.threshold as ReviewThreshold;
  if (typeof raw.reviewPossible === 'boolean') out.reviewPossible = raw.reviewPossible;
  if (raw.invitationLimit === 200 || raw.invitationLimit === 300) out.invitationLimit = raw.invitationLimit;
  if (Array.isArray(raw.alwaysFlag)) {
    const phrases = raw.alwaysFlag
      .filter(isObject)
      .map((p) => ({ phrase: cleanText(p.phrase, LIMITS.phraseLength), message: cleanText(p.message, LIMITS.messageLength) }))
      .filter((p): p is CustomPhrase => !!p.phrase && !!p.message)
      .slice(0, LIMITS.phrases);
    if (phrases.length) out.alwaysFlag = phrases;
  }
  if (Array.isArray(raw.neverFlag)) {
    const never = raw.neverFlag.map((p) => cleanText(p, LIMITS.phraseLength)).filter((p): p is string => !!p).slice(0, LIMITS.phrases);
    if (never.length) out.neverFlag = never;
  }
  return out;
}

/** What the settings mean for one analysis. */
export function analyzeOptionsOf(s: Settings): Pick<AnalyzeOptions, 'rules' | 'severity' | 'invitationLimit' | 'custom'> {
  return { rules: s.rules, severity: s.severity, invitationLimit: s.invitationLimit, custom: { alwaysFlag: s.alwaysFlag ?? [], neverFlag: s.neverFlag ?? [] } };
}

export const thresholdOf = (s: Settings): ReviewThreshold => s.threshold ?? DEFAULT_REVIEW_THRESHOLD;
export const isEnabled = (s: Settings): boolean => s.enabled !== false;

/** The settings as a JSON file the user can keep or move to another browser. */
export function exportSettings(s: Settings): string {
  return JSON.stringify({ forethought: SETTINGS_VERSION, settings: sanitize(s) }, null, 2);
}

/** Why settings go beyond what the options page allows: a message of _locales and its substitutions. */
export interface LimitProblem {
  key: 'tooManyPhrases' | 'phraseTooLong';
  substitutions: string[];
}

/**
 * Whether a stored, imported or about-to-be-added value goes beyond LIMITS,
 * which sanitize would silently cut down: the page says so instead.
 */
export function limitProblem(raw: unknown): LimitProblem | null {
  if (!isObject(raw)) return null;
  const always = Array.isArray(raw.alwaysFlag) ? raw.alwaysFlag : [];
  const never = Array.isArray(raw.neverFlag) ? raw.neverFlag : [];
  if (always.length > LIMITS.phrases || never.length > LIMITS.phrases) return { key: 'tooManyPhrases', substitutions: [String(LIMITS.phrases)] };
  const tooLong = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > max;
  const long = always.some((p) => isObject(p) && (tooLong(p.phrase, LIMITS.phraseLength) || tooLong(p.message, LIMITS.messageLength))) || never.some((p) => tooLong(p, LIMITS.phraseLength));
  return long ? { key: 'phraseTooLong', substitutions: [String(LIMITS.phraseLength), String(LIMITS.messageLength)] } : null;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string } | { ok: false; problem: LimitProblem };

/**
 * Reads an exported file. Bad JSON, a file that is not Forethought's, or one
 * beyond the page's limits gets a clear error and changes nothing; whether it
 * fits in browser sync is checked when it is saved (storage.ts).
 */
export function importSettings(json: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `This file is not valid JSON (${(e as Error).message}).` };
  }
  if (!isObject(data) || typeof data.forethought !== 'number' || !isObject(data.settings)) {
    return { ok: false, error: 'This is not a Forethought settings file: it has no "forethought" version and "settings".' };
  }
  if (data.forethought > SETTINGS_VERSION) return { ok: false, error: `This file comes from a newer Forethought (version ${data.forethought}); update the extension first.` };
  const problem = limitProblem(data.settings);
  if (problem) return { ok: false, problem };
  return { ok: true, settings: sanitize(data.settings) };
}

/** Sets one rule's switch, storing nothing when it matches the rule's default. */
export function withRule(s: Settings, id: string, on: boolean, defaultOn: boolean): Settings {
  const rules = { ...s.rules };
  if (on === defaultOn) delete rules[id];
  else rules[id] = on;
  return sanitize({ ...s, rules });
}
