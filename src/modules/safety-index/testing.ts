/**
 * What tests outside this module may use to build survey data the way the import writes it: the
 * responses table, the current instrument and the roll-up arithmetic. Not for production code,
 * which goes through index.ts (the dependency lint rule lets only tests import this file).
 */
export { currentInstrument } from './instrument';
export { applyContributions, contribute, emptyContributions } from './rollups';
export { surveyResponses } from './safety-index.table';
export type { Answers, AnswerValue } from './statistics';
