/**
 * Every rule, in the order of RULES.md. Adding a rule is one file in
 * src/rules and one line here; the CLI, the docs, the options page and the
 * tests read this list.
 */
import type { Rule } from './rule';
import allContactsRequest from '../rules/all-contacts-request';
import massConnect from '../rules/mass-connect';
import vagueAsk from '../rules/vague-ask';
import guiltTrip from '../rules/guilt-trip';
import demandingTone from '../rules/demanding-tone';
import endorsementTrade from '../rules/endorsement-trade';
import hostileTone from '../rules/hostile-tone';
import stereotyping from '../rules/stereotyping';
import dismissiveReply from '../rules/dismissive-reply';
import emptyPromise from '../rules/empty-promise';
import passiveAggressive from '../rules/passive-aggressive';
import shouting from '../rules/shouting';
import profanity from '../rules/profanity';
import desperation from '../rules/desperation';
import missingContext from '../rules/missing-context';
import genericGreeting from '../rules/generic-greeting';
import unfilledPlaceholder from '../rules/unfilled-placeholder';
import tooLong from '../rules/too-long';

export const RULES: readonly Rule[] = [
  allContactsRequest,
  massConnect,
  vagueAsk,
  guiltTrip,
  demandingTone,
  endorsementTrade,
  hostileTone,
  stereotyping,
  dismissiveReply,
  emptyPromise,
  passiveAggressive,
  shouting,
  profanity,
  desperation,
  missingContext,
  genericGreeting,
  unfilledPlaceholder,
  tooLong,
];

export { RULE_IDS } from './rule-ids';
