import { z } from 'zod';
import { changeStamp } from '../../core/http/changed-by';
import { figureTable } from '../../core/http/figure-table';
import { year } from '../../core/http/route-kit';
import { type IndicatorDefinition, indicatorFrequencies, materialAreas } from '../../core/indicators';
import { roles } from '../../shared/enums';

export const units = [
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
  /** The report contract's stable id, e.g. 'safety_index' (hand-entered ones start with 'manual_'). */
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
  /** Entered by hand by the organisation (no module computes it). */
  manual: z.boolean(),
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

// ——— hand-entered indicators ———

const text = (max: number) => z.string().trim().min(1).max(max);

/** What an organisation says about an indicator it keeps by hand (the code is fixed once made). */
const manualIndicatorFields = z.object({
  /** Name in Swedish, e.g. "Feriejobb för ungdomar i våra områden". */
  nameSv: text(160),
  /** Name in English. */
  nameEn: text(160),
  /** How the figure is expressed; a fraction is entered as 0–1. */
  unit: z.enum(units),
  /** The material area it belongs to. */
  materialArea: z.enum(materialAreas),
  /** One of the material area's focus areas; null for a figure across them. */
  focusArea: z.string().max(40).nullable(),
  /** The UN goals it steers towards (at least one). */
  sdg: z.array(z.number().int().min(1).max(17)).min(1).max(17),
  /** The targets of those goals it serves, by code ('8.6'). */
  sdgTargets: z.array(z.string().max(10)).max(40),
  /** Polarity: true when a higher figure is the better one. */
  higherIsBetter: z.boolean(),
  /** How often its data comes in. */
  frequency: z.enum(indicatorFrequencies),
  /** The role that answers for it. */
  owner: z.enum(roles),
  /** What is counted, over what and how, in Swedish. */
  definitionSv: text(2000),
  /** The same in English. */
  definitionEn: text(2000),
});

/** A new hand-entered indicator: its stable code starts with `manual_`. */
export const manualIndicatorInput = manualIndicatorFields.extend({
  /** Stable id in the report: `manual_` and lower-case letters, digits or underscores. */
  code: z.string().regex(/^manual_[a-z0-9_]{1,60}$/),
});
export type ManualIndicatorInput = z.infer<typeof manualIndicatorInput>;

/** A change of a hand-entered indicator: everything but its code (entries and goals refer to it). */
export const manualIndicatorChange = manualIndicatorFields;
export type ManualIndicatorChange = z.infer<typeof manualIndicatorChange>;

export const manualIndicator = manualIndicatorFields.extend({
  id: z.uuid(),
  code: z.string(),
});
export type ManualIndicator = z.infer<typeof manualIndicator>;
export const manualIndicatorList = z.array(manualIndicator);

/** A year's value of a hand-entered indicator, for the whole organisation or one area. */
export const entryInput = z.object({
  /** The calendar year the value is for. */
  year,
  /** The area it is for; null for the whole organisation. */
  areaId: z.uuid().nullable(),
  /** In the indicator's unit: a fraction as 0–1. */
  value: z.number(),
  /** People the figure rests on (respondents, participants), when it rests on people. */
  n: z.number().int().min(0).max(10_000_000).nullable(),
  /** Where the figure comes from, e.g. "Sammanställning från Arbetsförmedlingen 2025". */
  sourceNote: z.string().trim().min(3).max(2000),
});
export type EntryInput = z.infer<typeof entryInput>;

export const attachmentInfo = z.object({
  /** The file's name as uploaded (for the download). */
  name: z.string(),
  /** Its content type, from its kind (PDF, XLSX, CSV, image). */
  type: z.string(),
  /** Where it is downloaded, under /api/v1. */
  href: z.string(),
});

export const entry = z.object({
  id: z.uuid(),
  /** The indicator's code. */
  indicatorId: z.string(),
  year: z.number().int(),
  areaId: z.uuid().nullable(),
  /** The area's name; null for the whole organisation. */
  areaName: z.string().nullable(),
  value: z.number(),
  n: z.number().int().nullable(),
  sourceNote: z.string(),
  attachment: attachmentInfo.nullable(),
  /** When it was first entered. */
  enteredAt: z.date(),
  /** When it was entered or last corrected, and by whom (null for the system or a user who is gone). */
  ...changeStamp.shape,
});
export type Entry = z.infer<typeof entry>;
export const entryList = z.array(entry);

// ——— traceability ———

/** `/indicators/:id/trace` — a registered indicator's id or a hand-entered one's code. */
export const indicatorIdParam = z.object({ id: z.string().regex(/^[a-z0-9_]{1,80}$/) });

/** `?year=2025&area=…` or `&district=…` — the year (this year when left out) and optionally one area or one district. */
export const traceQuery = z.object({
  year: year.optional(),
  /** One area: its own figure. */
  area: z.uuid().optional(),
  /** One district (the district profile links here): the figures of its areas. */
  district: z.uuid().optional(),
});

export { figureTable };

export const tracedImport = z.object({
  id: z.uuid(),
  /** The import kind, e.g. 'sessions'. */
  kind: z.string(),
  fileName: z.string(),
  /** When it was imported, and by whom (null from the command line or a user who is gone). */
  ...changeStamp.shape,
  /** Rows written. */
  rows: z.number().int(),
});
export type TracedImport = z.infer<typeof tracedImport>;

/** `GET /indicators/:id/trace`: how a figure was computed — definition, filters, figure, counts, sources. */
export const traceResponse = z.object({
  indicator: frameworkIndicator,
  /** The material area's and focus area's names in the user's language. */
  materialArea: z.string(),
  focusArea: z.string().nullable(),
  /** The module that computes it; null for a hand-entered one. */
  module: z.string().nullable(),
  filters: z.object({
    organisation: z.string(),
    year: z.number().int(),
    /** The first and last day the figure covers (Swedish calendar days). */
    from: z.string(),
    to: z.string(),
    /** The time zone the days are in. */
    timeZone: z.string(),
    /** True for this year: the figure covers the year so far, up to `to`. */
    yearSoFar: z.boolean(),
    area: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
    /** The district asked for, with its areas (whose figures the counts show); null otherwise. */
    district: z
      .object({
        id: z.uuid(),
        name: z.string(),
        areas: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
      })
      .nullable(),
  }),
  /** The figure as published; null when it is withheld from this user or does not exist per area. */
  figure: z
    .object({
      value: z.number().nullable(),
      n: z.number().nullable(),
      ciLow: z.number().nullable(),
      ciHigh: z.number().nullable(),
      suppressed: z.boolean(),
      /** Why a suppressed figure is not shown. */
      reason: z.enum(['small_group', 'protects_another']).nullable(),
    })
    .nullable(),
  /**
   * Why there is no figure: a host sees only their areas; some figures exist for the organisation
   * only; a district's are its areas' figures, in the counts.
   */
  withheld: z.enum(['areas_only', 'no_area_figure', 'district_by_area']).nullable(),
  /** The counts behind it, as the module publishes them. */
  breakdowns: z.array(figureTable),
  /** Imports of the module's kinds, newest first (registered indicators). */
  imports: z.array(tracedImport),
  /** The import kinds that feed the module (empty when none: its data is entered in the app). */
  importKinds: z.array(z.string()),
  /** The entries it came from (hand-entered indicators), newest year first. */
  entries: z.array(entry),
});
export type TraceResponse = z.infer<typeof traceResponse>;
