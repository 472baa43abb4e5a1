import { z } from 'zod';
import { optionalChangeStamp } from '../../core/http/changed-by';
import { year } from '../../core/http/route-kit';

const units = ['fraction', 'count', 'days', 'hours', 'per_1000', 'sek'] as const;
const statuses = ['met', 'not met', 'too close to call'] as const;

/** An indicator's id: one registered by a module ('safety_index') or one the organisation keeps by hand. */
const indicatorId = z.string().trim().min(1).max(80);

/** `GET /turn-the-curve/curve?indicatorId=&year=` — the curve of an indicator up to a year. */
export const curveQuery = z.object({
  indicatorId,
  /** The last year of the history; the current Swedish year when left out. */
  year: year.optional(),
});

/** What the indicator is, in the reader's language. */
export const curveIndicator = z.object({
  id: z.string(),
  name: z.string(),
  /** fraction (0–1), count, days, hours, per_1000 or sek. */
  unit: z.enum(units),
  /** Polarity: whether a higher figure is the better one. */
  higherIsBetter: z.boolean(),
  definition: z.string(),
  materialArea: z.string(),
  focusArea: z.string().nullable(),
  frequency: z.string(),
  /** The role that answers for the figure. */
  owner: z.string(),
});

/** One year of the history, as the publication layer lets it out, with the goal and where it stands. */
export const curveYear = z.object({
  year: z.number().int(),
  /** In the unit (fractions 0–1), rounded by the publication layer; null when none or withheld. */
  value: z.number().nullable(),
  /** Contributors; null when withheld. */
  n: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  suppressed: z.boolean(),
  reason: z.enum(['small_group', 'protects_another']).nullable(),
  /** The organisation-wide goal of the year; null when none is set. */
  target: z.number().nullable(),
  /** Met, not met or too close to call, from the published interval; null without a goal or figure. */
  status: z.enum(statuses).nullable(),
  /** False for the current year, whose figure is the year so far. */
  complete: z.boolean(),
});
export type CurveYear = z.infer<typeof curveYear>;

/** A year ahead on the line "if nothing changes", with its prediction interval and the goal. */
export const forecastPoint = z.object({
  year: z.number().int(),
  value: z.number(),
  low: z.number(),
  high: z.number(),
  target: z.number().nullable(),
});
export type ForecastPoint = z.infer<typeof forecastPoint>;

export const curveForecast = z.object({
  /** The years of the history the line is fitted to. */
  fittedYears: z.array(z.number().int()),
  /** Change per year, in the unit. */
  slope: z.number(),
  /** The confidence of the prediction intervals (0.95). */
  confidence: z.number(),
  points: z.array(forecastPoint),
});

/** The story behind the curve, with who last changed it and when. */
export const storySchema = z.object({
  indicatorId: z.string(),
  /** Empty when nobody has written it. */
  story: z.string(),
  /** When it was last changed and by whom: both null when not written (the writer null once gone). */
  ...optionalChangeStamp.shape,
});
export type Story = z.infer<typeof storySchema>;

/** Work of another module that moves the indicator (an activity, an action, a priority). */
export const linkedWorkSchema = z.object({
  module: z.string(),
  /** What it is, in the reader's language. */
  kind: z.string(),
  title: z.string(),
  /** The page of the web app it opens. */
  href: z.string().nullable(),
  /** ISO date it started, is due or was decided. */
  date: z.string().nullable(),
  /** Its state in the reader's language. */
  status: z.string().nullable(),
});
export type LinkedWorkItem = z.infer<typeof linkedWorkSchema>;

/** The turn-the-curve view of one indicator (Results-Based Accountability). */
export const curveSchema = z.object({
  indicator: curveIndicator,
  year: z.number().int(),
  /** The history up to `year`, oldest first, from the first year with a figure (a leading zero count is none). */
  history: z.array(curveYear),
  /** Where the curve starts: the goal's baseline year, else the first year of the history with a shown figure. */
  baseline: z
    .object({
      year: z.number().int(),
      value: z.number(),
      /** The year is the one the goal names as its baseline (else the history's first). */
      fromGoal: z.boolean(),
    })
    .nullable(),
  /** The forecast if nothing changes; null with fewer than three years of figures to fit it to. */
  forecast: curveForecast.nullable(),
  story: storySchema,
  linkedWork: z.array(linkedWorkSchema),
});
export type Curve = z.infer<typeof curveSchema>;

/** `PUT /turn-the-curve/story` — writes the story behind an indicator's curve (empty clears it). */
export const storyInput = z.object({
  indicatorId,
  story: z.string().max(10_000),
});
export type StoryInput = z.infer<typeof storyInput>;
