export { analyze, applySuggestion } from './analyze';
export { RULES, RULE_IDS } from './registry';
export { LIMITS, INMAIL_SUBJECT_LIMIT } from './limits';
export * from './types';
