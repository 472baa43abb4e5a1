import { z } from 'zod';
import { periodPattern } from './vocabulary';

export const periodKey = z
  .string()
  .regex(periodPattern, 'YYYY, YYYY-Qn, YYYY-Tn, YYYY-MM or R12:YYYY-MM')
  .describe(
    'Period: "2025", "2025-Q3", "2025-T2" (May–August), "2025-07" or "R12:2025-07" (12 months to July 2025)',
  );

const change = z.enum(['up', 'down', 'no clear change']).nullable();
const status = z.enum(['met', 'not met', 'too close to call']).nullable();
/** Why a figure is hidden: too few answers, or hidden so that another group cannot be worked out. */
const reason = z.enum(['small_group', 'protects_another']).nullable();
/** District and organisation figures: all answers pooled, or each area weighted by its households. */
export const pooledMethod = z.enum(['pooled', 'weighted']);

export const groupResultSchema = z.object({
  level: z.enum(['organisation', 'district', 'area']),
  /** "organisation", a district id or an area id. */
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  parentId: z.string().nullable(),
  /** Contributing respondents (at least one valid index answer); null when the figure is hidden. */
  respondents: z.number().int().nullable(),
  /** Hidden by the publication layer: value, bounds, count and change are null. */
  suppressed: z.boolean(),
  reason,
  /** Shares 0–1, rounded to whole points under 100 respondents and to 0.1 point from 100; bounds outwards. */
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** The 95 % interval: logit-t (stratified by area, finite-population corrected) or Wilson where that has no variance. */
  interval: z.enum(['logit-t', 'wilson']).nullable(),
  /** The estimate used for this figure (weighted falls back to pooled where an area has no households). */
  method: pooledMethod,
  /** Respondents over invitations of the period, or over households where none were sent (basis). */
  responseRate: z.number().nullable(),
  responseRateBasis: z.enum(['invitations', 'households']).nullable(),
  target: z.number().nullable(),
  status,
  change,
  changeVsTarget: change,
});

/** Which instrument versions the index figure rests on (one index definition per figure). */
export const definitionSchema = z.object({
  versions: z.array(z.number().int()),
  /** Set when the period was cut to the months of its newest definition: "version N, from month M". */
  fromMonth: z.string().nullable(),
  /** Two definitions that could not be separated (one month holds both), pooled and said so. */
  pooled: z.boolean(),
});

export const summarySchema = z.object({
  period: z.string(),
  previousPeriod: z.string(),
  months: z.array(z.string()),
  /** The organisation's disclosure threshold for survey answers (core, never below 10). */
  threshold: z.number().int(),
  /** The method chosen in the survey settings for district and organisation figures. */
  method: pooledMethod,
  definition: definitionSchema,
  groups: z.array(groupResultSchema),
});

export const summaryQuery = z.object({ period: periodKey });

/** A calendar month, YYYY-MM: the ends of a trend. */
const yearMonth = z.string().regex(/^\d{4}-\d{2}$/);
/** How a trend's points are cut: by month, quarter, year or rolling 12 months. */
const granularity = z.enum(['month', 'quarter', 'year', 'rolling12']).default('month');

export const trendQuery = z.object({
  /** "organisation", a district id or an area id. */
  group: z.string().default('organisation'),
  granularity,
  from: yearMonth,
  to: yearMonth,
});

export const trendSchema = z.object({
  group: z.string(),
  method: pooledMethod.optional(),
  points: z.array(
    z.object({
      period: z.string(),
      respondents: z.number().int().nullable(),
      suppressed: z.boolean(),
      reason,
      value: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      target: z.number().nullable(),
      definition: definitionSchema,
    }),
  ),
});

export const questionsQuery = z.object({ period: periodKey, group: z.string().default('organisation') });

export const questionsSchema = z.object({
  period: z.string(),
  group: z.string(),
  suppressed: z.boolean(),
  reason,
  indexCodes: z.array(z.string()),
  questions: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      suppressed: z.boolean(),
      reason,
      /** Null when the group's cell is hidden. */
      valid: z.number().int().nullable(),
      dontKnow: z.number().int().nullable(),
      value: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      /** Pearson correlation with the `overall` answer, two decimals; only for shown cells. */
      correlation: z.number().nullable(),
      change,
    }),
  ),
});

export const commentsQuery = z.object({
  period: periodKey,
  areaId: z.string().uuid().optional(),
  /** "organisation", a district id or an area id: the comments of its areas. */
  group: z.string().max(64).optional(),
});
export const commentsSchema = z.array(
  z.object({ areaId: z.string(), areaName: z.string(), month: z.string(), comment: z.string() }),
);

