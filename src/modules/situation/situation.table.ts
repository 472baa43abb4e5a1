import { isNull } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areaId, createdAt, organisationId, tenantKeys, timestamps, updatedAt } from '../../core/db/columns';
import type { PartnerKind, PriorityKind, ReportStatus, RetentionMode, TimeOfDay } from './vocabulary';

export {
  type PartnerKind,
  type PriorityKind,
  partnerKinds,
  priorityKinds,
  type ReportStatus,
  type RetentionMode,
  reportStatuses,
  retentionModes,
  type TimeOfDay,
  timesOfDay,
} from './vocabulary';

/** An EST actor that reports: the housing company itself, a municipal unit, the police, … */
export const partnerOrganisations = pgTable(
  'situation_partner_organisations',
  {
    ...tenantKeys(),
    /** Matches users.partner_organisation of its reporters. */
    name: text('name').notNull(),
    kind: text('kind').$type<PartnerKind>().notNull(),
    /** Where reminders go when none of its reporters has an account e-mail to use. */
    contactEmail: text('contact_email'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('situation_partners_org_name_unique').on(t.organisationId, t.name)],
);

/** Incident categories, editable per organisation; defaults are created with the organisation. */
export const incidentCategories = pgTable(
  'situation_categories',
  {
    ...tenantKeys(),
    code: text('code').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    /** Positive events are shown but never raise the proposed grade. */
    positive: boolean('positive').notNull().default(false),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('situation_categories_org_code_unique').on(t.organisationId, t.code)],
);

/** One incident report: about a place and a situation, never about a person. */
export const incidentReports = pgTable(
  'situation_incident_reports',
  {
    ...tenantKeys(),
    /** ISO week, e.g. '2026-W48'. */
    week: text('week').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    timeOfDay: text('time_of_day').$type<TimeOfDay>(),
    areaId: areaId(),
    placeType: text('place_type'),
    /** The exact point; everyone but the coordinator is shown it snapped to the grid. */
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => incidentCategories.id),
    count: integer('count').notNull().default(1),
    description: text('description').notNull().default(''),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => partnerOrganisations.id),
    reportedBy: uuid('reported_by'),
    restricted: boolean('restricted').notNull().default(false),
    status: text('status').$type<ReportStatus>().notNull().default('submitted'),
    /** Set on a duplicate: the report it was merged into; merged reports are not counted. */
    mergedInto: uuid('merged_into'),
    /** Set by imports: the row's natural key, so a re-import updates instead of duplicating. */
    importKey: text('import_key'),
    /** When retention stripped the text and point and kept only the count. */
    reducedAt: timestamp('reduced_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index('situation_reports_org_week_idx').on(t.organisationId, t.week),
    index('situation_reports_org_area_date_idx').on(t.organisationId, t.areaId, t.date),
    uniqueIndex('situation_reports_org_import_key_unique').on(t.organisationId, t.importKey),
  ],
);

/** Counted reports: not merged into another (a merged duplicate is the same event counted once). */
export const counted = () => isNull(incidentReports.mergedInto);

/** An explicit "nothing to report this week": it counts as a report. */
export const nothingToReport = pgTable(
  'situation_nothing_to_report',
  {
    ...tenantKeys(),
    week: text('week').notNull(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => partnerOrganisations.id),
    reportedBy: uuid('reported_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('situation_nothing_org_week_source_unique').on(t.organisationId, t.week, t.sourceId)],
);

/** The grading scale of an organisation; defaults to the four EST levels. */
export const gradeLevels = pgTable(
  'situation_grade_levels',
  {
    organisationId: organisationId(),
    level: integer('level').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    /** CSS colour, e.g. '#2f9e44'. */
    colour: text('colour').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.level] })],
);

/** The grade a person set for an area and week, with the proposal shown at the time. */
export const weeklyGrades = pgTable(
  'situation_weekly_grades',
  {
    ...tenantKeys(),
    week: text('week').notNull(),
    areaId: areaId(),
    level: integer('level').notNull(),
    rationale: text('rationale').notNull(),
    proposedLevel: integer('proposed_level'),
    setBy: uuid('set_by'),
    setByName: text('set_by_name').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('situation_grades_org_week_area_unique').on(t.organisationId, t.week, t.areaId)],
);

/** What the weekly meeting agreed for the next week: priorities and hot-spots, each with an owner. */
export const weeklyPriorities = pgTable(
  'situation_priorities',
  {
    ...tenantKeys(),
    /** The week the priority is for (the week after the meeting). */
    week: text('week').notNull(),
    /** The week of the meeting that decided it. */
    decidedWeek: text('decided_week').notNull(),
    kind: text('kind').$type<PriorityKind>().notNull().default('priority'),
    areaId: uuid('area_id'),
    placeType: text('place_type'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    description: text('description').notNull(),
    /** Who is responsible: an organisation or function, not a named person. */
    owner: text('owner').notNull(),
    done: boolean('done').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('situation_priorities_org_week_idx').on(t.organisationId, t.week)],
);

/** Per-organisation settings of the module. */
export const situationSettings = pgTable('situation_settings', {
  organisationId: organisationId().primaryKey(),
  /** Reports older than this are deleted or reduced to counts. */
  retentionMonths: integer('retention_months').notNull().default(24),
  retentionMode: text('retention_mode').$type<RetentionMode>().notNull().default('reduce'),
  /** Partners may report a week until this many days after its Sunday. */
  reportingWindowDays: integer('reporting_window_days').notNull().default(3),
  gridMetres: integer('grid_metres').notNull().default(50),
  updatedAt: updatedAt(),
});

/** Users who act as EST coordinator besides admins and analysts (e.g. a municipal crime-prevention officer). */
export const estCoordinators = pgTable(
  'situation_coordinators',
  {
    organisationId: organisationId(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] })],
);

/** A week's state: once compiled, partners see its situation picture. */
export const estWeeks = pgTable(
  'situation_weeks',
  {
    organisationId: organisationId(),
    week: text('week').notNull(),
    compiledAt: timestamp('compiled_at', { withTimezone: true }),
    compiledBy: text('compiled_by'),
    remindersSentAt: timestamp('reminders_sent_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.week] })],
);
