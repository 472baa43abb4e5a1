import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areaId, createdAt, organisationId, tenantKeys, updatedAt } from '../../core/db/columns';
import { unpublishedImports } from '../../core/jobs.table';
import { areaIdColumn, householdIdColumn } from '../areas';
import type { Answers } from './statistics';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** Question texts by language code (sv, en, ar, so, … — more languages are more keys). */
export type Texts = Record<string, string>;
export type InstrumentQuestion = { code: string; text: Texts };

/**
 * A version of the question set. Versions are never edited: an admin's change makes a new version,
 * and every response keeps the version it was given, so old answers keep their meaning.
 */
export const surveyInstruments = pgTable(
  'survey_instruments',
  {
    ...tenantKeys(),
    version: integer('version').notNull(),
    questions: jsonb('questions').$type<InstrumentQuestion[]>().notNull(),
    /** Codes of the questions pooled into the index. */
    indexCodes: jsonb('index_codes').$type<string[]>().notNull(),
    /** Whether the form offers a free-text comment. */
    comment: boolean('comment').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('survey_instruments_org_version_unique').on(t.organisationId, t.version)],
);

/**
 * Per organisation: the sampling seed (stored, so draws are reproducible) and how pooled figures are
 * estimated. The disclosure threshold lives in the core (organisations.settings.disclosure.survey).
 */
export const surveySettings = pgTable('survey_settings', {
  organisationId: organisationId().primaryKey(),
  seed: text('seed').notNull(),
  /**
   * District and organisation figures: 'pooled' (all answers together, comparable with the vendor
   * series) or 'weighted' (each area weighted by its households, post-stratified).
   */
  pooledMethod: text('pooled_method').$type<'pooled' | 'weighted'>().notNull().default('pooled'),
  /** Days an invitation stays valid. */
  validDays: integer('valid_days').notNull().default(60),
});

/** Each household's place in the 24-month cycle and its last invitation month (months since 2000-01). */
export const surveySampling = pgTable(
  'survey_sampling',
  {
    organisationId: organisationId(),
    householdId: householdIdColumn().notNull(),
    slot: integer('slot').notNull(),
    lastInvitedMonth: integer('last_invited_month'),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.householdId] })],
);

/**
 * The e-mail address a household has given for the survey, set by an admin against the household
 * reference (the register holds no names). Used only to send invitations and reminders; erased on
 * request and when the household moves out.
 */
export const surveyInvitationEmails = pgTable(
  'survey_invitation_emails',
  {
    organisationId: organisationId(),
    householdId: householdIdColumn().notNull(),
    email: text('email').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.householdId] })],
);

/** One invitation: only token hashes are stored. The household is known here, never on the answer. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    ...tenantKeys(),
    householdId: householdIdColumn().notNull(),
    areaId: areaIdColumn().notNull(),
    month: text('month').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The reminder carries a fresh token (the first one cannot be recovered from its hash). */
    reminderTokenHash: text('reminder_token_hash'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** Set when answered, to the first of the month only; the answer itself has no link back. */
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('survey_invitations_token_unique').on(t.tokenHash),
    uniqueIndex('survey_invitations_reminder_token_unique').on(t.reminderTokenHash),
    index('survey_invitations_org_month_idx').on(t.organisationId, t.month),
  ],
);

/**
 * Printable letters of a month (invitations or reminders), made by the monthly job. They hold the
 * only copy of the tokens, so only admins may fetch them, and they can be deleted once printed.
 */
export const surveyLetters = pgTable(
  'survey_letters',
  {
    ...tenantKeys(),
    month: text('month').notNull(),
    kind: text('kind').$type<'invitation' | 'reminder'>().notNull(),
    letters: integer('letters').notNull(),
    pdf: bytea('pdf'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('survey_letters_org_month_kind_unique').on(t.organisationId, t.month, t.kind)],
);

/**
 * An answer: area, month and instrument version — never the household, the token or a timestamp,
 * so it cannot be linked back to who answered. externalId is the vendor's response_id for imports.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    ...tenantKeys(),
    areaId: areaIdColumn().notNull(),
    month: text('month').notNull(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => surveyInstruments.id),
    answers: jsonb('answers').$type<Answers>().notNull(),
    comment: text('comment'),
    source: text('source').$type<'web' | 'import'>().notNull(),
    externalId: text('external_id'),
    /**
     * The import (core import_publications) that wrote the row: readers leave it out until that
     * import is published. Null for answers from the web form.
     */
    importId: uuid('import_id'),
    /** The import that replaces this row by a changed one: readers leave it out once that is published. */
    replacedBy: uuid('replaced_by'),
  },
  (t) => [
    // A replaced row and its replacement both exist until the replaced one is cleared away.
    uniqueIndex('survey_responses_org_external_unique')
      .on(t.organisationId, t.externalId)
      .where(sql`replaced_by is null`),
    index('survey_responses_org_area_month_idx').on(t.organisationId, t.areaId, t.month),
    // To clear away what a failed import wrote and what a published one replaced.
    index('survey_responses_import_idx')
      .on(t.importId)
      .where(sql`import_id is not null`),
    index('survey_responses_replaced_by_idx').on(t.replacedBy).where(sql`replaced_by is not null`),
  ],
);

/**
 * The responses readers see: none an import still publishing wrote, none a published import
 * replaced (src/core/import/publication.ts). Every read of survey_responses filters by this.
 */
export const visibleResponses = sql`(${surveyResponses.importId} is null
    or ${surveyResponses.importId} not in ${unpublishedImports})
  and (${surveyResponses.replacedBy} is null or ${surveyResponses.replacedBy} in ${unpublishedImports})`;

/** Monthly roll-up per area × question: the tallies of statistics.ts, kept on every write. */
export const surveyQuestionRollups = pgTable(
  'survey_question_rollups',
  {
    organisationId: organisationId(),
    areaId: areaId(),
    month: text('month').notNull(),
    code: text('code').notNull(),
    valid: integer('valid').notNull().default(0),
    top: integer('top').notNull().default(0),
    dontKnow: integer('dont_know').notNull().default(0),
    pairN: integer('pair_n').notNull().default(0),
    sumX: doublePrecision('sum_x').notNull().default(0),
    sumO: doublePrecision('sum_o').notNull().default(0),
    sumXX: doublePrecision('sum_xx').notNull().default(0),
    sumOO: doublePrecision('sum_oo').notNull().default(0),
    sumXO: doublePrecision('sum_xo').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.areaId, t.month, t.code] })],
);

/** Monthly roll-up per area of the index sums and the respondent count. */
export const surveyIndexRollups = pgTable(
  'survey_index_rollups',
  {
    organisationId: organisationId(),
    areaId: areaId(),
    month: text('month').notNull(),
    /** Everyone who answered anything. */
    respondents: integer('respondents').notNull().default(0),
    n: integer('n').notNull().default(0),
    sy: doublePrecision('sy').notNull().default(0),
    sm: doublePrecision('sm').notNull().default(0),
    syy: doublePrecision('syy').notNull().default(0),
    sym: doublePrecision('sym').notNull().default(0),
    smm: doublePrecision('smm').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.areaId, t.month] })],
);
