/**
 * ALL-CAPS words used for emphasis and runs of !!! or ??? (RULES.md,
 * professional courtesy).
 *
 * Acronyms and product names are not shouting (NASA, CEO, SQL, AWS): a capital
 * word counts only when it is an everyday English word ("NOT", "PLEASE"), when
 * it is long and not a known acronym ("URGENT"), or when it sits in a run of
 * capital words that are not all acronyms ("OPEN TO WORK"). "!!" and "?!" are
 * fine; three marks are a run.
 */
import { defineRule } from '../engine/rule';
import { find, sentenceCase, textBefore } from '../engine/helpers';
import type { Detection } from '../engine/types';

/** Acronyms and names in capitals seen on LinkedIn; none of them is ever shouting. */
const ACRONYMS = new Set(
  (
    'CEO CTO CFO COO CMO CIO CPO CRO CISO CHRO VP SVP EVP AVP HR PR IT AI ML NLP LLM GPT UX UI QA SQL AWS GCP API APIS SAAS B2B B2C CRM ERP SEO SEM PPC KPI KPIS ' +
    'OKR OKRS ROI MBA PHD MSC BSC BA MA BS MS MD RN LPN CPA CFA PMP NASA NATO EU UK US USA UAE NYC LA SF DC DM DMS PM AM EOD COB ASAP FYI TBD TBA RSVP ETA ' +
    'FAQ PDF CV NDA LLC LTD INC IPO VC PE GDPR HIPAA SOC ISO IEEE ACM MIT UCLA NYU LSE HBS INSEAD KLM IBM SAP HP AMD NVIDIA GE BMW KPMG EY PWC BCG ' +
    'JPM OK TV NHS NGO UN WHO ESG DEI STEM SME SMB GTM PLG ARR MRR CAC LTV NPS CSAT SLA SDR BDR AE CSM PMM TAM CX DX MVP POC HVAC CAD CNC IOT VR AR XR ' +
    'GPU CPU RAM SSD USB HTML CSS JS TS PHP JSON XML REST SDK IDE CI CD SRE AD GIS ICU ER OR NICU EMT GP USD EUR GBP AUD CAD INR JPY CEST PST EST GMT UTC ' +
    'CST IST MEA EMEA APAC LATAM NA DACH SA SE AB AG GMBH PLC SPA SAS BV LION LIONS XXL XL XS XXX PS NB RE FWD CC BCC ID OTP PIN SMS IQ EQ DIY ' +
    'HQ R&D M&A P&L Q&A WFH RTO PTO OOO EOD EOW TL;DR TLDR IMO IMHO BTW LOL OMG AKA PPT XLS DOC CSV NFT DAO DEFI UNICEF NASDAQ NYSE DEVOPS MLOPS ' +
    'FINOPS SECOPS OPENAI ACCA CIMA CIPD SHRM ATS RPO MSP VMS SOW TAT ESL TEFL IELTS TOEFL GRE GMAT SAT ACT LSAT MCAT CPR AED PPE OSHA FDA EPA SEC FTC ' +
    'IRS HMRC NGOS PMO CDO CSO COE RPA BI ETL CDP DSP DMP CMS LMS HRIS HCM SCM WMS TMS FBA DTC D2C CPG FMCG QSR POS ECE SWE SDE MLE QE PO SM BAU ' +
    // Certifications, finance and science terms, and universities often written in capitals
    'EBITDA README CRISPR NEBOSH IOSH IGC CISSP CCNA ITIL TOGAF COMPTIA ISTQB UNESCO UNILAG UNIBEN KNUST IIT IITS IIM NIT AIIMS LUMS NUST UCT ' +
    'UNISA RMIT UNSW UCL KCL ETH EPFL NUS NTU HKU HKUST KAIST UNAM USP UP'
  ).split(' '),
);

