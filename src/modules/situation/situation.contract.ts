import { z } from 'zod';
import { partnerKinds, priorityKinds, reportStatuses, retentionModes, timesOfDay } from './vocabulary';
import { isIsoWeek } from './week';

export const isoWeek = z.string().refine(isIsoWeek, { message: 'ISO week, e.g. 2026-W48' });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const uuid = z.string().uuid();

/** `/situation/weeks/:week/…` — the ISO week a route is about. */
export const weekParam = z.object({ week: isoWeek });

/** `/situation/weeks/:week/proposal/:areaId` — one area in one week. */
export const weekAreaParam = weekParam.extend({ areaId: uuid });

/** What the signed-in user is in the weekly cycle, and the cycle's current week. */
export const situationMeSchema = z.object({
  coordinator: z.boolean(),
  seesRestricted: z.boolean(),
  partner: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
  partnerOrganisation: z.string().nullable(),
  currentWeek: z.string(),
  /** Days after a week's Sunday that partners may still report it. */
  reportingWindowDays: z.number().int(),
});

export const reportInput = z.object({
  /** The day it happened (YYYY-MM-DD); the report's week follows from it. */
  date: day,
  /** Morning, day, evening or night. */
  timeOfDay: z.enum(timesOfDay).nullable().optional(),
  areaId: uuid,
  /** Kind of place: stairwell, courtyard, … (no addresses of a person). */
  placeType: z.string().trim().max(60).nullable().optional(),
  /** Optional point inside the area; shown on a 50 m grid to all but the coordinator. */
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  categoryId: uuid,
  /** How many incidents of this kind (e.g. five burnt-out lamps: 5). */
  count: z.number().int().min(1).max(500).default(1),
  /** Short description of the place and situation — no names, numbers or plates. */
  description: z.string().trim().max(500).default(''),
  /** Visible only to the coordinator and the police. */
  restricted: z.boolean().default(false),
  /** For staff: the reporting organisation (partners always report for their own). */
  sourceId: uuid.optional(),
});
export type ReportInput = z.infer<typeof reportInput>;

export const reportSchema = z.object({
  id: uuid,
  week: z.string(),
  date: z.string(),
  timeOfDay: z.enum(timesOfDay).nullable(),
  areaId: uuid,
  areaName: z.string(),
  placeType: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** True when lat/lon are the grid cell's centre rather than the exact point. */
  pointSnapped: z.boolean(),
  categoryId: uuid,
  categoryName: z.string(),
  count: z.number().int(),
  description: z.string(),
  sourceId: uuid,
  sourceName: z.string(),
  restricted: z.boolean(),
  status: z.enum(reportStatuses),
  mergedInto: uuid.nullable(),
  reduced: z.boolean(),
  own: z.boolean(),
  createdAt: z.string(),
});
export type Report = z.infer<typeof reportSchema>;
export const reportList = z.array(reportSchema);

export const reportFilter = z.object({
  week: isoWeek.optional(),
  areaId: uuid.optional(),
  status: z.enum(reportStatuses).optional(),
});

export const reportPatch = z.object({
  categoryId: uuid.optional(),
  count: z.number().int().min(1).max(500).optional(),
  areaId: uuid.optional(),
  placeType: z.string().trim().max(60).nullable().optional(),
  description: z.string().trim().max(500).optional(),
  restricted: z.boolean().optional(),
  /** The coordinator marks a report reviewed. */
  status: z.literal('reviewed').optional(),
});
export type ReportPatch = z.infer<typeof reportPatch>;

export const mergeInput = z.object({
  /** The report that stays and is counted. */
  keepId: uuid,
  /** Reports of the same event that are merged into it and no longer counted. */
  duplicateIds: z.array(uuid).min(1).max(50),
});

export const nothingInput = z.object({ week: isoWeek, sourceId: uuid.optional() });
/** The week and source marked as having nothing to report. */
export const nothingResult = z.object({ week: z.string(), sourceId: z.string() });

export const reportingStatusSchema = z.object({
  week: z.string(),
  open: z.boolean(),
  deadline: z.string(),
  compiled: z.boolean(),
  /** When reminders for the week were last sent. */
  remindersSentAt: z.string().nullable(),
  partners: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      kind: z.enum(partnerKinds),
      reports: z.number().int(),
      nothingToReport: z.boolean(),
      reported: z.boolean(),
    }),
  ),
});

export const reminderResult = z.object({
  /** E-mails sent. */
  sent: z.number().int(),
  /** Partners that had not reported. */
  partners: z.array(z.string()),
  /** Of those, the ones with no reporter account and no contact address: nobody got an e-mail. */
  unreachable: z.array(z.string()),
});

/** How many areas a week's compilation graded. */
export const compileResult = z.object({ week: z.string(), compiled: z.number() });

