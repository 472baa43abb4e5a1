import { type FocusArea, focusAreas, type Role } from '../shared/enums';
import type { FigureCellUnit } from '../shared/format';
import type { Db } from './db/client';
import type { HiddenReason } from './disclosure';
import { roundShare } from './disclosure/publish';
import type { Language } from './i18n/i18n';
import type { TargetStatus } from './statistics';

export const materialAreas = [
  'sustainable_neighbourhoods',
  'good_community_actor',
  'sustainable_working_life',
  'human_rights',
] as const;
export type MaterialArea = (typeof materialAreas)[number];

export { type FocusArea, focusAreas };

/**
 * The framework's focus areas per material area. The neighbourhoods' four are stored in the
 * database (activities, programmes) and never change; the others are codes of the framework only.
 */
export const frameworkFocusAreas = {
  sustainable_neighbourhoods: focusAreas,
  good_community_actor: ['partnership', 'sponsorship'],
  sustainable_working_life: ['work_environment', 'equality', 'fair_pay'],
  human_rights: ['fair_letting', 'suppliers', 'children_rights', 'stakeholders'],
} as const satisfies Record<MaterialArea, readonly string[]>;

/** A focus area of any material area: the neighbourhoods' four and those of the other three. */
export type FrameworkFocusArea = (typeof frameworkFocusAreas)[MaterialArea][number];

/** Whether the focus area is one of the material area's (an indicator may only sit there). */
export const focusAreaOf = (materialArea: MaterialArea, focusArea: string): boolean =>
  (frameworkFocusAreas[materialArea] as readonly string[]).includes(focusArea);

/** How often an indicator's data comes in: a survey every month, EST every week, records as they happen. */
export const indicatorFrequencies = ['monthly', 'weekly', 'yearly', 'continuous'] as const;
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];

/** A small table of figures, e.g. an indicator per area. Cells are numbers or already-written text. */
export type FigureTable = {
  caption: string;
  columns: string[];
  /**
   * What each column's numbers are, one per column: 'fraction' cells are shares 0–1 (the contract's
   * unit; a reader sees per cent), 'text' names the row. Omitted: the first column names the rows and
   * the others are plain figures.
   */
  units?: FigureColumnUnit[];
  rows: (string | number | null)[][];
};

/** The unit of a breakdown column: an indicator's unit, a plain figure, or the text naming a row. */
export type FigureColumnUnit = FigureCellUnit | 'text';

/**
 * The one shape of a module's report breakdowns: the tables of an indicator for an organisation's
 * year, in the report's language (`now` for a figure of the year so far), as `compute` is called.
 */
export type Breakdowns = (
  db: Db,
  organisationId: string,
  year: number,
  language?: Language,
  now?: Date,
) => Promise<FigureTable[]>;

/** Hours (or another census amount) as published: to one decimal, as the report shows them. */
export const oneDecimalCell = <T extends number | null>(x: T): T =>
  (x === null ? null : Math.round(x * 10) / 10) as T;

/**
 * `count` of `base` as a table's share cell (a 'fraction' column): the fraction the publication layer
 * publishes, rounded to what the base bears (whole points under 100, 0.001 from 100); null without a base.
 */
export const shareCell = (count: number, base: number): number | null =>
  base > 0 ? roundShare(count / base, base) : null;

/** One indicator's figure for a year, as the report contract gives it (fractions as 0–1). */
export type IndicatorValue = {
  value: number | null;
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Set when the figure may not be shown (publication layer): value, n and bounds are then null. */
  suppressed?: boolean;
  /** Why it is not shown: too few contributors, or hidden so that another group cannot be worked out. */
  reason?: HiddenReason | null;
  /** The organisation's target for the year, when the module keeps one. */
  target?: number | null;
  /** When omitted and a target is given, the report derives it from the interval (or the exact value). */
  status?: TargetStatus | null;
  /** The figure broken down (per area, category, partner …), in the report's language. */
  breakdowns?: FigureTable[];
};