/** Everyday words that are emphasis in capitals (never acronyms here). */
const EVERYDAY = new Set(
  (
    'not never always must now need please stop urgent important free all very really do dont no yes you your we they this that the and or but ' +
    'for to of in on at is are be have get read share help work open hiring job new today only just again best big huge amazing love hate want ' +
    'every everyone nothing everything anyone nobody why what how when who hello hi hey thanks thank congrats sorry wow omg seriously literally ' +
    'final last warning attention important notice reply respond answer call send me my mine our ours so too more most less still already ever ' +
    'immediately tomorrow tonight deadline serious true false wrong right done over out up down off here there will would should could can cant ' +
    'wont didnt doesnt isnt arent was were been has had did does am i\'m it\'s don\'t can\'t won\'t'
  ).split(' '),
);

/** Nouns that make the capital word before them a name: "the YES programme", "a NEBOSH certificate". */
const NAMED = /^\s+(?:programmes?|programs?|scheme|initiative|campaign|project|awards?|fund|foundation|network|group|centre|center|campus|club|certificate|certification|course|exam|conference|summit|alumni|placements?|fellowship|scholarship|grant|challenge|hackathon|cohort|accelerator|festival|movement|framework|method|standard|licen[cs]e|diploma|degree)\b/i;
/** Capital adjectives that stay emphasis before any noun: "a HUGE project". A name is short ("YES", "UP"): a long word before a noun is emphasis ("an INCREDIBLE conference"). */
const EMPHATIC = new Set(['huge', 'amazing', 'big', 'best', 'new', 'free', 'important', 'urgent', 'serious', 'final', 'last', 'great', 'very', 'really', 'only', 'every', 'all', 'no', 'not', 'our', 'your', 'my', 'the', 'this', 'that']);

