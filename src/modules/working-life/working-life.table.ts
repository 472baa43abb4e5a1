import { boolean, date, doublePrecision, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys, timestamps, updatedAt } from '../../core/db/columns';

/**
 * A body whose make-up by gender is reported: the four of GRI 405-1 (`company`, `management`,
 * `board`, `managers`) are known to every organisation; an organisation may add its own codes.
 */
export const workforceBodies = pgTable(
  'workforce_bodies',
  {
    ...tenantKeys(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('workforce_bodies_org_code_unique').on(t.organisationId, t.code)],
);

/** How many women, men and others a body had in a year (a census, not a sample). */
export const workforceHeadcounts = pgTable(
  'workforce_headcounts',
  {
    ...tenantKeys(),
    year: integer('year').notNull(),
    body: text('body').notNull(),
    women: integer('women').notNull(),
    men: integer('men').notNull(),
    other: integer('other').notNull().default(0),
    /** The user who last entered it (no foreign key, so erasing a user keeps the figure). */
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [unique('workforce_headcounts_org_year_body_unique').on(t.organisationId, t.year, t.body)],
);

/**
 * The work environment's yearly figures: sick leave, the share of health-promotion spending that
 * promotes health rather than rehabilitates (the 80/20 rule), and the ISO 45001 certificate.
 */
export const workEnvironmentYears = pgTable(
  'work_environment_years',
  {
    ...tenantKeys(),
    year: integer('year').notNull(),
    /** Sick-leave hours over scheduled hours, 0–1. */
    sickLeaveShare: doublePrecision('sick_leave_share'),
    /** Promotive share of health-promotion spending, 0–1. */
    promotiveShare: doublePrecision('promotive_share'),
    iso45001Certified: boolean('iso45001_certified').notNull().default(false),
    iso45001ValidUntil: date('iso45001_valid_until', { mode: 'string' }),
    sourceNote: text('source_note').notNull().default(''),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('work_environment_years_org_year_unique').on(t.organisationId, t.year)],
);
