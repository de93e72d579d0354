/**
 * Treating a connection as access to the reader's network. Source: "Assume
 * that everyone is an Open Networker that will accept a connection from you,
 * and allow you to begin connecting to all their contacts" (RULES.md).
 *
 * Caught: the LION label and "open networking"; "grow our networks" pitches;
 * a sender who connects with everyone in a field; connecting "so I can reach
 * your connections"; offering or asking "access" to a network. "Open Source"
 * and connecting with one named person stay quiet.
 */
import { defineRule } from '../engine/rule';
import { findInSentences, negated, removeSentence } from '../engine/helpers';
import { oneOf, phrases } from '../engine/phrases';
import type { Detection } from '../engine/types';

/** People, as the object of "connect with every …": a role noun, or one ending like one (-er, -or, -ist). */
const PEOPLE = `${oneOf([
  'person', 'people', 'professional', 'director', 'manager', 'leader', 'recruiter', 'marketer', 'engineer', 'founder', 'ceo',
  'executive', 'member', 'student', 'owner', 'designer', 'developer', 'analyst', 'consultant', 'agent', 'broker', 'coach', 'investor',
  'c[a-z]o', '[\\w-]+(er|or|ist)',
])}s?`;

/**
 * Open-networking pitches, each family one regex, searched in this order. An entry ending in "…"
 * has no word boundary at its end, as the pattern always had.
 */