export const gradeInput = z.object({
  areaId: uuid,
  level: z.number().int().min(1).max(9),
  /** Why this grade, in a sentence or two. */
  rationale: z.string().trim().min(3).max(500),
});

/** The grade set for an area in a week, beside the level the figures proposed. */
export const gradeSchema = z.object({
  areaId: z.string(),
  week: z.string(),
  level: z.number(),
  rationale: z.string(),
  proposedLevel: z.number().nullable(),
});

export const priorityInput = z.object({
  kind: z.enum(priorityKinds).default('priority'),
  /** The week the priority is for; default the week after the meeting's week. */
  week: isoWeek.optional(),
  areaId: uuid.nullable().optional(),
  placeType: z.string().trim().max(60).nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  description: z.string().trim().min(3).max(300),
  /** Responsible organisation or function (e.g. "Polisen", "Trygghetsvärdar"), not a person's name. */
  owner: z.string().trim().min(2).max(100),
});

export const prioritySchema = z.object({
  id: uuid,
  week: z.string(),
  decidedWeek: z.string(),
  kind: z.enum(priorityKinds),
  areaId: uuid.nullable(),
  areaName: z.string().nullable(),
  placeType: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  description: z.string(),
  owner: z.string(),
  done: z.boolean(),
});

export const priorityDone = z.object({ done: z.boolean() });
export const priorityDoneResult = priorityDone.extend({ id: z.string() });

export const partnerSchema = z.object({
  id: uuid,
  name: z.string(),
  kind: z.enum(partnerKinds),
  contactEmail: z.string().nullable(),
  active: z.boolean(),
});
export const partnerList = z.array(partnerSchema);
export const partnerInput = z.object({
  name: z.string().trim().min(2).max(100),
  kind: z.enum(partnerKinds),
  contactEmail: z.string().trim().email().max(200).nullable().optional(),
  active: z.boolean().default(true),
});

export const categorySchema = z.object({
  id: uuid,
  code: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  positive: z.boolean(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export const categoryList = z.array(categorySchema);
export const categoryInput = z.object({
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[a-z0-9_]+$/),
  nameSv: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(2).max(100),
  positive: z.boolean().default(false),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(1000).default(100),
});

export const levelSchema = z.object({
  level: z.number().int(),
  nameSv: z.string(),
  nameEn: z.string(),
  colour: z.string(),
});
export const levelList = z.array(levelSchema);
export const levelsInput = z.object({
  levels: z
    .array(
      z.object({
        nameSv: z.string().trim().min(2).max(60),
        nameEn: z.string().trim().min(2).max(60),
        colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
      }),
    )
    .min(2)
    .max(9),
});

export const settingsSchema = z.object({
  retentionMonths: z.number().int().min(1).max(120),
  retentionMode: z.enum(retentionModes),
  reportingWindowDays: z.number().int().min(0).max(28),
  gridMetres: z.number().int().min(10).max(500),
});

/** A user listed as EST coordinator. */
export const coordinatorSchema = z.object({ userId: z.string(), name: z.string(), email: z.string() });
export const coordinatorList = z.array(coordinatorSchema);

/** A host or partner the admin may list as coordinator, with whether they are. */
export const coordinatorCandidate = coordinatorSchema.extend({
  role: z.string(),
  partnerOrganisation: z.string().nullable(),
  coordinator: z.boolean(),
});
export const coordinatorCandidateList = z.array(coordinatorCandidate);
export const coordinatorInput = z.object({ coordinator: z.boolean() });

export const areaOptionSchema = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  districtName: z.string(),
  /** The area's GeoJSON shape, for placing a point on the report form; null when not drawn. */
  geometry: z.unknown().nullable(),
});
export const areaOptionList = z.array(areaOptionSchema);

const categoryCount = z.object({
  categoryId: uuid,
  count: z.number().int(),
  /** Mean weekly count over the previous 12 weeks. */
  baselineMean: z.number(),
});

export const pictureAreaSchema = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  districtName: z.string(),
  households: z.number().int(),
  geometry: z.unknown().nullable(),
  level: z.number().int().nullable(),
  rationale: z.string().nullable(),
  previousLevel: z.number().int().nullable(),
  trend: z.enum(['up', 'down', 'same']).nullable(),
  /** Incidents this week (positive events and merged duplicates not counted). */
  total: z.number().int(),
  positive: z.number().int(),
  proposal: z.object({
    level: z.number().int(),
    observed: z.number().int(),
    baselineMean: z.number(),
    pValue: z.number(),
    flagged: z.boolean(),
  }),
  byCategory: z.array(categoryCount),
  /** Safety hosts' and ambassadors' presence in the area (rounds module), hours. */
  presence: z.object({
    hours: z.number(),
    eveningHours: z.number(),
    shifts: z.number().int(),
    /** Hours the week before. */
    previousHours: z.number(),
    /** Mean weekly hours over the previous 12 weeks (weeks without shifts count 0). */
    baselineMean: z.number(),
  }),
  /** The 12 weeks before, oldest first: the grade (null when none is shown), incidents, presence hours. */
  history: z.array(
    z.object({
      week: z.string(),
      level: z.number().int().nullable(),
      incidents: z.number().int(),
      presenceHours: z.number(),
    }),
  ),
});

