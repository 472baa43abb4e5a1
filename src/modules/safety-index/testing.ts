/**
 * What tests outside this module may use to build survey data the way the import writes it, and
 * to look at what it wrote: the responses table, the current instrument, the roll-up arithmetic and
 * the survey import itself. Not for production code, which goes through index.ts (the dependency
 * lint rule lets only tests import this file).
 */
export { currentInstrument } from './instrument';
export {
  applyContributions,
  contribute,
  emptyContributions,
  recomputeFromAnswers,
  storedRollups,
} from './rollups';
export { surveyResponses, visibleResponses } from './safety-index.table';
export type { Answers, AnswerValue } from './statistics';
export { surveyResponsesImport } from './survey-responses.import';
