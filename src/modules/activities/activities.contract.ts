import { z } from 'zod';
import { idParam, year } from '../../core/http/route-kit';
import { focusAreas } from '../../shared/enums';
import { ageBands } from './counts';
import { targetGroups } from './vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const count = z.number().int().min(0).max(100_000);

const kronor = z.number().int().min(0).max(1_000_000_000).nullable();

/** An activity's budget and cost for one year, in whole kronor (empty: not known). */
export const financeInput = z.object({ budget: kronor, cost: kronor });
export type FinanceInput = z.infer<typeof financeInput>;
export const financeSchema = financeInput.extend({ year: z.number().int() });

/** The register's fields without defaults: a patch changes only the fields it names. */
const activityFields = z.object({
  /** Name, unique in the organisation, e.g. "Mimers dansskola". */
  name: z.string().trim().min(1).max(120),
  description: z.string().max(4000),
  /** Neighbourhood-development focus area. */
  focusArea: z.enum(focusAreas),
  /** Areas the activity is held in (at least one). */
  areaIds: z.array(z.string().uuid()).min(1).max(100),
  /** Partner organisations and associations. */
  partners: z.array(z.string().trim().min(1).max(120)).max(30),
  targetGroups: z.array(z.enum(targetGroups)).max(targetGroups.length),
  /** UN Sustainable Development Goals, 1–17. */
  sdgs: z.array(z.number().int().min(1).max(17)).max(17),
  responsiblePerson: z.string().max(120),
  /** Show upcoming sessions in the public calendar. */
  public: z.boolean(),
  defaultPlace: z.string().max(200),
  active: z.boolean(),
});

export const activityInput = activityFields.extend({
  description: activityFields.shape.description.default(''),
  partners: activityFields.shape.partners.default([]),
  targetGroups: activityFields.shape.targetGroups.default([]),
  sdgs: activityFields.shape.sdgs.default([]),
  responsiblePerson: activityFields.shape.responsiblePerson.default(''),
  public: activityFields.shape.public.default(false),
  defaultPlace: activityFields.shape.defaultPlace.default(''),
  active: activityFields.shape.active.default(true),
});
export type ActivityInput = z.infer<typeof activityInput>;

export const activityPatch = activityFields.partial();
export type ActivityPatch = z.infer<typeof activityPatch>;

export const activitySchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  description: z.string(),
  focusArea: z.enum(focusAreas),
  areaIds: z.array(z.string().uuid()),
  partners: z.array(z.string()),
  targetGroups: z.array(z.enum(targetGroups)),
  sdgs: z.array(z.number().int()),
  responsiblePerson: z.string(),
  public: z.boolean(),
  defaultPlace: z.string(),
  active: z.boolean(),
  /** Budget and cost per calendar year, oldest first. */
  finances: z.array(financeSchema),
});
export type Activity = z.infer<typeof activitySchema>;
export const activityList = z.array(activitySchema);

/** `/activities/:id/finances/:year` — the activity and the year its budget and cost are for. */
export const financeParams = idParam.extend({ year });

const ageCounts = z.object(
  Object.fromEntries(ageBands.map((b) => [b, count])) as Record<(typeof ageBands)[number], typeof count>,
);

/** Quick entry after a session: activity, area, date and the counts (gender and age optional). */
export const sessionInput = z.object({
  activityId: z.string().uuid(),
  areaId: z.string().uuid(),
  date: isoDate,
  startTime: clock.nullable().default(null),
  endTime: clock.nullable().default(null),
  place: z.string().max(200).default(''),
  /** Total participants; null plans the session without counts (it shows in the public calendar). */
  participants: count.nullable(),
  women: count.nullable().default(null),
  men: count.nullable().default(null),
  /** Other or unknown gender; left out, it is what remains of the total. */
  other: count.nullable().default(null),
  ages: ageCounts.partial().default({}),
  newParticipants: count.nullable().default(null),
  note: z.string().max(2000).default(''),
});
export type SessionInput = z.infer<typeof sessionInput>;

export const sessionSchema = z.object({
  id: z.string().uuid(),
  activityId: z.string().uuid(),
  areaId: z.string().uuid(),
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string(),
  participants: z.number().int().nullable(),
  women: z.number().int(),
  men: z.number().int(),
  other: z.number().int(),
  ages: ageCounts,
  newParticipants: z.number().int().nullable(),
  note: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;
export const sessionList = z.array(sessionSchema);

export const eventInput = z.object({
  activityId: z.string().uuid(),
  areaId: z.string().uuid().nullable().default(null),
  name: z.string().trim().min(1).max(200),
  date: isoDate,
  /** Free counters, e.g. { "cvs": 35, "interviews": 9 }. */
  counters: z.record(z.string().trim().min(1).max(60), count).default({}),
  note: z.string().max(2000).default(''),
});
export type EventInput = z.infer<typeof eventInput>;

export const eventSchema = z.object({
  id: z.string().uuid(),
  activityId: z.string().uuid(),
  areaId: z.string().uuid().nullable(),
  name: z.string(),
  date: z.string(),
  counters: z.record(z.string(), z.number()),
  note: z.string(),
});
export const eventList = z.array(eventSchema);

const figures = z.object({
  sessions: z.number().int(),
  participants: z.number().int(),
  meanPerSession: z.number().nullable(),
  uniqueParticipants: z.number().int().nullable(),
  women: z.number().int(),
  men: z.number().int(),
  otherOrUnknownGender: z.number().int(),
  ages: z.record(z.string(), z.number().int()),
  womenShare: z.number().nullable(),
});

/** Results-Based Accountability follow-up of one activity. */
export const activityFollowUpSchema = z.object({
  activity: activitySchema,
  year: z.number().int(),
  /** How much and how well, this year. */
  figures,
  /** This year's budget and cost, when entered. */
  finances: financeSchema.nullable(),
  /** Cost per visit this year, when cost and visits are known. */
  costPerVisit: z.number().nullable(),
  trend: z.array(
    figures.extend({
      year: z.number().int(),
      cost: z.number().nullable(),
      costPerVisit: z.number().nullable(),
    }),
  ),
  /** Better off: the events' counters summed this year. */
  eventCounters: z.record(z.string(), z.number()),
  events: z.array(eventSchema),
});

export const overviewSchema = z.object({
  year: z.number().int(),
  byArea: z.array(z.object({ areaId: z.string().uuid(), figures })),
  byFocusArea: z.array(z.object({ focusArea: z.enum(focusAreas), figures })),
  trend: z.array(figures.extend({ year: z.number().int() })),
});

export type ActivityEvent = z.infer<typeof eventSchema>;
export type Figures = z.infer<typeof figures>;
export type ActivityFollowUp = z.infer<typeof activityFollowUpSchema>;
export type ActivitiesOverview = z.infer<typeof overviewSchema>;

const orgSlug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** `/kalender/:org` — the public calendar of an organisation, by its slug. */
export const orgParams = z.object({ org: orgSlug });

/** `/kalender/:org/:area` — an area's page, or its feed when the code ends in `.ics`. */
export const calendarParams = orgParams.extend({ area: z.string().regex(/^[A-Za-z0-9_-]+(\.ics)?$/) });
