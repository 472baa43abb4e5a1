import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { areaId, createdAt, organisationId, tenantKeys, timestamps } from '../../core/db/columns';
import type { FocusArea } from '../../core/indicators';
import type { TargetGroup } from './vocabulary';

export { type TargetGroup, targetGroups } from './vocabulary';

/** Something the company runs or supports in the neighbourhoods: dance school, seniors' gym, … */
export const activities = pgTable(
  'activities',
  {
    ...tenantKeys(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    focusArea: text('focus_area').$type<FocusArea>().notNull(),
    /** Partner organisations and associations, by name. */
    partners: text('partners').array().notNull().default(sql`'{}'::text[]`),
    targetGroups: text('target_groups').array().$type<TargetGroup[]>().notNull().default(sql`'{}'::text[]`),
    sdgs: integer('sdgs').array().notNull().default(sql`'{}'::integer[]`),
    responsiblePerson: text('responsible_person').notNull().default(''),
    /** Shown in the public calendar of its areas. */
    public: boolean('public').notNull().default(false),
    defaultPlace: text('default_place').notNull().default(''),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('activities_org_name_unique').on(t.organisationId, t.name)],
);

/** The activity a row belongs to; it goes with its activity. */
const activityId = () =>
  uuid('activity_id')
    .notNull()
    .references(() => activities.id, { onDelete: 'cascade' });

/** The areas an activity is held in; a host sees the activities of their areas. */
export const activityAreas = pgTable(
  'activity_areas',
  {
    organisationId: organisationId(),
    activityId: activityId(),
    areaId: areaId(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.areaId] }), index('activity_areas_area_idx').on(t.areaId)],
);

/**
 * An activity's budget and cost for one calendar year, in whole Swedish kronor: the follow-up of a
 * year divides that year's cost by that year's visits.
 */
export const activityFinances = pgTable(
  'activity_finances',
  {
    organisationId: organisationId(),
    activityId: activityId(),
    year: integer('year').notNull(),
    budget: integer('budget'),
    cost: integer('cost'),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.year] })],
);

/**
 * One occasion of an activity. participants is null while it is only planned; once reported,
 * women + men + other = participants and the age bands add up to at most participants.
 * Counts, never names.
 */
export const activitySessions = pgTable(
  'activity_sessions',
  {
    ...tenantKeys(),
    activityId: activityId(),
    areaId: areaId(),
    date: date('date', { mode: 'string' }).notNull(),
    /** Local time HH:MM (Europe/Stockholm); null for a session without a set time. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place').notNull().default(''),
    participants: integer('participants'),
    women: integer('women').notNull().default(0),
    men: integer('men').notNull().default(0),
    /** Other or unknown gender. */
    other: integer('other_gender').notNull().default(0),
    age0to12: integer('age_0_12').notNull().default(0),
    age13to15: integer('age_13_15').notNull().default(0),
    age16to19: integer('age_16_19').notNull().default(0),
    age20to25: integer('age_20_25').notNull().default(0),
    age26to64: integer('age_26_64').notNull().default(0),
    age65plus: integer('age_65_plus').notNull().default(0),
    /** First-time participants this year, when counted: gives unique participants. */
    newParticipants: integer('new_participants'),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('activity_sessions_org_date_idx').on(t.organisationId, t.date),
    index('activity_sessions_activity_idx').on(t.activityId, t.date),
    index('activity_sessions_area_idx').on(t.areaId, t.date),
  ],
);

/** An event with free counters, e.g. CV-boxen: { cvs: 35, applications: 40, interviews: 9 }. */
export const activityEvents = pgTable(
  'activity_events',
  {
    ...tenantKeys(),
    activityId: activityId(),
    areaId: uuid('area_id'),
    name: text('name').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    counters: jsonb('counters').$type<Record<string, number>>().notNull().default({}),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('activity_events_activity_idx').on(t.activityId, t.date)],
);
