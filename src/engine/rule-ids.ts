/**
 * The ruleIds of RULES.md, as plain data: what settings are checked against
 * in contexts that must not load the rules themselves (the content script).
 * The conventions test keeps it equal to the registry.
 */
export const RULE_IDS = [
  'all-contacts-request', 'mass-connect', 'vague-ask', 'guilt-trip', 'demanding-tone', 'endorsement-trade', 'hostile-tone', 'stereotyping',
  'dismissive-reply', 'empty-promise', 'passive-aggressive', 'shouting', 'profanity', 'desperation', 'missing-context', 'generic-greeting',
  'unfilled-placeholder', 'too-long',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
