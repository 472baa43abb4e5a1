import { sql } from 'drizzle-orm';
import { check, doublePrecision, integer, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys, updatedAt } from '../../core/db/columns';

/**
 * The organisation's own valuation table: what one person reaching a programme outcome is worth per
 * year, and the assumptions that scale it down (docs/social-value.md). Nothing here is shipped by
 * Grannskap; every row is the organisation's, with its source.
 */
export const socialValuations = pgTable(
  'social_valuations',
  {
    ...tenantKeys(),
    /** A programme outcome at exit: work, studies, internship, other, none. */
    outcome: text('outcome').notNull(),
    /** The programme's code; null: every programme without a valuation of its own for the outcome. */
    programCode: text('program_code'),
    label: text('label').notNull(),
    /** SEK per person and year; numeric so that a typed amount is kept exactly. */
    valuePerPersonYear: numeric('value_per_person_year', {
      precision: 14,
      scale: 2,
      mode: 'number',
    }).notNull(),
    /** 0–1: the share of the outcome that would have happened anyway. */
    deadweight: doublePrecision('deadweight').notNull(),
    /** 0–1: the share due to others; (1 − attribution) is the organisation's own. */
    attribution: doublePrecision('attribution').notNull(),
    durationYears: integer('duration_years').notNull(),
    /** 0–1: how much of the value falls away each year after the first. */
    dropOff: doublePrecision('drop_off').notNull().default(0),
    /** Where the value comes from: required, shown with every result. */
    source: text('source').notNull(),
    /** The first year the valuation applies to; it holds until a later row of the same key. */
    validFromYear: integer('valid_from_year').notNull(),
    /** The user who last set it (users.id; no foreign key, so erasing a user keeps the valuation). */
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('social_valuations_org_outcome_program_year_unique')
      .on(t.organisationId, t.outcome, t.programCode, t.validFromYear)
      .nullsNotDistinct(),
    check(
      'social_valuations_shares',
      sql`${t.deadweight} between 0 and 1 and ${t.attribution} between 0 and 1 and ${t.dropOff} between 0 and 1`,
    ),
    check('social_valuations_value', sql`${t.valuePerPersonYear} >= 0`),
    check('social_valuations_duration', sql`${t.durationYears} >= 1`),
  ],
);