const CAPS_WORD = /(?<![\p{L}\p{N}#@/._\[{<%-])\p{Lu}[\p{Lu}'’&]*\p{Lu}(?![\p{L}\p{N}_\]}>%]|-\p{Lu})/gu;

const isAcronym = (w: string) => ACRONYMS.has(w.toUpperCase().replace(/[’']S$/, '').replace(/’/g, "'"));
const isShout = (w: string) => {
  if (isAcronym(w)) return false;
  const lower = w.toLowerCase().replace(/’/g, "'");
  return EVERYDAY.has(lower) || EVERYDAY.has(lower.replace(/'/g, '')) || w.length >= 6;
};

/** "SO" is Stack Overflow after a preposition or before a noun-ish word ("on SO", "an SO question"); "SO sorry" is emphasis. */
function isStackOverflow(text: string, run: { text: string; start: number; end: number }[]): boolean {
  return run.length === 1 && run[0].text === 'SO' && (/\b(?:on|in|at|from|to|the|an|via|of)\s+$/i.test(textBefore(text, run[0].start)) || !/^\s+\p{Ll}/u.test(text.slice(run[0].end)));
}

export default defineRule({
  meta: {
    id: 'shouting',
    title: 'Shouting',
    description: 'ALL-CAPS words or sentences used for emphasis, and runs of !!! or ???.',
    why: 'Capitals and stacked punctuation read as raised voice. They make a request feel urgent or angry, and in a feed they look like spam. Let the words carry the emphasis.',
    problem: 'This reads as shouting',
    fix: 'use normal case and one mark of punctuation',
    severity: 'warning',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'The ALL-HANDS was great today.' },
      { text: 'I’m Bisi, a final-year pharmacy student at UNILAG.' },
      { text: 'The form says DO NOT STAPLE, so bring paper clips.' },
      { text: 'Hello FIRSTNAME, quick note about our webinar.' },
      { text: 'ALL CAPS is how I wrote my to-do lists in 2015.' },
      { text: 'Following the AWS re:Invent keynote our CTO wants to trial Bedrock by Q3. Could we get 30 minutes with your SA team?' },
      { text: 'omg congrats on the promo!! drinks on me friday?' },
      { text: 'Holy cow, you got the offer?!' },
      { text: 'Our NASA and SQL folks loved the PyCon MEA meetup.' },
      { text: "We've committed to 20 YES programme placements this year." },
      { text: 'Our UP campus alumni are hosting a careers night.' },
      { text: 'I read your 2022 paper on CRISPR screening with great interest.' },
      { text: 'I hold NEBOSH IGC and four years offshore.' },
      { text: 'Small correction: EBITDA is not cash flow.' },
    ],
    invalid: [
      { text: 'It’s a numbers game AND a craft.', excerpt: 'AND', output: 'It’s a numbers game and a craft.' },
      { text: 'I am NOT relocating to Dallas, full stop.', excerpt: 'NOT', output: 'I am not relocating to Dallas, full stop.' },
      { text: 'Wait, is this even legal???', excerpt: '???', output: 'Wait, is this even legal?' },
      { text: 'OPEN TO WORK! Data analyst, SQL and Python.', excerpt: 'OPEN TO WORK', output: 'Open to work! Data analyst, SQL and Python.' },
      { text: 'PLEASE SHARE. Laid off today after 11 years.', excerpt: 'PLEASE SHARE', output: 'Please share. Laid off today after 11 years.' },
      { text: 'This is URGENT.', excerpt: 'URGENT', output: 'This is urgent.' },
      { text: 'This is a HUGE project for us.', excerpt: 'HUGE', output: 'This is a huge project for us.' },
      { text: 'It was an INCREDIBLE conference.', excerpt: 'INCREDIBLE', output: 'It was an incredible conference.' },
      { text: 'This portfolio is GARBAGE.', excerpt: 'GARBAGE', output: 'This portfolio is garbage.' },
    ],
  },
  detect({ text }) {
    const out: Detection[] = [];
    for (const hit of find(text, /[!?]{3,}/g)) {
      out.push({ start: hit.start, end: hit.end, suggestions: [{ title: 'Use one mark', start: hit.start, end: hit.end, replacement: hit.text.includes('?') ? '?' : '!' }] });
    }
    // Group capital words into runs separated only by spaces or light punctuation.
    const words = find(text, CAPS_WORD);
    let i = 0;
    while (i < words.length) {
      let j = i;
      while (j + 1 < words.length && /^[\s,'’&-]{1,3}$/u.test(text.slice(words[j].end, words[j + 1].start))) j++;
      const run = words.slice(i, j + 1);
      i = j + 1;
      // "ALL CAPS is how I write" names the style, and "Hello FIRSTNAME" is a slot: neither is shouting.
      const named = /^(?:ALL\s+CAPS|CAPS(?:\s*LOCK)?|(?:FIRST|LAST|FULL|COMPANY)?\s?NAME|FNAME|RECIPIENT)$/.test(text.slice(run[0].start, run[run.length - 1].end));
      // "The form says DO NOT STAPLE": capitals reported from a sign or a form.
      const organisation = run.length === 1 && !EVERYDAY.has(run[0].text.toLowerCase()) && /\b(?:at|from|with|via|joined|join|of|for|in|by|the)\s+$/i.test(textBefore(text, run[0].start));
      const name = run.length === 1 && run[0].text.length <= 5 && !EMPHATIC.has(run[0].text.toLowerCase()) && NAMED.test(text.slice(run[0].end));
      const reported = /\b(?:says|said|reads|read|labell?ed|marked|stamped|printed|titled|called|named)\s*:?\s*$/i.test(textBefore(text, run[0].start));
      const loud = run.some((w) => isShout(w.text)) && !isStackOverflow(text, run) && !named && !reported && !organisation && !name;
      if (!loud) continue;
      const start = run[0].start;
      const end = run[run.length - 1].end;
      const opens = /(?:^|[.!?\n]\s*)$/.test(textBefore(text, start));
      const cased = sentenceCase(text.slice(start, end), isAcronym);
      const replacement = opens || isAcronym(run[0].text) ? cased : cased.charAt(0).toLowerCase() + cased.slice(1);
      out.push({ start, end, suggestions: [{ title: 'Use normal case', start, end, replacement }] });
    }
    return out;
  },
});
