/**
 * Reproach dressed as politeness: "per my last message", "as I already said",
 * "no offense, but", "with all due respect", "not sure if you saw my last
 * three messages", "shame you didn't …" (RULES.md, professional courtesy).
 *
 * "As I mentioned on our call" is neutral and stays quiet: the reproach is in
 * "already", "before" or "clearly". "With respect to" is not "with all due
 * respect".
 */
import { defineRule } from '../engine/rule';
import { findInSentences, removal, removeSentence } from '../engine/helpers';
import type { Detection, Suggestion } from '../engine/types';

interface Pattern {
  re: RegExp;
  /** The neutral wording; `null` removes the phrase, `'sentence'` the whole sentence. */
  instead: string | null | 'sentence';
}

const SAID = '(?:said|mentioned|stated|explained|noted|told\\s+you|pointed\\s+out|wrote|indicated|asked)';
const PATTERNS: Pattern[] = [
  { re: /\b(?:as\s+)?per\s+(?:my|our)\s+(?:last|previous|earlier|prior|original|below)\s+(?:(?:two|three|four|five|several|few|couple\s+of|\d+)\s+)?(?:message|email|e-mail|note|reply|comment|dm|response|mail|conversation|call|chat|discussion|correspondence|exchange|emails|messages|notes)\b,?/gi, instead: 'Following up on my earlier message,' },
  { re: /\bwhich\s+you\s+(?:seem\s+to\s+have|apparently|obviously|clearly|must\s+have)\s+(?:forgotten|forgot|missed|ignored|overlooked)\b/gi, instead: 'sentence' },
  { re: new RegExp(`\\b(?:as|like)\\s+(?:I|we)(?:\\s+have|(?:'|’)ve)?\\s+(?:already|previously|clearly|repeatedly)\\s+${SAID}(?:\\s+(?:before|earlier|previously|twice|several\\s+times|many\\s+times|multiple\\s+times))?\\b,?`, 'gi'), instead: 'To confirm,' },
  { re: new RegExp(`\\b(?:as|like)\\s+(?:I|we)(?:\\s+have|(?:'|’)ve)?\\s+${SAID}\\s+(?:before|earlier|previously|twice|several\\s+times|many\\s+times|multiple\\s+times|a\\s+(?:few|number\\s+of)\\s+times|(?:at\\s+least\\s+)?(?:two|three|four|five|\\d+)\\s+times(?:\\s+now)?)\\b,?`, 'gi'), instead: 'To confirm,' },
  { re: /\blike\s+I\s+said\b,?/gi, instead: 'To confirm,' },
  { re: /\bas\s+(?:already\s+)?(?:mentioned|stated|said|noted|explained)\s+(?:(?:several|many|multiple|a\s+few|two|three|\d+)\s+times|already|before)(?:\s+already)?\b,?/gi, instead: 'To confirm,' },
  { re: /\bas\s+previously\s+(?:stated|mentioned|discussed|explained)\b,?/gi, instead: 'To confirm,' },
  { re: /\bno\s+offen[cs]e(?:\s+intended)?,?\s+but\b,?|\bnot\s+to\s+(?:be\s+(?:rude|mean|harsh|pushy|that\s+person)|nag|pester|harp\s+on),?\s+but\b,?/gi, instead: null },
  { re: /\bas\s+(?:stated|requested|I\s+stated|I\s+requested)\s+(?:in|on)\s+my\s+(?:previous\s+|last\s+|earlier\s+|prior\s+)?(?:email|message|note|reply|comment)\b[^,]*,?/gi, instead: 'To confirm,' },
  { re: /\b(?:bumping|following\s+up|circling\s+back|chasing)\s+(?:(?:on|to)\s+)?(?:this\s+)?(?:again|once\s+more|yet\s+again)\b/gi, instead: 'sentence' },
  { re: /\bas\s+you(?:(?:'|’)d|\s+would)\s+know\s+if\s+you\s+(?:had\s+)?(?:read|looked|checked)\b|\b(?:nice|good|glad|great)\s+(?:to\s+see\s+)?(?:that\s+)?you\s+(?:finally|eventually)\b/gi, instead: 'sentence' },
  { re: /\bwith\s+all\s+(?:due\s+)?respect\b,?|\bwith\s+due\s+respect\b,?|\brespectfully,\s+(?=you)/gi, instead: null },
  { re: /\b(?:I(?:'|’)m\s+)?not\s+sure\s+if\s+you\s+(?:saw|got|received|read|noticed|missed)\s+my\s+(?:last|previous|earlier|other|\w+)\s+(?:\w+\s+){0,3}?(?:messages?|emails?|notes?|dms?|invites?|requests?)\b\??/gi, instead: 'Just following up on my earlier message.' },
  { re: /\b(?:did\s+you\s+(?:even\s+)?(?:get|see|read)\s+my\s+(?:last|previous|earlier)\s+(?:\w+\s+)?(?:messages?|emails?))\b\??|\bin\s+case\s+you\s+missed\s+(?:it|my\s+\w+)\b/gi, instead: 'Just following up on my earlier message.' },
  { re: /\bstill\s+waiting\s+(?:for|on)\s+(?:a|an|your|that|the|this)\s+(?:[\w-]+\s+)?(?:reply|response|answer|feedback|update|decision|callback|call\s+back|offer|letter|contract|invoice|payment|documents?)\b|\bas\s+I\s+(?:said|mentioned|explained)\s+(?:on|in|during)\s+(?:our|my)\s+(?:last|previous)\s+(?:call|meeting|email|message|conversation)\b|\bnever\s+thought\s+I(?:(?:'|’)d|\s+would)\s+see\s+the\s+day\b(?=[\s\S]*(?:🙄|🙃|😒))|\bfriendly\s+reminder\s+that\s+I(?:(?:'|’)m|\s+am)\s+still\b|\bthanks\s+for\s+(?:finally|eventually)\s+(?:replying|getting\s+back|responding)\b|\b(?:so\s+)?nice\s+of\s+you\s+to\s+(?:finally|eventually)\b|\bglad\s+you\s+(?:finally|eventually)\b/gi, instead: 'sentence' },
  { re: /\b(?:(?:such\s+a\s+)?shame|too\s+bad|pity|funny|ironic|interesting)(?:,)?\s+(?:that\s+|how\s+)?you\s+(?:didn(?:'|’)t|don(?:'|’)t|couldn(?:'|’)t|never|forgot|seem\s+to\s+forget)\b/gi, instead: 'sentence' },
  { re: /\b(?:since|as|because|in\s+case)\s+(?:it|this|that|my\s+\w+)\s+(?:apparently\s+|evidently\s+|obviously\s+)?(?:wasn(?:'|’)t|was\s+not|isn(?:'|’)t|is\s+not)\s+(?:clear|obvious)\b[^.!?]*|\b(?:apparently|evidently)\s+(?:you|it|this)\s+(?:didn(?:'|’)t|wasn(?:'|’)t|weren(?:'|’)t|missed|forgot)\b/gi, instead: 'sentence' },
  { re: /\bI(?:(?:'|’)ve|\s+have)\s+(?:now\s+|already\s+)?(?:asked|written|messaged|emailed|followed\s+up|reached\s+out|reminded\s+you)\s+(?:you\s+)?(?:about\s+(?:this|it)\s+)?(?:twice|several\s+times|multiple\s+times|many\s+times|(?:three|four|five|six|\d+)\s+times)\b/gi, instead: 'sentence' },
  { re: /\bremind(?:ing)?\s+you\s+(?:again|once\s+more)\b|\bI(?:\s+have|(?:'|’)ve)?\s+already\s+(?:sent|told|asked|said|explained|answered|shared|mentioned)\b[^.!?]*\b(?:twice|again|(?:three|four|several|multiple|\d+)\s+times)\b/gi, instead: 'sentence' },
  { re: /\b(?:finally|eventually|at\s+last)\s+(?:getting\s+back|replying|responding|answering|got\s+back|replied|responded)\b/gi, instead: 'sentence' },
  { re: /\bmaybe\s+(?:try\s+)?(?:read|reading|look|looking|check|checking)\b[^.!?]*\bbefore\s+(?:commenting|replying|posting|responding|you\s+(?:comment|reply|post))\b|^\s*with\s+respect,(?!\s+to\b)/gi, instead: 'sentence' },
  { re: /\b(?:try(?:ing)?|ask(?:ing)?)\s+(?:this\s+|you\s+)?(?:one\s+more\s+time|once\s+more|yet\s+again|for\s+the\s+last\s+time)\b|\bI(?:(?:'|’)m|\s+am)\s+sure\s+you(?:(?:'|’)re|\s+are)\s+(?:very\s+|extremely\s+|super\s+|terribly\s+)?busy,?\s+but\b|\bit(?:(?:'|’)s|\s+has)\s+been\s+(?:\w+|\d+)\s+(?:weeks|days|months)\s+since\s+my\s+(?:last\s+)?(?:message|email|note|request)\b/gi, instead: 'sentence' },
  { re: /\b(?:interesting|bold|brave|cute|funny|rich)\s+(?:take|advice|opinion|comment|words|claim)?\s*(?:from|coming\s+from)\s+(?:someone|somebody|a\s+person|a\s+guy|a\s+man|a\s+woman|a\s+company|the\s+person)\s+(?:who|that)\b/gi, instead: 'sentence' },
  { re: /\bdid\s+my\s+(?:previous|last|earlier|other)\s+(?:\w+\s+)?(?:emails?|messages?|notes?)\s+not\s+(?:arrive|get\s+through|reach\s+you)\b|\bif\s+you(?:(?:'|’)d|\s+had)\s+(?:read|looked\s+at|checked|opened)\b[^.!?]*\byou\s+(?:wouldn(?:'|’)t|would\s+not)\b|\bthis\s+is\s+my\s+(?:second|third|fourth|fifth|\w+th|\d+(?:st|nd|rd|th))\s+(?:follow-?up|message|email|attempt|reminder)\b/gi, instead: 'sentence' },
  { re: /\b(?:checking|wondering|making\s+sure|confirming)\s+(?:whether|if)\s+my\s+(?:\w+\s+){0,2}?(?:emails?|messages?|notes?|invites?|requests?)\s+(?:ever\s+)?(?:reached|got\s+to|arrived|went\s+through|made\s+it)\b|\b(?:maybe|perhaps|must\s+have|might\s+have|probably|I\s+assume|I\s+guess)\b[^.!?]{0,40}?\b(?:got|gotten|been|was|went)\s+(?:lost|buried)\b[^.!?]*|\byour\s+(?:very\s+|super\s+|extremely\s+|oh-so-)?busy\s+(?:inbox|schedule|calendar)\b/gi, instead: 'sentence' },
  { re: /\b(?:love|funny|interesting|rich|nice|cute|ironic|amazing)\s+(?:that|how|to\s+see)\s+(?:you|your\s+\w+)(?:(?:'|’)re|\s+are|\s+is)?\s+\w+ing\s+about\b[^.!?]*\b(?:considering|given|when|while|coming\s+from)\b[^.!?]*/gi, instead: 'sentence' },
  { re: /\bas\s+you\s+(?:may|might|will|should|probably|surely)\s+(?:recall|remember)\b,?/gi, instead: 'To recap,' },
  { re: /\bI(?:(?:'|’)m|\s+am)\s+sure\s+(?:it(?:(?:'|’)s|\s+is|\s+was)\s+)?(?:just\s+)?an?\s+(?:oversight|mistake|mix-?up|misunderstanding)\b,?\s+but\b,?|\bnot\s+that\s+it\s+matters,?\s+but\b,?/gi, instead: null },
  { re: /\((?:again|yet\s+again|once\s+more|\w+\s+time)\)|\b(?:I(?:(?:'|’)ll|\s+will)\s+)?(?:assume|take)\s+(?:your\s+|the\s+)?silence\s+(?:means|as)\b[^.!?]*|\bI(?:(?:'|’)ll|\s+will)\s+(?:just\s+)?assume\s+(?:that\s+)?(?:you(?:(?:'|’)re|\s+are)\s+not\s+interested|that\s+means\s+no|the\s+answer\s+is\s+no)\b[^.!?]*|\bsince\s+you\s+haven(?:'|’)t\s+(?:responded|replied|answered)\s+to\s+my\s+(?:last|previous|earlier)\s+(?:\w+\s+)?(?:messages|emails|notes)\b|\bif\s+only\s+(?:you|your\s+(?:own\s+)?\w+)\s+(?:followed|practi[cs]ed|did|took|listened\s+to|applied|read)\b[^.!?]*|(?<!\bif\s)\byou\s+still\s+haven(?:'|’)t\s+(?:sent|replied|answered|responded|signed|paid|got\s+back)\b[^.!?]*/gi, instead: 'sentence' },
  { re: /\bnot\s+sure\s+how\s+else\s+to\s+(?:explain|say|put|phrase)\b[^.!?]*|\bhow\s+many\s+(?:more\s+)?times\s+do\s+I\s+(?:have|need)\s+to\b[^.!?]*|\bfor\s+actually\s+(?:replying|responding|reading|answering|getting\s+back)\b[^.!?]*|\bI(?:(?:'|’)ll|\s+will)\s+say\s+(?:this|it)\s+(?:once\s+more|one\s+more\s+time|again)\b/gi, instead: 'sentence' },
  { re: /\b(?:more\s+slowly|in\s+simpler\s+terms|slower)\s+this\s+time\b|\bspell\s+it\s+out\s+for\s+you\b|\b(?:interesting|funny|curious|telling)\s+(?:that|how)\s+you\s+only\b[^.!?]*/gi, instead: 'sentence' },
  { re: /\bwhy\s+(?:haven(?:'|’)t|have\s+you\s+not|didn(?:'|’)t)\s+you\s+(?:answered|replied|responded|got\s+back|gotten\s+back|written\s+back|answer|reply|respond)\b[^.!?]*|\bdid\s+you\s+(?:get\s+a\s+chance\s+to\s+)?(?:read|see|get)\s+my\s+(?:last|previous|earlier)\s+(?:(?:two|three|four|five|several|\d+)\s+)(?:messages|emails|notes)\b[^.!?]*|\bif\s+you\s+ever\s+(?:got\s+around\s+to|managed\s+to|found\s+(?:the\s+)?time\s+to)\b[^.!?]*|\bthe\s+one\s+you\s+promised\s+to\b[^.!?]*|\byou\s+promised\s+to\s+(?:call|get|write|reply)\s+(?:me\s+)?back\b[^.!?]*/gi, instead: 'sentence' },
  { re: /\bthis\s+is\s+the\s+(?:second|third|fourth|fifth|\w+th)\s+time\s+I(?:(?:'|’)m|\s+am|(?:'|’)ve|\s+have)\s+(?:asking|asked|writing|written|sending|sent|following\s+up|followed\s+up|reminding|reminded)\b[^.!?]*|\bthe\s+(?:third|fourth|fifth|sixth|\w+th)\s+(?:one\s+)?this\s+(?:week|month)\b[^.!?]*/gi, instead: 'sentence' },
  { re: /\bI(?:(?:'|’)m|\s+am)\s+sure\s+you(?:(?:'|’)ve|\s+have)\s+seen\s+my\b[^.!?]*|\bI\s+see\s+you(?:(?:'|’)ve|\s+have)\s+been\s+(?:active|online|posting)\b[^.!?]*|\bwhenever\s+you\s+find\s+the\s+time,?\s+of\s+course\b|\bso\s+far\s+in\s+advance\b|\bI\s+know\s+you(?:(?:'|’)re|\s+are)\s+(?:very\s+|so\s+|extremely\s+)?important\b[^.!?]*|\b(?:love|funny|interesting)\s+how\s+(?:this|that|your|the)\s+\w+(?:\s+\w+)?\s+(?:preaches|talks\s+about|claims|posts\s+about)\b[^.!?]*\bbut\b[^.!?]*/gi, instead: 'sentence' },
  // "Sorry to bother you AGAIN": the capitals carry the reproach (case-sensitive on purpose).
  { re: /\b(?:AGAIN|YET\s+AGAIN|ONCE\s+MORE)\b/g, instead: 'sentence' },
  { re: /\b(?:as\s+it\s+did\s+)?(?:the\s+)?(?:last|previous)\s+(?:two|three|four|five|few|several|\d+)\s+times\b[^.!?]*/gi, instead: 'sentence' },
  { re: /\bas\s+(?:already\s+)?discussed\s+(?:ad\s+nauseam|repeatedly|(?:several|multiple|many|numerous)\s+times)\b,?/gi, instead: 'To recap,' },
  { re: /\bad\s+nauseam\b|\(\s*all\s+(?:two|three|four|five|six|seven|\d+)\s+of\s+them\s*\)|\bhope\s+you\s+(?:got|received|saw)\s+my\s+(?:earlier|previous|last|other)\s+(?:\w+\s+)?(?:messages|emails|notes)\b/gi, instead: 'sentence' },
  { re: /\bI\s+(?:first\s+)?asked\s+(?:for|about)\s+(?:this|it|that)\s+(?:\w+\s+)?(?:weeks|days|months)\s+ago\b|\b(?:gently|kindly|politely|just)\s+remind(?:ing)?\s+you\b[^.!?]{0,6}?\bagain\b|[—–,]\s*again\s*[—–,]|\bhopefully\s+(?:that(?:'|’)s|this\s+is|it(?:'|’)s|that\s+is)\s+(?:clear|clearer)\s+now\b|^\s*thanks?(?:\s+you)?(?:\s+for\s+[^.!?,]{1,40})?,?\s+I\s+guess\b|\byou(?:(?:'|’)ve|\s+have)?\s+(?:clearly|obviously|apparently|evidently)\s+been\s+(?:very\s+|so\s+|too\s+|super\s+)?busy\b/gi, instead: 'sentence' },
  { re: /\bthanks\s+for\s+(?:your|the)\s+['‘"“]?(?:quick|prompt|speedy|fast|swift)['’"”]?\s+(?:reply|response|answer)\b|\b(?:so|how|very)\s+brave\s+of\s+you\b/gi, instead: 'sentence' },
  { re: /\bmust\s+be\s+nice\b|\bif\s+you\s+had\s+(?:bothered\s+to\s+)?read\s+my\b|\bfor\s+the\s+(?:second|third|fourth|fifth|last|umpteenth|\w+th)\s+time\b|\bas\s+you\s+(?:should|would|ought\s+to)\s+(?:know|have\s+known)\b|\blet\s+me\s+(?:repeat|say\s+it\s+again)\b|\bI(?:'|’)ll\s+say\s+it\s+again\b|\bgoing\s+forward,?\s+(?:please|kindly)\b|\bkindly\s+(?:refer|re-?read|see)\s+(?:to\s+)?my\b/gi, instead: 'sentence' },
];

export default defineRule({
  meta: {
    id: 'passive-aggressive',
    title: 'Passive-aggressive',
    description: 'Reproach dressed as politeness: "per my last message", "as I already said", "no offense, but", "with all due respect".',
    why: 'These phrases are read as the reproach they hide. They put the reader on the defensive, so the actual request gets less attention; a neutral follow-up gets the answer faster.',
    problem: 'This reads as a veiled reproach',
    fix: 'follow up neutrally',
    severity: 'warning',
    reads: 'passive-aggressive',
    enabled: true,
  },
  examples: {
    valid: [
      { text: 'Re-sending the invoice with the corrected VAT number, sorry for the mix-up.' },
      { text: 'Sorry to bother you again, I think my last email had the wrong date.' },
      { text: 'Noted, thanks for the heads-up!' },
      { text: 'Did you get a chance to look at the deck? No rush at all.' },
      { text: 'As I mentioned on our call, the deck is attached.' },
      { text: 'With respect to the notice period, two weeks works for us.' },
      { text: "Hi Gita, I know the hiring freeze makes this awkward, so feel free to ignore — but if the role reopens, I'd love to hear." },
    ],
    invalid: [
      { text: 'Re-sending in case it got buried, as it did the last three times.', excerpt: 'as it did the last three times' },
      { text: 'Sorry to bother you AGAIN, but did you get my CV?', excerpt: 'AGAIN' },
      { text: 'I know you’re very important and busy, but a reply would be nice.', excerpt: 'I know you’re very important and busy, but a reply would be nice' },
      { text: 'Resending, since this is the third time I’m asking.', excerpt: 'this is the third time I’m asking' },
      { text: 'Why haven’t you answered my messages yet?', excerpt: 'Why haven’t you answered my messages yet' },
      { text: 'Interesting that you only post about culture after the layoffs.', excerpt: 'Interesting that you only post about culture after the layoffs' },
      { text: 'Since you haven’t responded to my last four messages, I’ll assume you’re not interested.', excerpt: 'Since you haven’t responded to my last four messages' },
      { text: 'I’m not sure how else to explain this.', excerpt: 'not sure how else to explain this' },
      { text: 'As I said on our last call, the budget is fixed.', excerpt: 'As I said on our last call' },
      { text: 'I’m sure it’s just an oversight, but the invoice is unpaid.', excerpt: 'I’m sure it’s just an oversight, but', output: 'The invoice is unpaid.' },
      { text: 'Hi Vic, I’ll assume silence means no, then.', excerpt: 'I’ll assume silence means no, then' },
      { text: 'Hope you got my earlier messages (all four of them).', excerpt: 'Hope you got my earlier messages' },
      { text: 'As you may recall, I asked for this three weeks ago.', excerpt: 'As you may recall,', output: 'To recap, I asked for this three weeks ago.' },
      { text: 'Thanks for the feedback, I guess.', excerpt: 'Thanks for the feedback, I guess' },
      { text: 'Just checking whether my previous three emails reached you.', excerpt: 'checking whether my previous three emails reached' },
      { text: "Friendly reminder that I'm still waiting on that feedback.", excerpt: "Friendly reminder that I'm still" },
      {
        text: 'Per my last message, could you send the contract?',
        excerpt: 'Per my last message,',
        output: 'Following up on my earlier message, could you send the contract?',
      },
      { text: "As I already said, I'm not available on Fridays.", excerpt: 'As I already said,', output: "To confirm, I'm not available on Fridays." },
      {
        text: "With all due respect, you haven't answered my question.",
        excerpt: 'With all due respect,',
        output: "You haven't answered my question.",
      },
      {
        text: 'Not sure if you saw my last three messages? I am still keen.',
        excerpt: 'Not sure if you saw my last three messages?',
        output: 'Just following up on my earlier message. I am still keen.',
      },
      { text: 'Great post. Shame you didn’t apply any of this when you interviewed me 🙃', excerpt: 'Shame you didn’t' },
    ],
  },
  detect({ text, doc }) {
    const out: Detection[] = [];
    for (const { re, instead } of PATTERNS) {
      for (const hit of findInSentences(doc.sentences, re)) {
        const end = hit.start + hit.text.trimEnd().length;
        let suggestion: Suggestion;
        if (instead === 'sentence') suggestion = removeSentence(text, hit.sentence, 'Remove the dig');
        else if (instead === null) suggestion = removal(text, hit.start, end, 'Remove the preface');
        else {
          // Keep the capital when the phrase opened the sentence.
          const opens = !text.slice(hit.sentence.start, hit.start).trim();
          const replacement = opens ? instead : instead.charAt(0).toLowerCase() + instead.slice(1);
          suggestion = { title: 'Follow up neutrally', start: hit.start, end, replacement };
        }
        out.push({ start: hit.start, end, suggestions: [suggestion] });
      }
    }
    return out;
  },
});
