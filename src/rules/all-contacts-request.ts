/**
 * Asking someone for their whole network. Source: "Ask a Business Leader to
 * give you all their contacts in a given industry"; "Suggest a Business Leader
 * introduce, recommend or refer you to all of their contacts" (RULES.md).
 *
 * A finding needs two things in one sentence: a network that belongs to the
 * reader ("all your contacts", "your whole network", "your contact list",
 * "everyone you know", "all the companies you consult for") and a request to
 * hand it over (a verb lemma such as give, send, share, pass, introduce,
 * refer or recommend, in any tense). "All my contacts" (the sender's own) and
 * "all your thoughts" (not a network) stay quiet, and so does a negated ask.
 */
import { defineRule } from '../engine/rule';
import { capitalize, findInSentences, negated } from '../engine/helpers';
import { oneOf, phrases } from '../engine/phrases';
import type { Detection } from '../engine/types';

/**
 * Nouns for a set of people or a list of them. Leaves out "thoughts", "posts", "advice": not a network.
 * A space in these is one space, as it always was (`[ ]`), not any run of whitespace.
 */
const NETWORK = oneOf([
  'contacts?[ ]list', 'list[ ]of[ ]contacts', 'contacts?', 'connections', 'network', 'networks', 'address[ ]book', 'rolodex', 'friends',
  'colleagues', 'clients', 'people', 'companies', 'firms', 'recruiters', 'hiring[ ]managers', 'managers', 'leads', 'acquaintances',
  'customers', 'investors', 'partners', 'alumni', 'followers', 'founders', 'executives', 'ceos', 'vcs', 'employers', 'agencies',
  'studios', 'startups', 'banks', 'labs', 'teams', 'team', 'directors', 'leaders', 'peers', 'members', 'students', 'mentees',
  'classmates', 'coworkers', 'co-workers', 'teammates', 'reports', 'groups', 'communities', 'channels', '[\\w-]+(ers|ors|ists)',
]);