/** A figure counted over every record (a census, not a sample): it has no interval. */
export function censusValue(value: number | null, n: number | null): IndicatorValue {
  return { value, n, ciLow: null, ciHigh: null };
}

/** A figure the publication layer hides: no value, count or bounds, only why. */
export function hiddenValue(reason: HiddenReason): IndicatorValue {
  return { ...censusValue(null, null), suppressed: true, reason };
}

/**
 * What a caller of `compute` needs beside the figure. Breakdowns are most of the work and only the
 * report's own year shows them (not its trend years, the goals page or the curve): a module may
 * leave them out when `breakdowns` is false; the value must be the same either way.
 */
export type ComputeOptions = { breakdowns?: boolean };

export type IndicatorDefinition = {
  /** Stable id of the report contract, e.g. 'safety_index'. */
  id: string;
  name: { sv: string; en: string };
  unit: 'fraction' | 'count' | 'days' | 'hours' | 'per_1000' | 'sek';
  sdg: number[];
  /** The targets of those goals it serves, by code ('11.7'); each is in `shared/sdg.ts`. */
  sdgTargets: readonly string[];
  materialArea: MaterialArea;
  /** One of the material area's focus areas; none for a figure across them (all programmes). */
  focusArea?: FrameworkFocusArea;
  /** Polarity: whether a higher figure is the better one (false for incidents, days to close). */
  higherIsBetter: boolean;
  /** A fraction that may be negative (a pay gap): its interval is not cut at 0 and 1. */
  signed?: boolean;
  frequency: IndicatorFrequency;
  /** The role that answers for the figure (its data and its follow-up). */
  owner: Role;
  /** What is counted, over what and how, in one or two sentences. */
  definition: { sv: string; en: string };
  /**
   * The value for an organisation and calendar year; the language is for breakdown captions, `now`
   * the configured clock's instant (`config.clock()`) for a figure of the year so far.
   */
  compute: (
    db: Db,
    organisationId: string,
    year: number,
    language?: Language,
    now?: Date,
    options?: ComputeOptions,
  ) => Promise<IndicatorValue>;
  /**
   * The value for one area, where the module can give it (a goal per area needs it); the same
   * publication rules apply. Omitted when the figure exists only for the whole organisation.
   */
  computeForArea?: (
    db: Db,
    organisationId: string,
    areaId: string,
    year: number,
    language?: Language,
    now?: Date,
  ) => Promise<IndicatorValue>;
};

const registry = new Map<string, IndicatorDefinition>();

/** Where a registered indicator comes from: its module and the import kinds that feed that module. */
export type IndicatorSource = { module: string; importKinds: string[] };
const sourcesById = new Map<string, IndicatorSource>();

/**
 * Modules register their indicators here; the annual report asks the registry. Returns what takes
 * them out again: a test that adds indicators of its own must not leave them to the files after it
 * (test files share their worker's modules).
 */
export function registerIndicators(list: IndicatorDefinition[], source?: IndicatorSource): () => void {
  for (const indicator of list) {
    if (registry.has(indicator.id) && registry.get(indicator.id) !== indicator) {
      throw new Error(`Indicator ${indicator.id} registered twice`);
    }
    registry.set(indicator.id, indicator);
    if (source) sourcesById.set(indicator.id, source);
  }
  return () => {
    for (const indicator of list) {
      if (registry.get(indicator.id) !== indicator) continue;
      registry.delete(indicator.id);
      sourcesById.delete(indicator.id);
    }
  };
}

/** Every registered indicator, in registration order. */
export function indicators(): IndicatorDefinition[] {
  return [...registry.values()];
}

/** The module an indicator is registered by and its import kinds; null for one registered without (tests). */
export function indicatorSource(id: string): IndicatorSource | null {
  return sourcesById.get(id) ?? null;
}
