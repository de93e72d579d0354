/**
 * Shutting someone out ("don't ever write to me again", "stop messaging me"),
 * shared by hostile-tone and dismissive-reply, with the courteous decline both
 * offer instead. Not a rule: the registry lists only ruleId files.
 */
/**
 * A sentence that opens with thanks or a good wish ("I wish you and your job
 * board the best"): hostile-tone and dismissive-reply take it at its word
 * when only the learned scorer doubts it. A brush-off dressed as one ("Good
 * luck with that") is their own detectors' to catch.
 */
export const opensWithGoodwill = (sentence: { text: string }): boolean =>
  /^\s*(?:(?:and\s+)?I\s+(?:sincerely\s+|truly\s+)?wish\s+you\b|thanks?\b|thank\s+you\b|(?:best\s+of|good)\s+luck\b(?!\s+with\s+that)|all\s+the\s+best\b|best\s+wishes\b)/i.test(sentence.text);

export const COURTEOUS_DECLINE = "Thanks for reaching out. I keep LinkedIn to people I've worked with, so I'll pass, but good luck with your search.";

const CONTACT_VERBS = '(?:write|message|contact|email|e-mail|text|call|dm|bother|reach\\s+out\\s+to|send|ping|pester|talk\\s+to)';
const NOT = "(?:don(?:'|’)?t|do\\s+not|dont)";

/** "Don't ever write to me again", "never contact me again", "I'm not your career counsellor": hostile as well as dismissive. */
export const HOSTILE_SHUTDOWN = new RegExp(
  `\\b(?:${NOT}\\s+(?:you\\s+)?(?:ever|even\\s+think\\s+about|dare)\\s+${CONTACT_VERBS}\\s*(?:\\w+\\s+)?(?:to\\s+)?(?:me|us)\\b|never\\s+(?:ever\\s+)?${CONTACT_VERBS}\\s+(?:to\\s+)?(?:me|us)\\b|${NOT}\\s+${CONTACT_VERBS}\\s+(?:to\\s+)?(?:me|us)\\s+ever)(?:\\s+(?:again|ever\\s+again|anymore|any\\s+more))?|\\bI(?:(?:'|’)m|\\s+am)\\s+not\\s+your\\s+(?:career\\s+)?(?:counsell?or|therapist|mom|mum|mother|babysitter|personal\\s+assistant|secretary|teacher)\\b|\\b(?:(?<!\\b(?:I|we|they|it|won(?:'|’)t|not|never|still|easily|to)\\s)get\\s+lost|lose\\s+my\\s+number|leave\\s+me\\s+(?:the\\s+hell\\s+)?alone|\\b(?<!\\b(?:I|we|they|you|to|and|then|will|would|could|might|gonna|I(?:'|’)ll|they(?:'|’)ll)\\s)go\\s+away)\\b`,
  'gi',
);

/** "Stop messaging me", "don't contact me again": closing the door; "I'll stop following up" is the writer's own promise. */
export const SHUTDOWN = new RegExp(
  `(?<!\\b(?:I|we)(?:(?:'|’)ll|(?:'|’)d|\\s+will|\\s+would|\\s+shall|\\s+can)(?:\\s+just)?\\s)(?<!\\b(?:I|we)(?:(?:'|’)m|(?:'|’)re|\\s+am|\\s+are)(?:\\s+just)?\\s+(?:going\\s+to|gonna)(?:\\s+just)?\\s)\\b(?:stop|quit|cease)\\s+(?:messaging|contacting|emailing|e-mailing|writing(?:\\s+to)?|texting|calling|bothering|spamming|pinging|harassing|pestering|dm(?:'|’)?ing|inboxing|sending\\s+me|asking|applying|following\\s+up|pitching|begging)\\s*(?:me|us)?\\b|\\bdon(?:'|’)?t\\s+bother\\s+(?:(?:replying|responding|applying|following\\s+up|messaging|writing|calling|emailing|asking|trying|reaching\\s+out|contacting|coming\\s+back)\\b|to\\s+(?:reply|respond|apply|follow\\s+up|message|write|call|email|ask|try|reach\\s+out|contact|come\\s+back)\\b|me\\b|us\\b)|\\b(?:so\\s+)?don(?:'|’)?t\\s+(?:even\\s+)?bother(?=\\s*[.!]*\\s*$)|\\b${NOT}\\s+${CONTACT_VERBS}\\s+(?:to\\s+)?(?:me|us)\\s+(?:about\\s+(?:this|it|that)\\s+)?(?:again|anymore|any\\s+more)\\b`,
  'gi',
);