/** The ways a network is the reader's, tried in this order as one regex (SCOPE). */
const SCOPES = [
  // "all (of) your contacts", "every one of your connections", "each of the recruiters you know"
  `(all|every( (single )?one)?|each( one)?|any and all) (of )?(your|ur) ([\\w-]+ ){0,3}?${NETWORK}`,
  // "all the companies you consult for": "the" needs a clause that ties them to the reader
  `(all|every( one)?|each) (of )?the ([\\w-]+ ){0,3}?${NETWORK} (that )?you('re| are)? ` +
    '(know|have|consult|work|worked|advise|mentor|invest|deal|met|connected|part of|in|a member of|run|manage|belong to)' +
    '\\b( (for|with|in|to|of))?…',
  // "your whole network", "your entire contact list"
  `(your|ur) (whole|entire|full|complete|extended) ([\\w-]+ ){0,2}?(${NETWORK}|book of business)`,
  // "your network of pharma hiring managers"
  '(your|ur) (whole |entire )?(network|contacts|connections|rolodex) of ([\\w-]+ ){0,3}?[\\w-]+s',
  // "your contact list", "your address book", "your rolodex"
  '(your|ur) (contacts? list|list of contacts|address book|rolodex|contact database|phone\\s*book|little black book)',
  // "all the pharma directors you know", "every recruiter in your network": any group tied to the reader
  '(all|every(one)?|each) (of )?(the |your )?([\\w-]+ ){0,3}?[\\w-]+ ((that|who) )?' +
    '(you (know|have met|met|worked with|work with|have worked with|have known|hired|placed|mentored|are connected (to|with)|' +
    '(have )?(dealt|done business|partnered|sold) (with|to))|' +
    "you've (met|worked with|known|hired|placed|mentored|dealt with|done business with|partnered with|sold to|backed|" +
    'invested in|coached)|' +
    "you're connected (to|with)|in your (network|contacts|circle|address book|rolodex))",
  // "the contact info for everyone on your old team", "everyone on your team at Bain"
  'contact (info|information|details|emails?|numbers?) (for|of) (every(one|body)|all)\\b[^.?!,]{0,40}',
  'every(one|body) (on|in|at|from) your ([\\w-]+ ){0,2}?' +
    '(team|company|firm|network|list|department|group|circle|agency|office|org|organi[sz]ation|school|lab|startup|bank|studio|practice|' +
    'hospital|university)',
  // "all the engineering managers in your company"
  `(all|every( one)?|each) (of )?the ([\\w-]+ ){0,3}?${NETWORK} (in|at|from) your ` +
    '(company|team|org|organi[sz]ation|firm|network|department|office|industry)',
  // "a list of the partners you know at magic circle firms"
  'list of (all )?(the |your )?([\\w-]+ ){0,2}?[\\w-]+s ((that|who) )?you (know|have|work with|worked with|met)',
  // "anyone and everyone you think might be hiring"
  '(anyone and everyone|every(one|body)) (you (think|can think of|believe|reckon)|(who|that) (might|may|could) be)',
  // "export your LinkedIn connections to a spreadsheet": the list itself
  '(export|exporting|exported|download|downloading|scrape|scraping|dump|dumping|copy|copying|extract|extracting) (all (of )?)?' +
    '(your|ur) ([\\w-]+ )?(connections|contacts|network|followers)',
  // "blast my resume out to your network": a broadcast to everyone they know
  '(blast|spam|broadcast|circulate|spread|push|send|forward|share|post|pass) (my|this|the) ([\\w-]+ )?' +
    '(resume|résumé|cv|profile|deck|portfolio|flyer|pitch) (out |around |along )?(to|with|across|around|among|throughout) ' +
    '(all (of )?)?your (network|contacts|connections|followers|rolodex)',
  // "the emails of your clients", "phone numbers for your contacts in pharma"
  '(e-?mails?|e-?mail addresses|phone numbers|numbers|contact (details|info|information)|names and (e-?mails|numbers)) ' +
    `(of|for) (all )?your ([\\w-]+ )?${NETWORK}`,
  // "put me in touch with the folks you know there — as many as you can"
  'as many ((of )?(them|people|contacts|folks|names|introductions|intros|of your \\w+) )?as you (can|could)',
  // "hand over your connections in venture capital"
  '(hand over |give (me )?|share |send (me )?|pass (me )?|forward (me )?|lend (me )?)your ([\\w-]+ )?(connections|contacts|rolodex)' +
    '(?! (details|info|information|page|settings|card|number|email)\\b)',
  // "You know loads of people in logistics; could you mention me to all of them?"
  '(to|with) ((all|each|every (single )?one|the lot) of them|them all)',
  // "you're connected to every VC in Berlin; could you forward my deck to them?"
  'to(?<=\\b(connected\\s{1,9}to|know|with)\\s{1,9}(every|all\\s{1,9}(the\\s{1,9})?)[^.!?]{1,80}to) them( all)?',
  '(hook|set) me up with (all (of )?)?your (whole |entire )?(network|contacts|connections)',
  // "the full list of your clients", "access to your connections"
  '(spreadsheet|csv|excel file|export|copy|dump) of (all )?your ([\\w-]+ )?(contacts|connections|network|clients|followers)',
  `(full|complete|whole|entire) list of (all )?your ([\\w-]+ )?${NETWORK}`,
  '(have|get) access to your ([\\w-]+ )?(connections|contacts|network|rolodex|address book)',
  // "the people in your network who work in renewable energy"
  'the (people|folks|contacts|connections) (in your network|you know) (who|that)',
  // "the names and emails of the hiring managers you know at Amazon"
  '(names|e-?mails?|numbers|contact details|contacts) (and [\\w-]+ )?(of|for) ' +
    `(all )?the ([\\w-]+ ){0,2}?${NETWORK} you (know|have|work with)`,
  // "intros to your investor network, as many as possible"
  'as(?<=\\b(intros?|introductions?|introduce\\s{1,9}me|referrals?|refer\\s{1,9}me)\\b[^.!?]{0,60}as) many as possible',
  // "every contact you have in the energy sector"
  '(all|every|each) (single )?([\\w-]+ )?' +
    '(contact|connection|recruiter|investor|client|customer|friend|colleague|person|hiring manager)s? ' +
    "(that |who )?you('ve| have| know|'ve got)",
  // "everyone you know", "everybody in your network"
  '(every(one|body)|anyone and everyone|all the people|every (person|contact)) ' +
    "(you know|you (work|worked) with|you've met|in your (network|contacts|address book|circle)|you're connected (to|with)|" +
    'you are connected (to|with)|on your list)',
];
const SCOPE = phrases(SCOPES);

