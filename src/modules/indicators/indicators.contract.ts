import { z } from 'zod';
import { type IndicatorDefinition, indicatorFrequencies, materialAreas } from '../../core/indicators';
import { roles } from '../../shared/enums';

const units = [
  'fraction',
  'count',
  'days',
  'hours',
  'per_1000',
  'sek',
] as const satisfies readonly IndicatorDefinition['unit'][];

export const sdgGoalRef = z.object({
  /** The goal's number, 1–17. */
  number: z.number().int(),
  /** Its official short title in the user's language. */
  title: z.string(),
});
export type SdgGoalRef = z.infer<typeof sdgGoalRef>;

export const sdgTargetRef = z.object({
  /** The target's official code, e.g. '11.7'. */
  code: z.string(),
  /** The goal it belongs to. */
  goal: z.number().int(),
  /** Its full official wording in the user's language. */
  text: z.string(),
});
export type SdgTargetRef = z.infer<typeof sdgTargetRef>;

export const frameworkIndicator = z.object({
  /** The report contract's stable id, e.g. 'safety_index'. */
  id: z.string(),
  /** Its name in the user's language. */
  name: z.string(),
  /** How the figure is expressed; fractions are 0–1. */
  unit: z.enum(units),
  /** Polarity: true when a higher figure is the better one. */
  higherIsBetter: z.boolean(),
  /** How often its data comes in. */
  frequency: z.enum(indicatorFrequencies),
  /** The role that answers for it. */
  owner: z.enum(roles),
  /** What is counted, over what and how, in the user's language. */
  definition: z.string(),
  /** The SDGs it steers towards, in the order the module gives them. */
  sdgGoals: z.array(sdgGoalRef),
  /** The targets of those goals it serves. */
  sdgTargets: z.array(sdgTargetRef),
});
export type FrameworkIndicator = z.infer<typeof frameworkIndicator>;

export const focusAreaNode = z.object({
  /** Stable code: the neighbourhoods' four are stored in the database (trygghet, dialog, …). */
  code: z.string(),
  /** Its name in the user's language. */
  name: z.string(),
  /** The indicators filed under it (none yet for some). */
  indicators: z.array(frameworkIndicator),
});
export type FocusAreaNode = z.infer<typeof focusAreaNode>;

export const materialAreaNode = z.object({
  code: z.enum(materialAreas),
  /** Its name in the user's language. */
  name: z.string(),
  focusAreas: z.array(focusAreaNode),
  /** Indicators of the material area that span its focus areas (e.g. satisfaction in all programmes). */
  indicators: z.array(frameworkIndicator),
});
export type MaterialAreaNode = z.infer<typeof materialAreaNode>;

/** `GET /indicators/framework`: material area → focus areas → indicators, in the user's language. */
export const frameworkResponse = z.object({
  /** The language the names, titles and definitions are in. */
  language: z.enum(['sv', 'en']),
  materialAreas: z.array(materialAreaNode),
});
export type FrameworkResponse = z.infer<typeof frameworkResponse>;
