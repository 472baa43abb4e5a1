import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organisationId, tenantKeys, timestamps } from '../../core/db/columns';
import type { FocusArea } from '../../core/indicators';
import type { Outcome } from './rba';
import type { Gender } from './vocabulary';

export { type Gender, genders } from './vocabulary';

/** A program with individual participants: Jobbpunkt, Kvinna för Bäckby, En frisk generation, … */
export const programs = pgTable(
  'programs',
  {
    ...tenantKeys(),
    /** Short code used in imports, e.g. "jobbpunkt". */
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    focusArea: text('focus_area').$type<FocusArea>().notNull(),
    responsiblePerson: text('responsible_person').notNull().default(''),
    /** Its exits count in the job_outcome_rate indicator (Jobbpunkt). */
    reportsJobOutcome: boolean('reports_job_outcome').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('programs_org_code_unique').on(t.organisationId, t.code)],
);

/** The program a row belongs to. */
const programId = () =>
  uuid('program_id')
    .notNull()
    .references(() => programs.id);

/**
 * A participant, pseudonymised: a reference and what the program needs. After erasure ref, birth
 * year, gender and consent are gone and the dates are cut to the month; the row stays so that the
 * program's counts stay right.
 */
export const participants = pgTable(
  'program_participants',
  {
    ...tenantKeys(),
    programId: programId(),
    /** Pseudonymous reference, e.g. "JP-2020-014"; null once erased. */
    ref: text('ref'),
    birthYear: integer('birth_year'),
    gender: text('gender').$type<Gender>(),
    areaId: uuid('area_id'),
    consentOn: date('consent_on', { mode: 'string' }),
    enrolledOn: date('enrolled_on', { mode: 'string' }).notNull(),
    exitedOn: date('exited_on', { mode: 'string' }),
    /** Completed the program (true) or left early (false). */
    completed: boolean('completed'),
    outcome: text('outcome').$type<Outcome>(),
    outcomeAfter6Months: text('outcome_6_months').$type<Outcome>(),
    /** 1–5 at exit. */
    satisfaction: integer('satisfaction'),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('program_participants_program_ref_unique').on(t.programId, t.ref),
    index('program_participants_org_idx').on(t.organisationId, t.programId),
    index('program_participants_area_idx').on(t.areaId),
  ],
);

/** Names and personal numbers, only when the organisation turns it on: kept apart, encrypted. */
export const participantIdentities = pgTable('program_participant_identities', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  organisationId: organisationId(),
  nameSealed: text('name_sealed'),
  personalNumberSealed: text('personal_number_sealed'),
  createdAt: createdAt(),
});

export type Question = {
  code: string;
  label: string;
  min: number;
  max: number;
  /** For "screen time" or "stress" a fall is the improvement. */
  higherIsBetter: boolean;
};

/** The same questions at start and end of a program; answers are paired per participant. */
export const questionnaires = pgTable('program_questionnaires', {
  ...tenantKeys(),
  programId: programId(),
  name: text('name').notNull(),
  questions: jsonb('questions').$type<Question[]>().notNull(),
  createdAt: createdAt(),
});

export const questionnaireAnswers = pgTable(
  'program_questionnaire_answers',
  {
    ...tenantKeys(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    phase: text('phase').$type<'start' | 'end'>().notNull(),
    answeredOn: date('answered_on', { mode: 'string' }).notNull(),
    values: jsonb('values').$type<Record<string, number>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('program_questionnaire_answers_unique').on(t.questionnaireId, t.participantId, t.phase),
  ],
);
