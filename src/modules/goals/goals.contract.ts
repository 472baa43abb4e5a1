import { z } from 'zod';
import { changeStamp } from '../../core/http/changed-by';
import { year } from '../../core/http/route-kit';

const units = ['fraction', 'count', 'days', 'hours', 'per_1000', 'sek'] as const;
const statuses = ['met', 'not met', 'too close to call'] as const;

/** A goal as stored: an indicator's target in a year, organisation-wide (area null) or for one area. */
export const goalSchema = z.object({
  id: z.uuid(),
  indicatorId: z.string(),
  year: z.number().int(),
  /** Null: the whole organisation. */
  areaId: z.uuid().nullable(),
  /** In the indicator's unit: fractions as 0–1. */
  target: z.number(),
  /** The year whose figure the goal starts from; null when none is given. */
  baselineYear: z.number().int().nullable(),
  /** When it was last set, and by whom (null for the system, an import by the CLI, the demo). */
  ...changeStamp.shape,
});
export type Goal = z.infer<typeof goalSchema>;

/** `PUT /goals`: sets (creates or replaces) the goal of an indicator, year and area. */
export const goalInput = z.object({
  indicatorId: z.string().trim().min(1).max(80),
  year,
  areaId: z.uuid().nullable(),
  target: z.number().finite(),
  baselineYear: year.nullable().optional(),
});
export type GoalInput = z.infer<typeof goalInput>;

/** A figure as the publication layer lets it out: rounded, or withheld with its reason. */
export const publishedFigure = z.object({
  value: z.number().nullable(),
  /** Contributing count; null when withheld. */
  n: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  suppressed: z.boolean(),
  reason: z.enum(['small_group', 'protects_another']).nullable(),
});
export type PublishedFigure = z.infer<typeof publishedFigure>;

/** A goal with where it stands: the year's published figure, the status from it, the baseline's figure. */
export const goalStatusSchema = goalSchema.extend({
  indicatorName: z.string(),
  unit: z.enum(units),
  higherIsBetter: z.boolean(),
  areaCode: z.string().nullable(),
  areaName: z.string().nullable(),
  /**
   * False for an area goal of an indicator that gives no figure per area (or an indicator no longer
   * known): the goal stands, but it has no figure and no status.
   */
  hasFigure: z.boolean(),
  /** The goal's year, published; null without a figure. */
  figure: publishedFigure.nullable(),
  /** Met, not met or too close to call, from the published interval; null without a shown figure. */
  status: z.enum(statuses).nullable(),
  /** The baseline year's figure, published the same way; null without a baseline year or figure. */
  baseline: publishedFigure.nullable(),
});
export type GoalStatus = z.infer<typeof goalStatusSchema>;

/** `GET /goals?year=` — every goal (of the year, or of all years), with status. */
export const goalStatusList = z.array(goalStatusSchema);
export const goalsQuery = z.object({ year: year.optional() });

/** One indicator on the goals page, with its goals of the year (organisation-wide first, then areas). */
export const indicatorGoals = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.enum(units),
  higherIsBetter: z.boolean(),
  /** Kept by hand by the organisation (not computed by a module). */
  handEntered: z.boolean(),
  /** Whether the indicator gives a figure per area (a goal per area then has a status). */
  areaFigures: z.boolean(),
  goals: z.array(goalStatusSchema),
});
export type IndicatorGoals = z.infer<typeof indicatorGoals>;

/** `GET /goals/overview?year=` — the framework's material areas → focus areas → indicators with their goals. */
export const goalsOverview = z.object({
  year: z.number().int(),
  language: z.enum(['sv', 'en']),
  materialAreas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      focusAreas: z.array(
        z.object({ code: z.string(), name: z.string(), indicators: z.array(indicatorGoals) }),
      ),
      /** Indicators of the material area across its focus areas. */
      indicators: z.array(indicatorGoals),
    }),
  ),
});
export type GoalsOverview = z.infer<typeof goalsOverview>;
export const overviewQuery = z.object({ year: year.optional() });
