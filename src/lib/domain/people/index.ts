/**
 * People and populations (issue 22): the public entry point for the roster, the onboarding and
 * offboarding checks, access reviews, Type II samples and what they mean for the controls. Pure:
 * ids and `today` are passed in.
 */
export * from './types';
export * from './controls';
export * from './deadlines';
export * from './checks';
export * from './roster';
export * from './roster-values';
export * from './access-review';
export * from './shared-accounts';
export * from './prng';
export * from './sample-size';
export * from './sampling';
export * from './impact';
export { looksLikeFormula, normaliseEmail, normaliseName } from './text';
export * from './review-decisions';
export * from './records';
export * from './verdict';
export * from './plan';
export * from './evidence';
