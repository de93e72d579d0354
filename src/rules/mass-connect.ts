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
import type { Detection } from '../engine/types';

/** People, as the object of "connect with every …": a role noun, or one ending like one (-er, -or, -ist). */
const PEOPLE =
  '(?:person|people|professional|director|manager|leader|recruiter|marketer|engineer|founder|ceo|executive|member|student|owner|designer|developer|analyst|consultant|agent|broker|coach|investor|c[a-z]o|[\\w-]+(?:er|or|ist))s?';

const PITCHES: RegExp[] = [
  // LinkedIn Open Networker: the label is written in capitals, "lion" is an animal.
  /\bL\.?I\.?O\.?N\.?s?\b(?![a-z])/g,
  /\bopen[\s-]+network(?:er|ers|ing)\b(?!\s+(?:event|night|session|mixer|breakfast|drinks|evening|meetup|lunch|group)s?\b)/gi,
  /\b(?:grow|expand|build|increase|boost|widen|extend|double|multiply)(?:ing)?\s+(?:our|each\s+other(?:'|’)?s|both\s+(?:of\s+)?our|your\s+and\s+my|my\s+and\s+your)\s+(?:\w+\s+)?(?:networks?|reach|audiences?|followings?|circles?|connections)\b|\blet(?:'|’)s\s+both\s+grow\b/gi,
  /\bmore\s+connections\b[^.!?]{0,40}\b(?:more\s+(?:reach|visibility|exposure|opportunities)|both\s+of\s+us|win[\s-]win|the\s+better)\b/gi,
  /\b(?:the\s+)?more\s+connections,?\s+the\s+(?:better|more)\b/gi,
  /\bthe\s+(?:bigger|larger|more|wider)\s+(?:our|your|my)\s+networks?\b|\bas\s+many\s+(?:[\w-]+\s+){0,2}?(?:people|connections|contacts|folks|professionals|recruiters|founders|managers|leaders)\s+as\s+(?:possible|I\s+(?:can|could))\b|\bnot\s+(?:picky|selective|choosy|fussy|particular)\s+(?:about\s+)?(?:who|whom)\s+I\s+(?:connect|add|accept|network)\b|\b(?:anyone|everyone|anybody)\s+(?:in|from)\s+[\w-]+(?:\s+[\w-]+)?\s+is\s+welcome\s+to\s+connect\b/gi,
  // "I'm connecting with every marketing director in Ohio", "I just add everyone in marketing"
  new RegExp(`\\b(?:connect|connecting|add|adding|accept|accepting|invite|inviting|reaching\\s+out\\s+to|messaging|contacting)\\s+(?:with\\s+)?(?:every(?:one|body)\\b(?!\\s+(?:in|from|on)\\s+my\\b)|anyone\\s+(?:and\\s+everyone\\b|who\\s+(?:comments?|likes?|reacts?|follows?|replies|types|drops)\\b)|(?:every|all(?:\\s+the)?)\\s+(?:[\\w-]+\\s+){0,2}?${PEOPLE}\\b)(?:\\s+(?:in|at|from|who|on)\\b)?`, 'gi'),
  /\baccept(?:ing)?\s+(?:all|every|any)\s+(?:connection\s+)?(?:requests?|invit\w*|connections?)\b/gi,
  /\bI\s+(?:never|don(?:'|’)?t|do\s+not)\s+(?:decline|reject|ignore|refuse|turn\s+down)\s+(?:a\s+|an\s+|any\s+)?(?:connection|invitation|invite|request)s?\b|\bshare\s+(?:our|each\s+other(?:'|’)?s)\s+networks?\b/gi,
  // "connect so I can reach your connections"
  /\bconnect(?:ed|ing)?\b[^.!?]{0,40}?\bso\s+(?:that\s+)?(?:I|we)\s+(?:can|could|may|might)\s+(?:\w+\s+){0,2}?(?:reach|access|see|tap\s+into|get\s+to|contact|browse|message|view|use|mine)\s+(?:\w+\s+){0,4}?(?:your|ur)\s+(?:[\w-]+\s+)?(?:connections|network|contacts)\b/gi,
  /\b(?:browse|mine|scroll\s+through|look\s+through|go\s+through|comb\s+through|search\s+through)\s+your\s+(?:[\w-]+\s+)?(?:connections|network|contacts|followers|list|contact\s+list)\b/gi,
  /\baccess\s+to\s+(?:[\d.,]+\s*k?\+?\s+)(?:[\w-]+\s+)?(?:connections|contacts|followers|professionals|people|members|recruiters|leaders)\b|\b(?:build|building|grow|growing)\s+the\s+(?:biggest|largest)\s+network\b/gi,
  /\b(?:open(?:\s+up)?|share|give\s+you)\s+my\s+(?:whole\s+|entire\s+)?(?:network|connections|contacts)\s+(?:to|with)\s+you\b/gi,
  /\b(?:get\s+to\s+know|explore|tap)\s+your\s+network\b|\bintroduce\s+myself\s+to\s+(?:some|all|many|each|a\s+few)\s+of\s+your\s+(?:connections|contacts|network|followers)\b|\bbenefit\s+from\s+(?:my|our)\s+(?:reach|network|connections|audience|followers)\b|\bjoin\s+my\s+network\b|\bwith\s+(?:over\s+)?\d[\d.,]{2,}\s*k?\+?\s+connections\b/gi,
  /\b(?:expanding|growing|building)\s+my\s+network\s+in\s+every\s+direction\b|\baccept\s+and\s+(?:let(?:'|’)s\s+)?(?:both\s+)?(?:benefit|grow|win)\b/gi,
  /\bI\s+(?:always\s+)?(?:follow|connect|accept)\s+back\b|#(?:opentoconnect|followback|f4f|connect4connect|lion)\b|\bmore\s+(?:visibility|reach|exposure)\s+for\s+(?:both\s+of\s+us|us\s+both|each\s+other)\b/gi,
  new RegExp(`\\bconnect(?:ing)?\\s+with\\s+(?:\\d[\\d.,]{2,}|\\d+\\s*k)\\+?\\s+(?:[\\w-]+\\s+)?${PEOPLE}\\b`, 'gi'),
  /\bconnect(?:ing|ed)?\s+(?:with\s+you\s+)?(?:to|in\s+order\s+to)\s+(?:access|reach|tap\s+into|get\s+to|see|browse|use)\s+your\s+(?:[\w-]+\s+)?(?:network|connections|contacts|followers)\b/gi,
  /\baccess\s+to\s+yours\b|\bnetwork(?:ing)?\s+with\s+(?:every(?:one|body)|anyone|all\s+and\s+sundry)\b/gi,
  /\bsuper[\s-]?connector\b|\bboost\s+your\s+(?:profile\s+views|visibility|reach)\b|\bnetwork\s+of\s+\d[\d.,]*\s*k?\+[^.!?]{0,30}?\b(?:add|connect\s+with|follow)\s+me\b/gi,
  /\bgrow(?:ing)?\s+my\s+network\s+as\s+(?:much|big|large|fast)\s+as\s+(?:possible|I\s+can)\b/gi,
  // Offering access to one's own network; asking to "have access to your connections" is all-contacts-request.
  /\baccess\s+to\s+(?:my|our|(?<!(?:have|get)\s{1,9}access\s{1,9}to\s{1,9})your)\s+(?:[\d.,]+\s*k?\+?\s+)?(?:[\w-]+\s+)?(?:connections|network|contacts|followers)\b/gi,
  // Connecting to hit a number: "I'm trying to hit 30,000 connections".
  /\b(?:trying|want|wanting|aiming|hoping|need|needing|looking|going|on\s+(?:my|a)\s+(?:way|mission|quest)|goal\s+is|help\s+me)\s+(?:is\s+)?(?:to\s+)?(?:hit|reach|get\s+to|grow\s+to|cross|pass|break|hitting|reaching)\s+(?:the\s+)?[\d.,]+\s*k?\+?\s+(?:connections|followers|contacts)\b/gi,
  // Borrowing the reader's audience: "your 4k followers will see my posts", "share our audiences".
  /\byour\s+(?:[\d.,]+\s*k?\+?\s+)?(?:followers|connections|network|audience|contacts)\s+(?:will|can|could|would)\s+(?:now\s+|also\s+|then\s+)?(?:see|get|read|find)\s+my\b|\bshare\s+(?:my|our|each\s+other(?:'|’)?s)\s+(?:audiences?|followers)\b|\btap\s+into\s+your\s+(?:audience|followers|network|connections)\b/gi,
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
