// The counting library of the participatory budget: pure functions, no database.
export type { Ballot, BudgetProject, Election, Outcome, Payment } from './election';
export { compareProjectIds } from './election';
export { type EqualSharesOptions, equalShares, equalSharesAdd1Steps } from './equal-shares';
export { greedy } from './greedy';
export { electionFromPabulib, type PabulibFile, parsePabulib, writePabulib } from './pabulib';
