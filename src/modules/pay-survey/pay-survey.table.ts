import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantKeys, timestamps } from '../../core/db/columns';

/** Genders as HR's pay system records them (the import also reads kvinna/man/annat). */
export const payGenders = ['woman', 'man', 'other'] as const;
export type PayGender = (typeof payGenders)[number];

/**
 * One employee's pay in a survey year, as HR's pay system sends it: a pseudonymous reference only
 * (never a name or a personal identity number). Seen by HR and admins only.
 */
export const salaryRecords = pgTable(
  'salary_records',
  {
    ...tenantKeys(),
    year: integer('year').notNull(),
    employeeRef: text('employee_ref').notNull(),
    gender: text('gender').$type<PayGender>().notNull(),
    jobTitle: text('job_title').notNull(),
    workGroup: text('work_group').notNull(),
    jobValueLevel: integer('job_value_level').notNull(),
    /** SEK a month for the employee's actual hours (pay level = monthly_salary / fte). */
    monthlySalary: doublePrecision('monthly_salary').notNull(),
    fte: doublePrecision('fte').notNull(),
    birthYear: integer('birth_year').notNull(),
    hiredOn: date('hired_on', { mode: 'string' }).notNull(),
    /** Complementary and variable pay over the year, SEK; null when the system sent none. */
    variablePay: doublePrecision('variable_pay'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('salary_records_org_year_ref_unique').on(t.organisationId, t.year, t.employeeRef),
    index('salary_records_org_year_idx').on(t.organisationId, t.year),
  ],
);

/** What a comparison is made over: an equal-work group, a job-value level, or a women-dominated group against others. */
export const payCategoryKinds = ['work_group', 'job_value_level', 'equal_value'] as const;
export type PayCategoryKind = (typeof payCategoryKinds)[number];

/**
 * HR's analysis of one category in a survey year: whether the difference found has an objective,
 * gender-neutral explanation, and what it is.
 */
export const payFindings = pgTable(
  'pay_findings',
  {
    ...tenantKeys(),
    year: integer('year').notNull(),
    categoryKind: text('category_kind').$type<PayCategoryKind>().notNull(),
    categoryKey: text('category_key').notNull(),
    explained: boolean('explained').notNull().default(false),
    explanation: text('explanation').notNull().default(''),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    unique('pay_findings_org_year_category_unique').on(
      t.organisationId,
      t.year,
      t.categoryKind,
      t.categoryKey,
    ),
  ],
);

export const payActionStatuses = ['planned', 'done', 'not_done'] as const;
export type PayActionStatus = (typeof payActionStatuses)[number];

/** One action of a year's action plan, with who answers for it and by when; followed up the next year. */
export const payActions = pgTable(
  'pay_actions',
  {
    ...tenantKeys(),
    year: integer('year').notNull(),
    description: text('description').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<PayActionStatus>().notNull().default('planned'),
    /** How it went, written at the next survey's follow-up. */
    followUp: text('follow_up').notNull().default(''),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [index('pay_actions_org_year_idx').on(t.organisationId, t.year)],
);