export const planSchema = z.object({
  /** Whether the margins use the spread observed in the last 12 months or the widest (p = 0.5). */
  marginBasis: z.enum(['observed', 'assumed']),
  areas: z.array(
    z.object({
      areaId: z.string(),
      areaCode: z.string(),
      areaName: z.string(),
      households: z.number().int(),
      expectedInvitationsPerYear: z.number(),
      responseRate: z.number(),
      expectedAnswersPerYear: z.number(),
      /** Half-width of the index's 95 % interval for a year's answers (fraction). */
      marginOfError: z.number().nullable(),
    }),
  ),
});

const texts = z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().trim().min(1).max(500));
export const instrumentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  questions: z.array(z.object({ code: z.string(), text: texts })),
  indexCodes: z.array(z.string()),
  comment: z.boolean(),
});
export const instrumentInput = z
  .object({
    questions: z
      .array(
        z.object({
          code: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
          /** Texts by language code; Swedish is required. */
          text: texts.refine((t) => typeof t.sv === 'string', 'Swedish text required'),
        }),
      )
      .min(1)
      .max(40),
    indexCodes: z.array(z.string()).min(1),
    comment: z.boolean().default(true),
  })
  .refine((v) => new Set(v.questions.map((q) => q.code)).size === v.questions.length, 'codes must be unique')
  .refine(
    (v) => v.indexCodes.every((c) => v.questions.some((q) => q.code === c)),
    'index codes must be questions',
  );

export const exportQuery = z.object({
  period: periodKey,
  /** What is on screen: the group table, the map's areas, one group's questions or its trend. */
  view: z.enum(['groups', 'areas', 'questions', 'trend']).default('groups'),
  group: z.string().default('organisation'),
  /** For the trend: its granularity and months. */
  granularity,
  from: yearMonth.optional(),
  to: yearMonth.optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(['sv', 'en']).optional(),
});

export const publicationSettingsSchema = z.object({
  /** Groups with fewer contributing respondents are hidden (core threshold for survey answers). */
  threshold: z.number().int(),
  /** The lowest threshold allowed. */
  floor: z.number().int(),
  pooledMethod,
});
export const publicationSettingsInput = z
  .object({ threshold: z.number().int().min(10).max(1000).optional(), pooledMethod: pooledMethod.optional() })
  .refine((v) => v.threshold !== undefined || v.pooledMethod !== undefined, 'threshold or pooledMethod');

export const lettersSchema = z.array(
  z.object({
    id: z.string(),
    month: z.string(),
    kind: z.string(),
    letters: z.number().int(),
    available: z.boolean(),
  }),
);

/** The months that have answers, YYYY-MM. */
export const monthList = z.array(z.string());

/** `/safety-index/sampling/:month` — a calendar month, YYYY-MM. */
export const monthParam = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

/** What a month's draw sent: the households invited, by letter and by e-mail. */
export const samplingResult = z.object({ invitations: z.number(), letters: z.number(), emails: z.number() });

/** What a month's reminder round sent, by letter and by e-mail. */
export const reminderResult = z.object({ reminders: z.number(), letters: z.number(), emails: z.number() });

export type InstrumentInput = z.infer<typeof instrumentInput>;
/** Why a group's figures are withheld. */
export type HiddenReason = NonNullable<z.infer<typeof reason>>;
export type Instrument = z.infer<typeof instrumentSchema>;
export type LetterBatch = z.infer<typeof lettersSchema>[number];
export type ExportQuery = z.infer<typeof exportQuery>;
export type Granularity = ExportQuery['granularity'];
export type GroupResultDto = z.infer<typeof groupResultSchema>;
export type SummaryDto = z.infer<typeof summarySchema>;
export type TrendDto = z.infer<typeof trendSchema>;
export type QuestionsDto = z.infer<typeof questionsSchema>;
export type PlanDto = z.infer<typeof planSchema>;
export type CommentsDto = z.infer<typeof commentsSchema>;
export type PublicationSettingsDto = z.infer<typeof publicationSettingsSchema>;

/** A household reference from the register, e.g. "F12-007" (never a name). */
export const householdRefParam = z.object({ ref: z.string().trim().min(1).max(64) });
export const invitationEmailInput = z.object({
  /** The household's address for survey invitations; null or empty erases it. */
  email: z.string().max(320).nullable(),
});
export const invitationEmailSchema = z.object({
  householdRef: z.string(),
  areaName: z.string(),
  active: z.boolean(),
  /** Masked ("a***@e***.se"): the full address is never sent back. */
  email: z.string().nullable(),
});
export const invitationEmailCountsSchema = z.object({
  /** Active households in the register. */
  households: z.number().int(),
  /** Of them, those with an address for invitations. */
  withEmail: z.number().int(),
});
export type InvitationEmailDto = z.infer<typeof invitationEmailSchema>;
export type InvitationEmailCountsDto = z.infer<typeof invitationEmailCountsSchema>;
