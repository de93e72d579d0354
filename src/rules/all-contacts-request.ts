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
import type { Detection } from '../engine/types';

/** Nouns for a set of people or a list of them. Leaves out "thoughts", "posts", "advice": not a network. */
const NETWORK =
  'contacts? list|list of contacts|contacts?|connections|network|networks|address book|rolodex|friends|colleagues|clients|' +
  'people|companies|firms|recruiters|hiring managers|managers|leads|acquaintances|customers|investors|partners|alumni|followers|' +
  'founders|executives|ceos|vcs|employers|agencies|studios|startups|banks|labs|teams|team|directors|leaders|peers|members|' +
  'students|alumni|mentees|classmates|coworkers|co-workers|teammates|reports|groups|communities|channels|[\\w-]+(?:ers|ors|ists)';

const SCOPES = [
  // "all (of) your contacts", "every one of your connections", "each of the recruiters you know"
  `\\b(?:all|every(?:\\s+(?:single\\s+)?one)?|each(?:\\s+one)?|any\\s+and\\s+all)\\s+(?:of\\s+)?(?:your|ur)\\s+(?:[\\w-]+\\s+){0,3}?(?:${NETWORK})\\b`,
  // "all the companies you consult for": "the" needs a clause that ties them to the reader
  `\\b(?:all|every(?:\\s+one)?|each)\\s+(?:of\\s+)?the\\s+(?:[\\w-]+\\s+){0,3}?(?:${NETWORK})\\s+(?:that\\s+)?you(?:(?:'|’)re|\\s+are)?\\s+(?:know|have|consult|work|worked|advise|mentor|invest|deal|met|connected|part\\s+of|in|a\\s+member\\s+of|run|manage|belong\\s+to)\\b(?:\\s+(?:for|with|in|to|of))?`,
  // "your whole network", "your entire contact list"
  `\\b(?:your|ur)\\s+(?:whole|entire|full|complete|extended)\\s+(?:[\\w-]+\\s+){0,2}?(?:${NETWORK}|book\\s+of\\s+business)\\b`,
  // "your network of pharma hiring managers"
  `\\b(?:your|ur)\\s+(?:whole\\s+|entire\\s+)?(?:network|contacts|connections|rolodex)\\s+of\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+s\\b`,
  // "your contact list", "your address book", "your rolodex"
  `\\b(?:your|ur)\\s+(?:contacts?\\s+list|list\\s+of\\s+contacts|address\\s+book|rolodex|contact\\s+database|phone\\s*book|little\\s+black\\s+book)\\b`,
  // "all the pharma directors you know", "every recruiter in your network": any group tied to the reader
  `\\b(?:all|every(?:one)?|each)\\s+(?:of\\s+)?(?:the\\s+|your\\s+)?(?:[\\w-]+\\s+){0,3}?[\\w-]+\\s+(?:(?:that|who)\\s+)?(?:you\\s+(?:know|have\\s+met|met|worked\\s+with|work\\s+with|have\\s+worked\\s+with|have\\s+known|hired|placed|mentored|are\\s+connected\\s+(?:to|with)|(?:have\\s+)?(?:dealt|done\\s+business|partnered|sold)\\s+(?:with|to))|you(?:'|’)ve\\s+(?:met|worked\\s+with|known|hired|placed|mentored|dealt\\s+with|done\\s+business\\s+with|partnered\\s+with|sold\\s+to|backed|invested\\s+in|coached)|you(?:'|’)re\\s+connected\\s+(?:to|with)|in\\s+your\\s+(?:network|contacts|circle|address\\s+book|rolodex))\\b`,
  // "the contact info for everyone on your old team", "everyone on your team at Bain"
  `\\bcontact\\s+(?:info|information|details|emails?|numbers?)\\s+(?:for|of)\\s+(?:every(?:one|body)|all)\\b[^.?!,]{0,40}`,
  `\\bevery(?:one|body)\\s+(?:on|in|at|from)\\s+your\\s+(?:[\\w-]+\\s+){0,2}?(?:team|company|firm|network|list|department|group|circle|agency|office|org|organi[sz]ation|school|lab|startup|bank|studio|practice|hospital|university)\\b`,
  // "all the engineering managers in your company"
  `\\b(?:all|every(?:\\s+one)?|each)\\s+(?:of\\s+)?the\\s+(?:[\\w-]+\\s+){0,3}?(?:${NETWORK})\\s+(?:in|at|from)\\s+your\\s+(?:company|team|org|organi[sz]ation|firm|network|department|office|industry)\\b`,
  // "a list of the partners you know at magic circle firms"
  `\\blist\\s+of\\s+(?:all\\s+)?(?:the\\s+|your\\s+)?(?:[\\w-]+\\s+){0,2}?[\\w-]+s\\s+(?:(?:that|who)\\s+)?you\\s+(?:know|have|work\\s+with|worked\\s+with|met)\\b`,
  // "anyone and everyone you think might be hiring"
  `\\b(?:anyone\\s+and\\s+everyone|every(?:one|body))\\s+(?:you\\s+(?:think|can\\s+think\\s+of|believe|reckon)|(?:who|that)\\s+(?:might|may|could)\\s+be)\\b`,
  // "export your LinkedIn connections to a spreadsheet": the list itself
  `\\b(?:export|exporting|exported|download|downloading|scrape|scraping|dump|dumping|copy|copying|extract|extracting)\\s+(?:all\\s+(?:of\\s+)?)?(?:your|ur)\\s+(?:[\\w-]+\\s+)?(?:connections|contacts|network|followers)\\b`,
  // "blast my resume out to your network": a broadcast to everyone they know
  `\\b(?:blast|spam|broadcast|circulate|spread|push|send|forward|share|post|pass)\\s+(?:my|this|the)\\s+(?:[\\w-]+\\s+)?(?:resume|résumé|cv|profile|deck|portfolio|flyer|pitch)\\s+(?:out\\s+|around\\s+|along\\s+)?(?:to|with|across|around|among|throughout)\\s+(?:all\\s+(?:of\\s+)?)?your\\s+(?:network|contacts|connections|followers|rolodex)\\b`,
  // "the emails of your clients", "phone numbers for your contacts in pharma"
  `\\b(?:e-?mails?|e-?mail\\s+addresses|phone\\s+numbers|numbers|contact\\s+(?:details|info|information)|names\\s+and\\s+(?:e-?mails|numbers))\\s+(?:of|for)\\s+(?:all\\s+)?your\\s+(?:[\\w-]+\\s+)?(?:${NETWORK})\\b`,
  // "put me in touch with the folks you know there — as many as you can"
  `\\bas\\s+many\\s+(?:(?:of\\s+)?(?:them|people|contacts|folks|names|introductions|intros|of\\s+your\\s+\\w+)\\s+)?as\\s+you\\s+(?:can|could)\\b`,
  // "hand over your connections in venture capital"
  `\\b(?:hand\\s+over\\s+|give\\s+(?:me\\s+)?|share\\s+|send\\s+(?:me\\s+)?|pass\\s+(?:me\\s+)?|forward\\s+(?:me\\s+)?|lend\\s+(?:me\\s+)?)your\\s+(?:[\\w-]+\\s+)?(?:connections|contacts|rolodex)\\b(?!\\s+(?:details|info|information|page|settings|card|number|email)\\b)`,
  // "You know loads of people in logistics; could you mention me to all of them?"
  `\\b(?:to|with)\\s+(?:(?:all|each|every\\s+(?:single\\s+)?one|the\\s+lot)\\s+of\\s+them|them\\s+all)\\b`,
  // "you're connected to every VC in Berlin; could you forward my deck to them?"
  `\\bto(?<=\\b(?:connected\\s{1,9}to|know|with)\\s{1,9}(?:every|all\\s{1,9}(?:the\\s{1,9})?)[^.!?]{1,80}to)\\s+them(?:\\s+all)?\\b`,
  `\\b(?:hook|set)\\s+me\\s+up\\s+with\\s+(?:all\\s+(?:of\\s+)?)?your\\s+(?:whole\\s+|entire\\s+)?(?:network|contacts|connections)\\b`,
  // "the full list of your clients", "access to your connections"
  `\\b(?:spreadsheet|csv|excel\\s+file|export|copy|dump)\\s+of\\s+(?:all\\s+)?your\\s+(?:[\\w-]+\\s+)?(?:contacts|connections|network|clients|followers)\\b`,
  `\\b(?:full|complete|whole|entire)\\s+list\\s+of\\s+(?:all\\s+)?your\\s+(?:[\\w-]+\\s+)?(?:${NETWORK})\\b`,
  `\\b(?:have|get)\\s+access\\s+to\\s+your\\s+(?:[\\w-]+\\s+)?(?:connections|contacts|network|rolodex|address\\s+book)\\b`,
  // "the people in your network who work in renewable energy"
  `\\bthe\\s+(?:people|folks|contacts|connections)\\s+(?:in\\s+your\\s+network|you\\s+know)\\s+(?:who|that)\\b`,
  // "the names and emails of the hiring managers you know at Amazon"
  `\\b(?:names|e-?mails?|numbers|contact\\s+details|contacts)\\s+(?:and\\s+[\\w-]+\\s+)?(?:of|for)\\s+(?:all\\s+)?the\\s+(?:[\\w-]+\\s+){0,2}?(?:${NETWORK})\\s+you\\s+(?:know|have|work\\s+with)\\b`,
  // "intros to your investor network, as many as possible"
  `\\bas(?<=\\b(?:intros?|introductions?|introduce\\s{1,9}me|referrals?|refer\\s{1,9}me)\\b[^.!?]{0,60}as)\\s+many\\s+as\\s+possible\\b`,
  // "every contact you have in the energy sector"
  `\\b(?:all|every|each)\\s+(?:single\\s+)?(?:[\\w-]+\\s+)?(?:contact|connection|recruiter|investor|client|customer|friend|colleague|person|hiring\\s+manager)s?\\s+(?:that\\s+|who\\s+)?you(?:(?:'|’)ve|\\s+have|\\s+know|(?:'|’)ve\\s+got)\\b`,
  // "everyone you know", "everybody in your network"
  `\\b(?:every(?:one|body)|anyone\\s+and\\s+everyone|all\\s+the\\s+people|every\\s+(?:person|contact))\\s+(?:you\\s+know|you\\s+(?:work|worked)\\s+with|you(?:'|’)ve\\s+met|in\\s+your\\s+(?:network|contacts|address\\s+book|circle)|you(?:'|’)re\\s+connected\\s+(?:to|with)|you\\s+are\\s+connected\\s+(?:to|with)|on\\s+your\\s+list)\\b`,
];
const SCOPE = new RegExp(SCOPES.join('|'), 'gi');

/** Verbs of handing over or introducing, as lemmas, so "sending", "passed" and "introduces" count. */
const REQUEST_VERBS = new Set([
  'give', 'send', 'share', 'pass', 'blast', 'touch', 'mention', 'hook', 'intro', 'intros', 'introduction', 'introductions', 'forward', 'introduce', 'connect', 'refer', 'recommend', 'hand', 'export', 'email', 'mail',
  'provide', 'put', 'open', 'access', 'get', 'let', 'tell', 'list', 'link', 'circulate', 'spread', 'blast', 'distribute', 'show', 'loop', 'post', 'push', 'promote', 'ping', 'tag', 'message', 'contact', 'notify', 'mention',
]);

/** A place or field that narrows the network ("in the medical device industry"), kept in the rewrite. */
const TAIL = /^\s+((?:in|at|from|within|across|on)\s+(?:the\s+)?[^,.;:!?—–\n]{2,60}?)(?=\s*(?:[,.;:!?—–]|$|\s(?:so|because|as|since|who|which|that|and|please|for\s+me)\b))/i;

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
    contexts: ['invitation', 'message', 'inmail', 'reply'],
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
      const place = tail ? ` ${tail[1].trim()}` : '';
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