/** Verbs of handing over or introducing, as lemmas, so "sending", "passed" and "introduces" count. */
const REQUEST_VERBS = new Set([
  'give', 'send', 'share', 'pass', 'blast', 'touch', 'mention', 'hook', 'intro', 'intros', 'introduction', 'introductions', 'forward',
  'introduce', 'connect', 'refer', 'recommend', 'hand', 'export', 'email', 'mail', 'provide', 'put', 'open', 'access', 'get', 'let',
  'tell', 'list', 'link', 'circulate', 'spread', 'distribute', 'show', 'loop', 'post', 'push', 'promote', 'ping', 'tag', 'message',
  'contact', 'notify',
]);

/** A place or field that narrows the network ("in the medical device industry"), kept in the rewrite. */
const TAIL = /^\s+((?:in|at|from|within|across|on)\s+(?:the\s+)?[^,.;:!?—–\n]{2,60}?)(?=\s*(?:[,.;:!?—–]|$|\s(?:so|because|as|since|who|which|that|and|please|for\s+me)\b))/i;

/** A deadline closing the place ("in fintech by tomorrow"): the rewrite asks without one, so it never keeps what demanding-tone flags. */
const DEADLINE = /\s+(?:(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?[\w:-]+(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:morning|afternoon|evening|night|week|noon|tomorrow|today))?|within\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+(?:minutes?|hours?|days?|weeks?)|today|tonight|tomorrow|asap|immediately|right\s+(?:away|now)|this\s+(?:week|morning|afternoon|evening))$/i;

