import { z } from 'zod';
import { focusAreas } from '../../shared/enums';
import { outcomes } from './rba';
import { genders } from './vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A program's fields without defaults: a patch changes only the fields it names. */
const programFields = z.object({
  /** Short code used in imports, e.g. "jobbpunkt". */
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9][a-z0-9_-]*$/),
  name: z.string().trim().min(1).max(120),
  description: z.string().max(4000),
  focusArea: z.enum(focusAreas),
  responsiblePerson: z.string().max(120),
  /** Its exits count in the job outcome indicator (Jobbpunkt). */
  reportsJobOutcome: z.boolean(),
  active: z.boolean(),
});

export const programInput = programFields.extend({
  description: programFields.shape.description.default(''),
  responsiblePerson: programFields.shape.responsiblePerson.default(''),
  reportsJobOutcome: programFields.shape.reportsJobOutcome.default(false),
  active: programFields.shape.active.default(true),
});
export type ProgramInput = z.infer<typeof programInput>;
export const programPatch = programFields.partial();

export const programSchema = programInput.extend({ id: z.string().uuid() });
export const programList = z.array(programSchema);

const outcome = z.enum(outcomes);

/** A participant's fields without defaults: a patch changes only the fields it names. */
const participantFields = z.object({
  /** Pseudonymous reference, unique in the program; never a name or a personal number. */
  ref: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .refine((v) => !/\d{6}[-+]?\d{4}/.test(v), 'looks like a personal number'),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  gender: z.enum(genders).nullable(),
  areaId: z.string().uuid().nullable(),
  /** The day consent was given; required to enrol, on or before the enrolment. */
  consentOn: isoDate,
  enrolledOn: isoDate,
  exitedOn: isoDate.nullable(),
  completed: z.boolean().nullable(),
  outcome: outcome.nullable(),
  /** Recorded six months after the exit at the earliest. */
  outcomeAfter6Months: outcome.nullable(),
  satisfaction: z.number().int().min(1).max(5).nullable(),
});

export const participantInput = participantFields.extend({
  birthYear: participantFields.shape.birthYear.default(null),
  gender: participantFields.shape.gender.default(null),
  areaId: participantFields.shape.areaId.default(null),
  exitedOn: participantFields.shape.exitedOn.default(null),
  completed: participantFields.shape.completed.default(null),
  outcome: participantFields.shape.outcome.default(null),
  outcomeAfter6Months: participantFields.shape.outcomeAfter6Months.default(null),
  satisfaction: participantFields.shape.satisfaction.default(null),
  /** Only when the organisation stores identities; kept apart and encrypted. */
  name: z.string().trim().min(1).max(200).optional(),
  personalNumber: z
    .string()
    .trim()
    .regex(/^(\d{2})?\d{6}[-+]?\d{4}$/)
    .optional(),
});
export type ParticipantInput = z.infer<typeof participantInput>;
export const participantPatch = participantFields.partial();
export type ParticipantPatch = z.infer<typeof participantPatch>;

export const participantSchema = z.object({
  id: z.string().uuid(),
  programId: z.string().uuid(),
  ref: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(genders).nullable(),
  areaId: z.string().uuid().nullable(),
  consentOn: z.string().nullable(),
  enrolledOn: z.string(),
  exitedOn: z.string().nullable(),
  completed: z.boolean().nullable(),
  outcome: outcome.nullable(),
  outcomeAfter6Months: outcome.nullable(),
  satisfaction: z.number().int().nullable(),
  erased: z.boolean(),
  hasIdentity: z.boolean(),
});
export const participantList = z.array(participantSchema);

export const identitySchema = z.object({
  name: z.string().nullable(),
  personalNumber: z.string().nullable(),
});

export const settingsSchema = z.object({
  /** Store names and personal numbers (encrypted, apart). Needs GRANNSKAP_PARTICIPANT_KEY. */
  identityEnabled: z.boolean(),
  /** Months after exit before a participant is anonymised automatically. */
  retentionMonths: z.number().int().min(1).max(240),
});
export type ProgramSettings = z.infer<typeof settingsSchema>;

/** Whether names and personal numbers may be stored (the setting and the key are both there). */
export const identityStorageSchema = z.object({ enabled: z.boolean() });
export type IdentityStorage = z.infer<typeof identityStorageSchema>;

export const questionSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9_]+$/),
  label: z.string().trim().min(1).max(300),
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(1).max(100),
  higherIsBetter: z.boolean(),
});