export const pictureSchema = z.object({
  week: z.string(),
  compiled: z.boolean(),
  /** Whether restricted reports are part of the counts (only for those allowed to see them). */
  includesRestricted: z.boolean(),
  levels: z.array(levelSchema),
  categories: z.array(categorySchema),
  areas: z.array(pictureAreaSchema),
  hotspots: z.array(prioritySchema),
  priorities: z.array(prioritySchema),
  openActions: z.array(prioritySchema),
  reporting: z.object({ partners: z.number().int(), reported: z.number().int() }),
});
export type Picture = z.infer<typeof pictureSchema>;

/** Why a count is hidden (publication layer): too few restricted reports, or to protect another cell. */
const hiddenSchema = z.enum(['small_group', 'protects_another']).nullable();

export const analysisSchema = z.object({
  from: z.string(),
  to: z.string(),
  previousFrom: z.string(),
  previousTo: z.string(),
  /** ISO weeks of the period that have started (the denominator of weeks reported). */
  weeks: z.number().int(),
  /**
   * 'included': the viewer may see restricted reports (coordinator, police) and every count holds
   * them; 'protected': counts hold restricted reports only where none can be worked out, other
   * counts are null with the reason in `…Hidden`.
   */
  restricted: z.enum(['included', 'protected']),
  levels: z.array(levelSchema),
  /** All the viewer's areas together (incidents, positive events apart), per 1,000 of their households. */
  total: z.object({
    incidents: z.number().int().nullable(),
    incidentsHidden: hiddenSchema,
    households: z.number().int(),
    per1000: z.number().nullable(),
  }),
  areas: z.array(
    z.object({
      id: uuid,
      code: z.string(),
      name: z.string(),
      households: z.number().int(),
      incidents: z.number().int().nullable(),
      incidentsHidden: hiddenSchema,
      previousIncidents: z.number().int().nullable(),
      previousHidden: hiddenSchema,
      /** Incidents per 1,000 households, one decimal; null when hidden or without households. */
      per1000: z.number().nullable(),
      /** Counted incidents per category in the period, every category (positive events included, marked by the category). */
      byCategory: z.array(
        z.object({
          categoryId: uuid,
          count: z.number().int().nullable(),
          hidden: hiddenSchema,
          per1000: z.number().nullable(),
        }),
      ),
      meanLevel: z.number().nullable(),
      /** Weeks at each grade level ("1": 10, "2": 3, …). */
      weeksAtLevel: z.record(z.string(), z.number().int()),
      /** The area's safety index for the period (0–1) from the safety-index module; null without enough answers. */
      safetyIndex: z.number().nullable(),
    }),
  ),
  categories: z.array(
    z.object({
      categoryId: uuid,
      name: z.string(),
      positive: z.boolean(),
      /** Over the viewer's areas; null when hidden (reason in `hidden`). */
      count: z.number().int().nullable(),
      hidden: hiddenSchema,
      per1000: z.number().nullable(),
      previous: z.number().int().nullable(),
      previousHidden: hiddenSchema,
    }),
  ),
  /** Weeks each active external partner reported (or had nothing to report) of the period's weeks. */
  partners: z.array(z.object({ name: z.string(), weeks: z.number().int(), of: z.number().int() })),
  safetyIndexAvailable: z.boolean(),
  /** The organisation's safety index for the year (yearly view only), from the safety-index module. */
  organisationSafetyIndex: z
    .object({
      value: z.number().nullable(),
      n: z.number().nullable(),
      ciLow: z.number().nullable(),
      ciHigh: z.number().nullable(),
      suppressed: z.boolean(),
    })
    .nullable(),
});
export type Analysis = z.infer<typeof analysisSchema>;

export const analysisQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  /** 'year', a quarter 'q1'…'q4' or a tertial 't1'…'t3'. */
  period: z.enum(['year', 'q1', 'q2', 'q3', 'q4', 't1', 't2', 't3']).default('year'),
});

export type SituationMe = z.infer<typeof situationMeSchema>;
export type AreaOption = z.infer<typeof areaOptionSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Level = z.infer<typeof levelSchema>;
export type SituationSettings = z.infer<typeof settingsSchema>;
export type ReportingStatus = z.infer<typeof reportingStatusSchema>;
export type CoordinatorCandidate = z.infer<typeof coordinatorCandidate>;
export type Priority = z.infer<typeof prioritySchema>;