const PITCHES: RegExp[] = [
  // LinkedIn Open Networker: the label is written in capitals, "lion" is an animal.
  phrases(['L\\.?I\\.?O\\.?N\\.?s?(?![a-z])'], 'g'),
  // Not talk about others who are: "your point about open networkers", "people who call themselves open networkers"
  phrases([
    "(?<!\\b(about|themselves|so-called|of|everyone is|everyone's)( an?)? )" +
      'open[\\s-]+network(er|ers|ing)(?! (event|night|session|mixer|breakfast|drinks|evening|meetup|lunch|group)s?\\b)',
  ]),
  // "Let's grow our networks" (RULES.md: "accept and grow our networks")
  phrases([
    "(grow|expand|build|increase|boost|widen|extend|double|multiply)(ing)? (our|each other'?s|both (of )?our|your and my|my and your) " +
      '(\\w+ )?(networks?|reach|audiences?|followings?|circles?|connections)',
    "let's both grow",
  ]),
  phrases(['more connections\\b[^.!?]{0,40}\\b(more (reach|visibility|exposure|opportunities)|both of us|win[\\s-]win|the better)']),
  phrases(['(the )?more connections,? the (better|more)']),
  phrases([
    'the (bigger|larger|more|wider) (our|your|my) networks?',
    'as many ([\\w-]+ ){0,2}?(people|connections|contacts|folks|professionals|recruiters|founders|managers|leaders) ' +
      'as (possible|I (can|could))',
    'not (picky|selective|choosy|fussy|particular) (about )?(who|whom) I (connect|add|accept|network)',
    '(anyone|everyone|anybody) (in|from) [\\w-]+( [\\w-]+)? is welcome to connect',
  ]),
  // "I'm connecting with every marketing director in Ohio", "I just add everyone in marketing"
  phrases([
    '(connect|connecting|add|adding|accept|accepting|invite|inviting|reaching out to|messaging|contacting) (with )?' +
      '(every(one|body)\\b(?! (in|from|on) my\\b)|' +
      'anyone (and everyone\\b|who (comments?|likes?|reacts?|follows?|replies|types|drops)\\b)|' +
      `(every|all( the)?) ([\\w-]+ ){0,2}?${PEOPLE}\\b)( (in|at|from|who|on)\\b)?…`,
  ]),
  phrases(['accept(ing)? (all|every|any) (connection )?(requests?|invit\\w*|connections?)']),
  phrases([
    "I (never|don'?t|do not) (decline|reject|ignore|refuse|turn down) (a |an |any )?(connection|invitation|invite|request)s?",
    "share (our|each other'?s) networks?",
  ]),
  // "connect so I can reach your connections"
  phrases([
    'connect(ed|ing)?\\b[^.!?]{0,40}?\\bso (that )?(I|we) (can|could|may|might) (\\w+ ){0,2}?' +
      '(reach|access|see|tap into|get to|contact|browse|message|view|use|mine) ' +
      '(\\w+ ){0,4}?(your|ur) ([\\w-]+ )?(connections|network|contacts)',
  ]),
  phrases([
    '(browse|mine|scroll through|look through|go through|comb through|search through) your ([\\w-]+ )?' +
      '(connections|network|contacts|followers|list|contact list)',
  ]),
  phrases([
    'access to ([\\d.,]+\\s*k?\\+? )([\\w-]+ )?(connections|contacts|followers|professionals|people|members|recruiters|leaders)',
    '(build|building|grow|growing) the (biggest|largest) network',
  ]),
  phrases(['(open( up)?|share|give you) my (whole |entire )?(network|connections|contacts) (to|with) you']),
  phrases([
    '(get to know|explore|tap) your network',
    'introduce myself to (some|all|many|each|a few) of your (connections|contacts|network|followers)',
    'benefit from (my|our) (reach|network|connections|audience|followers)',
    'join my network',
    'with (over )?\\d[\\d.,]{2,}\\s*k?\\+? connections',
  ]),
  phrases(['(expanding|growing|building) my network in every direction', "accept and (let's )?(both )?(benefit|grow|win)"]),
  phrases([
    'I (always )?(follow|connect|accept) back',
    '#(opentoconnect|followback|f4f|connect4connect|lion)',
    'more (visibility|reach|exposure) for (both of us|us both|each other)',
  ]),
  phrases([`connect(ing)? with (\\d[\\d.,]{2,}|\\d+\\s*k)\\+? ([\\w-]+ )?${PEOPLE}`]),
  phrases([
    'connect(ing|ed)? (with you )?(to|in order to) (access|reach|tap into|get to|see|browse|use) your ([\\w-]+ )?' +
      '(network|connections|contacts|followers)',
  ]),
  phrases(['access to yours', 'network(ing)? with (every(one|body)|anyone|all and sundry)']),
  phrases([
    'super[\\s-]?connector',
    'boost your (profile views|visibility|reach)',
    'network of \\d[\\d.,]*\\s*k?\\+[^.!?]{0,30}?\\b(add|connect with|follow) me',
  ]),
  phrases(['grow(ing)? my network as (much|big|large|fast) as (possible|I can)']),
  // Offering access to one's own network; asking to "have access to your connections" is all-contacts-request.
  phrases([
    'access to (my|our|(?<!(have|get)\\s{1,9}access\\s{1,9}to\\s{1,9})your) ([\\d.,]+\\s*k?\\+? )?([\\w-]+ )?' +
      '(connections|network|contacts|followers)',
  ]),
  // Connecting to hit a number: "I'm trying to hit 30,000 connections".
  phrases([
    '(trying|want|wanting|aiming|hoping|need|needing|looking|going|on (my|a) (way|mission|quest)|goal is|help me) (is )?(to )?' +
      '(hit|reach|get to|grow to|cross|pass|break|hitting|reaching) (the )?[\\d.,]+\\s*k?\\+? (connections|followers|contacts)',
  ]),
  // Borrowing the reader's audience: "your 4k followers will see my posts", "share our audiences".
  phrases([
    'your ([\\d.,]+\\s*k?\\+? )?(followers|connections|network|audience|contacts) ' +
      '(will|can|could|would) (now |also |then )?(see|get|read|find) my',
    "share (my|our|each other'?s) (audiences?|followers)",
    'tap into your (audience|followers|network|connections)',
  ]),
];