export const questionnaireInput = z.object({
  name: z.string().trim().min(1).max(200),
  questions: z.array(questionSchema).min(1).max(50),
});
export const questionnaireSchema = questionnaireInput.extend({
  id: z.string().uuid(),
  programId: z.string().uuid(),
});
export const questionnaireList = z.array(questionnaireSchema);

export const answerInput = z.object({
  participantId: z.string().uuid(),
  phase: z.enum(['start', 'end']),
  answeredOn: isoDate,
  /** Question code → answer; leave a question out when it was not answered. */
  values: z.record(z.string(), z.number()),
});
export type AnswerInput = z.infer<typeof answerInput>;
export const answersSaved = z.object({ ok: z.boolean() });

const hiddenReason = z.enum(['small_group', 'protects_another']);

/** A share as the publication layer gives it: rounded by its base, or withheld (no value, no count). */
const shareSchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** The share's base (contributing exits); null when hidden. */
  n: z.number().int().nullable(),
  suppressed: z.boolean(),
  reason: hiddenReason.nullable(),
});
const outcomeShares = z.record(z.enum(outcomes), shareSchema);
const count = z.number().int().nullable();

export const programYearSchema = z.object({
  year: z.number().int(),
  /** Why the group's figures are hidden (counts null, shares withheld); null when shown. */
  reason: hiddenReason.nullable(),
  howMuch: z.object({ enrolled: count, active: count, exited: count }),
  howWell: z.object({
    satisfactionMean: z.number().nullable(),
    satisfied: shareSchema,
    /** Only for one programme over the organisation. */
    completed: shareSchema.nullable(),
  }),
  betterOff: z.object({ atExit: outcomeShares, after6Months: outcomeShares.nullable() }),
  /** Exits without the item recorded: non-response shown, not left out. */
  missing: z.object({
    outcome: count,
    satisfaction: count,
    completion: count,
    outcomeAfter6Months: count,
  }),
});

const pValue = z.object({ value: z.number(), text: z.string() }).nullable();

export const comparisonSchema = z.object({
  code: z.string(),
  label: z.string(),
  higherIsBetter: z.boolean(),
  /** The answers counted as the top of the scale (4–5 of 1–5). */
  top: z.object({ from: z.number(), to: z.number() }),
  /** Pairs; null when hidden. */
  n: count,
  suppressed: z.boolean(),
  reason: hiddenReason.nullable(),
  meanBefore: z.number().nullable(),
  meanAfter: z.number().nullable(),
  meanChange: z.number().nullable(),
  up: count,
  same: count,
  down: count,
  /** Share of the pairs at the top of the scale before and after (rounded by the layer). */
  topBefore: z.number().nullable(),
  topAfter: z.number().nullable(),
  /** Wilcoxon signed-rank (Pratt), exact sign test, McNemar on the top share: p and p as printed. */
  wilcoxon: pValue,
  sign: pValue,
  mcNemar: pValue,
});

export const questionnaireComparisonSchema = z.object({
  questionnaire: questionnaireSchema,
  /** Pairs whose end answer falls in this year; null: every year. */
  year: z.number().int().nullable(),
  /** The organisation's threshold for participants. */
  threshold: z.number().int(),
  questions: z.array(comparisonSchema),
});

export const programFollowUpSchema = z.object({
  program: programSchema,
  year: z.number().int(),
  threshold: z.number().int(),
  current: programYearSchema,
  trend: z.array(programYearSchema),
  /** Per area the actor may see, with anyone in it; hidden areas carry their reason and no counts. */
  byArea: z.array(
    z.object({
      areaId: z.string().uuid().nullable(),
      reason: hiddenReason.nullable(),
      figures: programYearSchema,
    }),
  ),
  questionnaires: z.array(questionnaireComparisonSchema),
});

export const programsOverviewSchema = z.object({
  year: z.number().int(),
  threshold: z.number().int(),
  programs: z.array(z.object({ program: programSchema, figures: programYearSchema })),
  byFocusArea: z.array(z.object({ focusArea: z.enum(focusAreas), figures: programYearSchema })),
  total: programYearSchema,
});

export type Program = z.infer<typeof programSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type HiddenReason = z.infer<typeof hiddenReason>;
export type ProgramYear = z.infer<typeof programYearSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type ProgramFollowUp = z.infer<typeof programFollowUpSchema>;
export type ProgramsOverview = z.infer<typeof programsOverviewSchema>;
