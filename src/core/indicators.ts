import type { Db } from './db/client';
import type { HiddenReason } from './disclosure';
import type { Language } from './i18n/i18n';
import type { TargetStatus } from './statistics';

export const materialAreas = [
  'sustainable_neighbourhoods',
  'good_community_actor',
  'sustainable_working_life',
  'human_rights',
] as const;
export type MaterialArea = (typeof materialAreas)[number];

export const focusAreas = ['trygghet', 'dialog', 'gemenskap', 'arbete'] as const;
export type FocusArea = (typeof focusAreas)[number];

/** A small table of figures, e.g. an indicator per area. Cells are numbers or already-written text. */
export type FigureTable = {
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
};

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
  /** Lower is better (e.g. incidents, days to close): turns the target test around. */
  higherIsBetter?: boolean;
  /** The figure broken down (per area, category, partner …), in the report's language. */
  breakdowns?: FigureTable[];
};

export type IndicatorDefinition = {
  /** Stable id of the report contract, e.g. 'safety_index'. */
  id: string;
  name: { sv: string; en: string };
  unit: 'fraction' | 'count' | 'days' | 'hours' | 'per_1000' | 'sek';
  sdg: number[];
  materialArea: MaterialArea;
  focusArea?: FocusArea;
  /** The value for an organisation and calendar year; the language is for breakdown captions. */
  compute: (db: Db, organisationId: string, year: number, language?: Language) => Promise<IndicatorValue>;
};

const registry = new Map<string, IndicatorDefinition>();

/** Modules register their indicators here; the annual report asks the registry. */
export function registerIndicators(list: IndicatorDefinition[]): void {
  for (const indicator of list) {
    if (registry.has(indicator.id) && registry.get(indicator.id) !== indicator) {
      throw new Error(`Indicator ${indicator.id} registered twice`);
    }
    registry.set(indicator.id, indicator);
  }
}

export function indicators(): IndicatorDefinition[] {
  return [...registry.values()];
}
