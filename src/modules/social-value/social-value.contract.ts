import { z } from 'zod';
import { year } from '../../core/http/route-kit';

/** The programme outcomes at exit a value can be set for (the programmes module's list). */
export const valuedOutcomes = ['work', 'studies', 'internship', 'other', 'none'] as const;
export type ValuedOutcome = (typeof valuedOutcomes)[number];

const share = z.number().min(0).max(1);

/** `POST /social-value/valuations`, `PUT /social-value/valuations/:id`: one of the organisation's valuations. */
export const valuationInput = z.object({
  /** The programme outcome at exit it values. */
  outcome: z.enum(valuedOutcomes),
  /** A programme's code; null: every programme that has no valuation of its own for the outcome. */
  programCode: z.string().trim().min(1).max(40).nullable(),
  /** What the value stands for, e.g. "Försörjningsstöd som inte betalas ut". */
  label: z.string().trim().min(1).max(160),
  /** SEK per person and year. */
  valuePerPersonYear: z.number().finite().min(0).max(100_000_000),
  /** 0–1: the share of the outcome that would have happened anyway. */
  deadweight: share,
  /** 0–1: the share due to others; the organisation's own share is 1 − attribution. */
  attribution: share,
  /** Whole years the value lasts, at least 1. */
  durationYears: z.number().int().min(1).max(50),
  /** 0–1: how much of the value falls away each year after the first. */
  dropOff: share.default(0),
  /** Where the value comes from (required): a study, the organisation's own cost figures, … */
  source: z.string().trim().min(1).max(2000),
  /** The first year it applies to; it holds until a later valuation of the same outcome and programme. */
  validFromYear: year,
});
export type ValuationInput = z.infer<typeof valuationInput>;

/** A valuation as stored. */
export const valuationSchema = z.object({
  id: z.uuid(),
  outcome: z.enum(valuedOutcomes),
  programCode: z.string().nullable(),
  label: z.string(),
  valuePerPersonYear: z.number(),
  deadweight: z.number(),
  attribution: z.number(),
  durationYears: z.number().int(),
  dropOff: z.number(),
  source: z.string(),
  validFromYear: z.number().int(),
  updatedAt: z.string(),
  /** The user who last set it (null for the system, an import by the CLI, the demo). */
  updatedBy: z.uuid().nullable(),
});
export type Valuation = z.infer<typeof valuationSchema>;
export const valuationList = z.array(valuationSchema);

const reason = z.enum(['small_group', 'protects_another']).nullable();

/** One line of the year's result: a valuation in force, the exits it values, and its value. */
export const resultLine = z.object({
  valuation: valuationSchema,
  /** The programmes the line counts (by name); every programme without its own valuation for a general one. */
  programmes: z.array(z.string()),
  /** Σ_{t=0}^{duration−1} (1 − drop-off)^t. */
  durationFactor: z.number(),
  /** SEK one person reaching the outcome is worth over the duration, after deadweight and attribution. */
  valuePerPerson: z.number(),
  /** Participants who left a programme of the line in the year with the outcome; null when hidden. */
  participants: z.number().int().nullable(),
  /** participants × value per person, in SEK (unrounded); null when hidden. */
  value: z.number().nullable(),
  suppressed: z.boolean(),
  reason,
});
export type ResultLine = z.infer<typeof resultLine>;

/** `GET /social-value/result?year=`: every line in force in the year, and the total. */
export const socialValueResult = z.object({
  year: z.number().int(),
  /** The organisation's threshold for participant counts: a line on fewer is hidden. */
  threshold: z.number().int(),
  lines: z.array(resultLine),
  total: z.object({ value: z.number().nullable(), suppressed: z.boolean(), reason }),
});
export type SocialValueResult = z.infer<typeof socialValueResult>;
export const resultQuery = z.object({ year: year.optional() });
