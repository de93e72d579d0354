/**
 * Template slots left in the text: `[Name]`, `{first_name}`, `<COMPANY>`,
 * `XXX` (RULES.md, "customized to the person").
 *
 * A bracket counts as a slot when it reads like one: capitalised ("[Company]")
 * or made of slot words ("[first name]"); "[sic]", "[1]" and markdown links do
 * not. "XXL" is a size, not "XXX". Code and quoted templates are left alone by
 * the engine; a post or comment that teaches a template ("here is the
 * template I use") stays quiet too.
 */
import { defineRule } from '../engine/rule';
import { find } from '../engine/helpers';
import type { Detection, Suggestion } from '../engine/types';

/** Words that make up mail-merge slots in the templates people share. */
const SLOT_WORDS = new Set(
  (
    'name first last full company role title position job city location date time industry school university recipient contact your their his her ' +
    'insert here x xx xxx organization organisation org team product topic skill field number phone email link url department event day month year ' +
    'amount salary candidate manager hiring person prospect client customer business user username firstname lastname fname lname sender signature ' +
    'my mutual connection connections area specialty specialization project reason detail details something placeholder blank tbd'
  ).split(' '),
);

const ANGLES = /<<?\s*([\p{L}][\p{L}\s_.-]{0,30}?)\s*>>?/gu;
const PARENS = /\(\s*([\p{L}][\p{L}\s_]{0,30}?)\s*\)/gu;
const BRACKETS = /\[\s*([\p{L}][\p{L}\s_.'’/-]{0,30}?)\s*\](?!\()/gu;
const BRACES = /\{\{?\s*([\p{L}_][\p{L}\d_.\s-]{0,30}?)\s*\}\}?/gu;
/** Slots that are recognised by their shape alone: <ROLE>, %FIRSTNAME%, XXX, blanks, bare slot names. */
const SHAPES: RegExp[] = [
  /<\s*([A-Z][A-Z0-9_ -]{1,30}?)\s*>/g,
  /%([A-Z_]{2,30})%/g,
  /(?<![\p{L}\p{N}])(X{3,})(?![\p{L}\p{N}]|-[LS]\b)/gu,
  /(_{3,})/g,
  /(?<!_)((?:_{2,}[/.-]){1,2}_{2,})/g,
  // A bare slot name in capitals: "Hi NAME,", "FIRST_NAME", "COMPANY_NAME".
  /(?<=\b(?:Hi|Hello|Hey|Dear)\s{1,9})(NAME|FIRST[\s_]?NAME|FNAME|RECIPIENT|Name|First\s?[Nn]ame|Firstname)(?=\s*[,!.:—–-])|\b(FIRST_NAME|LAST_NAME|COMPANY_NAME|JOB_TITLE)\b/g,
];

const looksLikeSlot = (inner: string): boolean => {
  const words = inner.toLowerCase().replace(/[_./-]/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4) return false;
  if (words.every((w) => SLOT_WORDS.has(w))) return true;
  // "[Hiring Manager]", "<ROLE>", "[INDUSTRY]": capitalised words, but not a lone one like "[Live]".
  const parts = inner.split(/[\s_]+/).filter(Boolean);
  return parts.length > 1 && parts.every((w) => /^\p{Lu}/u.test(w));
};

const PAREN_SLOT = /^(?:(?:first|last|full|your|company|recipient|job)\s+(?:name|title)|first\s*name|company|topic|title|role|recipient)$/i;

const NAME_SLOT = /^(?:(?:recipient|contact|prospect|candidate)(?:[\s_]?(?:first[\s_]?)?name)?|(?:first[\s_]?)?name|firstname|fname|name[\s_]?here)$/i;

/** A post that teaches a template, or talks about a slot ("a message that still says [Name]"), shows it on purpose. */
const TEACHING = /\b(?:template|example|e\.g\.|for\s+instance|placeholder|merge\s+field|mail[\s-]?merge|fills?|variable|replaced?|real\s+name|format|script|fill\s+in|says|said|saying|still|left\s+in|tip)\b/i;

/** Slots with words that stand in for them when the fact is unknown: "at [Company]" → "at your company". */
const STAND_INS: [RegExp, string][] = [
  [/^(?:company|company[\s_]?name|organi[sz]ation|org|firm|employer|business)$/i, 'your company'],
  [/^(?:role|job|job[\s_]?title|title|position)$/i, 'the role'],
  [/^(?:industry|field|sector|specialty|area)$/i, 'your field'],
  [/^(?:city|location|area|region|country)$/i, 'your area'],
  [/^(?:topic|subject|project|skill|product|team|department)$/i, 'your work'],
];

/**
 * The rewrite of a slot: the recipient's name where the page gives it, else
 * a greeting without a name ("Hi [Name]," → "Hi,"), else a plain stand-in.
 */
function fill(text: string, start: number, end: number, inner: string, recipientName?: string): Suggestion[] {
  if (NAME_SLOT.test(inner)) {
    if (recipientName) return [{ title: `Fill in ${recipientName}`, start, end, replacement: recipientName }];
    const greeting = /\b(?:hi|hello|hey|dear)\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
    if (greeting && /^[,!]/.test(text.slice(end))) return [{ title: 'Greet without the slot', start: start - (greeting[0].length - greeting[0].trimEnd().length), end, replacement: '' }];
    return [];
  }
  const standIn = STAND_INS.find(([re]) => re.test(inner))?.[1];
  return standIn ? [{ title: `Say “${standIn}”`, start, end, replacement: standIn }] : [];
}

export default defineRule({
  meta: {
    id: 'unfilled-placeholder',
    title: 'Unfilled placeholder',
    description: 'Template slots left in the text: [Name], {first_name}, <COMPANY>, XXX.',
    why: 'A slot left in the text shows the reader a mass template with their name never filled in, which is worse than no personalisation at all.',
    problem: 'This template slot was never filled in',
    fix: 'fill it in before sending',
    severity: 'warning',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'The XXX-L jersey sizes are sold out, so we ordered XL instead.' },
      { text: 'Hi Ada, attached is the XXL banner proof for the booth. Could you confirm the print size by Friday?' },
      { text: 'Here is the template I use: "Hi [Name], I loved your talk on [topic]." Fill in both slots!', context: 'post' },
      { text: 'Use `{{ user.first_name }}` in the subject line to personalise it.', context: 'comment' },
      { text: 'The results [sic] were impressive, see [1].' },
    ],
    invalid: [
      { text: 'Hi Name, I saw your profile.', excerpt: 'Name', output: 'Hi, I saw your profile.' },
      { text: 'Hi Lucas, your experience at <COMPANY_NAME> stood out to me.', excerpt: '<COMPANY_NAME>', output: 'Hi Lucas, your experience at your company stood out to me.' },
      { text: 'Hi <first name>, loved your recent post!', excerpt: '<first name>' },
      { text: "Hi [Name], hope the new role at [Company] is going well!", excerpt: '[Name]', recipientName: 'Joanna', output: 'Hi Joanna, hope the new role at [Company] is going well!' },
      { text: "Hiring! We're looking for a <ROLE> in <CITY>.", excerpt: '<ROLE>' },
      { text: 'Hi Joanna, I noticed that XXX is expanding into Europe.', excerpt: 'XXX' },
      { text: 'Dear {first_name}, thank you for applying.', excerpt: '{first_name}', recipientName: 'Sam', output: 'Dear Sam, thank you for applying.' },
      { text: 'Hi {first_name}, I would love to chat.', excerpt: '{first_name}' },
    ],
  },
  detect({ text, context, recipientName }) {
    if ((context === 'post' || context === 'comment') && TEACHING.test(text)) return [];
    const out: Detection[] = [];
    const push = (start: number, end: number, inner: string) => out.push({ start, end, suggestions: fill(text, start, end, inner.trim(), recipientName) });
    for (const re of [ANGLES, BRACKETS, BRACES]) {
      for (const hit of find(text, re)) if (looksLikeSlot(hit.groups[0] ?? '')) push(hit.start, hit.end, hit.groups[0] ?? '');
    }
    // Parentheses hold asides far more often than slots: only "(First Name)"-style slot words, capitalised.
    for (const hit of find(text, PARENS)) {
      const inner = hit.groups[0] ?? '';
      if (/^\p{Lu}/u.test(inner) && PAREN_SLOT.test(inner.trim())) push(hit.start, hit.end, inner);
    }
    for (const re of SHAPES) for (const hit of find(text, re)) push(hit.start, hit.end, hit.groups.find(Boolean) ?? hit.text);
    return out;
  },
});