const FIRST_PERSON = /\b(?:I|I(?:'|’)m|we|we(?:'|’)re|my|our|let(?:'|’)s)\b/i;

export default defineRule({
  meta: {
    id: 'mass-connect',
    title: 'Open-networker pitch',
    description: 'Treating a connection as a way into the reader’s network: "LION", "grow our networks", connecting with everyone in a field.',
    why: 'Most people connect with people they know or have a reason to know. A pitch that treats the connection as access to their contacts tells them the relationship is not the point, and many will decline or report it.',
    problem: 'This treats the connection as access to their network',
    fix: 'say why you want to connect with this person in particular',
    severity: 'error',
    reads: 'a way into their network rather than a connection',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Loved your point about open networkers; I prefer a smaller network of people I know.' },
      { text: 'I used to accept every request, and now I only connect with people I\'ve met.' },
      { text: 'I’m reaching out to everyone in my network for help finding a job.' },
      { text: 'I’m connecting with every speaker from yesterday’s summit to say thanks!' },
      { text: 'Open networking event this Thursday at WeWork, all welcome.' },
      { text: 'We just hit 10,000 followers on the company page. Thank you all!' },
      { text: 'Hi Lars, I help run the Oslo Open Source meetup. Would be great to connect before your talk next month.' },
      { text: 'Hi Anna, I would like to connect with you because we both work on payments at Adyen.' },
      { text: 'The lion is the mascot of our school team.' },
    ],
    invalid: [
      { text: 'I never turn down an invite. Connect with me to boost your profile views!', excerpt: 'I never turn down an invite' },
      { text: 'I’m trying to grow my network as much as possible this year.', excerpt: 'grow my network as much as possible' },
      { text: 'Connecting to access your network of 500+ engineers.', excerpt: 'Connecting to access your network' },
      { text: 'I’ll connect with anyone who comments interested below.', excerpt: 'connect with anyone who comments' },
      { text: 'I follow back 100%. Connect = more visibility for both of us!', excerpt: 'I follow back' },
      { text: 'I’m on a mission to connect with 10,000 professionals this year.', excerpt: 'connect with 10,000 professionals' },
      { text: 'Connect with me so I can reach the marketers in your network.', excerpt: 'Connect with me so I can reach the marketers in your network' },
      { text: 'I’m a top connector with 29,800 connections. Join my network!', excerpt: 'with 29,800 connections' },
      { text: 'Accepting everyone who works in crypto this week!', excerpt: 'Accepting everyone who' },
      { text: "I'm not picky about who I connect with. Let's link up!", excerpt: 'not picky about who I connect' },
      { text: "Let's connect! I'm trying to hit 30,000 connections this year.", excerpt: 'trying to hit 30,000 connections' },
      { text: "Hi Tess, I'm an insurance broker in Tampa and a proud LION.", excerpt: 'LION' },
      {
        text: "Hi Tess, I'm a broker in Tampa. Let's connect and grow our networks together!",
        excerpt: 'grow our networks',
        output: "Hi Tess, I'm a broker in Tampa.",
      },
      { text: "We haven't met, but I'm connecting with every marketing director in Ohio this month.", excerpt: 'connecting with every marketing director in' },
      { text: "I'd like to connect so I can reach your connections at game studios.", excerpt: 'connect so I can reach your connections' },
      { text: 'Accept my request and you will get access to my 12k connections.', excerpt: 'access to my 12k connections' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    for (const re of PITCHES) {
      for (const hit of findInSentences(doc.sentences, re)) {
        const { sentence } = hit;
        const before = sentence.tokens.filter((t) => t.end <= hit.start);
        if (negated(before.slice(-3)) && !/\bnever\s+(?:decline|reject|turn)/i.test(hit.text)) continue;
        // Connecting with "everyone" is only a pitch when the writer says they do it.
        // Thanking everyone from a shared event is not a pitch: "connecting with every speaker from yesterday's summit".
        if (/^(?:connect|add|accept)/i.test(hit.text) && /\b(?:summit|conference|event|panel|workshop|webinar|meetup|course|cohort|class|bootcamp|offsite|programme|program)\b/i.test(sentence.text)) continue;
        const ownGerund = /^\w+ing\b/i.test(hit.text) && !text.slice(sentence.start, hit.start).trim();
        if (/^(?:connect|add|accept|invit|reach|messag|contact)/i.test(hit.text) && !FIRST_PERSON.test(sentence.text) && !ownGerund) continue;
        out.push({ start: hit.start, end: hit.end, suggestions: [removeSentence(text, sentence, 'Remove the open-networking pitch')] });
      }
    }
    return out;
  },
});