export default defineRule({
  meta: {
    id: 'all-contacts-request',
    title: 'Asking for their whole network',
    description: 'Asking someone for all their contacts, their contact list, or introductions to everyone they know.',
    why: 'A network is built on trust, one relationship at a time. Asking someone to hand over all of it, or to vouch for you to everyone they know, asks them to risk every one of those relationships for a stranger. One specific introduction is easy to say yes to.',
    problem: 'You are asking for their whole network',
    fix: 'ask for one specific introduction instead',
    severity: 'error',
    reads: 'a request for their whole network',
    enabled: true,
    contexts: ['invitation', 'message', 'inmail', 'reply', 'comment'],
  },
  examples: {
    valid: [
      { text: 'Could you forward my deck to Lena at Point Nine?' },
      { text: 'Could you share this post with your network? We are hiring five nurses.' },
      { text: 'Please share your contact details so I can send the contract.' },
      { text: "I'd love to hear all your thoughts on the pricing question when you write the follow-up." },
      { text: "I've already reached out to all my contacts in logistics, so I'm looking for one introduction: do you know anyone on the ops team at Maersk?" },
      { text: 'Would you be comfortable introducing me to whoever owns hiring for the Dublin support team?' },
      { text: "I'm not asking you to share your whole network, just one name." },
      { text: 'Thanks for sharing this with all your connections!' },
    ],
    invalid: [
      { text: 'A recruiter told me you know everyone at Google, so send me all your contacts there.', excerpt: 'send me all your contacts' },
      { text: 'Send me your whole contact list today.', excerpt: 'Send me your whole contact list' },
      { text: 'Since you’re connected to every VC in Berlin, could you forward my deck to them?', excerpt: 'forward my deck to them' },
      { text: 'Could you send me a spreadsheet of your LinkedIn contacts in pharma?', excerpt: 'send me a spreadsheet of your LinkedIn contacts in pharma' },
      { text: 'Can I have access to your connections for my sales campaign?', excerpt: 'have access to your connections' },
      { text: 'Could you put me in touch with the lot of them?', excerpt: 'touch with the lot of them' },
      { text: 'Would you mind sharing the names and emails of the hiring managers you know at Amazon?', excerpt: 'sharing the names and emails of the hiring managers you know at Amazon' },
      { text: 'Could you forward his CV to everyone at your agency?', excerpt: 'forward his CV to everyone at your agency' },
      { text: 'Could you send me every contact you have in the energy sector?', excerpt: 'send me every contact you have in the energy sector' },
      { text: 'Would you be willing to hand over your connections in venture capital?', excerpt: 'hand over your connections in venture capital', output: 'Could you introduce me to one person in venture capital who might be open to a short chat?' },
      { text: 'Can you blast my resume out to your network?', excerpt: 'blast my resume out to your network' },
      { text: 'Would you share the emails of your clients who work with German?', excerpt: 'share the emails of your clients' },
      { text: 'Would you mind exporting your LinkedIn connections to a spreadsheet for me?', excerpt: 'exporting your LinkedIn connections' },
      {
        text: 'Hello Mr. Brooks, could you give me all your contacts in the medical device industry? It would speed up my search.',
        excerpt: 'give me all your contacts in the medical device industry',
        output: 'Hello Mr. Brooks, could you introduce me to one person in the medical device industry who might be open to a short chat? It would speed up my search.',
      },
      { text: 'Would you pass my CV along to your whole network there?', excerpt: 'pass my CV along to your whole network' },
      { text: 'Once we are connected, could you send me your contact list?', excerpt: 'send me your contact list' },
      { text: 'Could you recommend me to all the companies you consult for?', excerpt: 'recommend me to all the companies you consult for' },
      { text: 'Please introduce me to everyone you know at Stripe.', excerpt: 'introduce me to everyone you know at Stripe' },
      {
        text: 'Send me all your contacts in fintech today.',
        excerpt: 'Send me all your contacts in fintech today',
        output: 'Could you introduce me to one person in fintech who might be open to a short chat?',
      },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    for (const hit of findInSentences(doc.sentences, SCOPE)) {
      const { sentence } = hit;
      const verbs = sentence.tokens.filter((t) => REQUEST_VERBS.has(t.root) || REQUEST_VERBS.has(t.normal));
      const verb = verbs.filter((t) => t.start < hit.start).pop() ?? verbs[0];
      if (!verb && !/\baccess\s+to\b/i.test(sentence.text)) continue;
      if (/^\s*(?:thanks|thank\s+you|congrat)/i.test(sentence.text)) continue;
      const before = sentence.tokens.filter((t) => t.end <= hit.start);
      if (negated(before)) continue;

      const tail = TAIL.exec(text.slice(hit.end, sentence.end));
      const end = hit.end + (tail ? tail[0].length : 0);
      const start = verb && verb.start < hit.start ? verb.start : hit.start;

      // Rewrite from "could you …" (or the verb) to the end of the sentence.
      const ask = /\b(?:could|would|can|will)\s+you\s+(?:(?:please|kindly|possibly)\s+)?(?:be\s+(?:able|willing|happy|kind\s+enough)\s+to\s+)?$/i.exec(text.slice(sentence.start, start));
      const from = ask ? sentence.start + ask.index : start;
      const atStart = !text.slice(sentence.start, from).trim() || /[.!?]\s*$/.test(text.slice(sentence.start, from));
      const closing = /[.!?]\s*$/.test(text.slice(end, sentence.end)) && !/[,;:]/.test(text.slice(end, sentence.end)) ? sentence.end : end;
      const place = tail ? ` ${tail[1].trim().replace(DEADLINE, '')}` : '';
      const lead = atStart ? 'Could' : 'could';
      let replacement = `${lead} you introduce me to one person${place} who might be open to a short chat`;
      if (closing === sentence.end) replacement += '?';
      if (atStart) replacement = capitalize(replacement);
      out.push({
        start,
        end,
        suggestions: [{ title: 'Ask for one specific introduction', start: from, end: closing === sentence.end ? sentence.end : end, replacement }],
      });
    }
    return out;
  },
});
