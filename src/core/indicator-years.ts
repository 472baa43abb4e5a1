import type { Db } from './db/client';
import type { Language } from './i18n/i18n';
import type { IndicatorDefinition, IndicatorValue } from './indicators';

/** Whose figures, in which language, at which instant (the configured clock's, for a year so far). */
export type IndicatorYearsScope = { db: Db; organisationId: string; language: Language; now: Date };

/**
 * The indicator figures of one request or report build, each (indicator, area, year) worked out
 * once: the report's trend years, the goals page (an area's goal, the organisation's, a baseline)
 * and the turn-the-curve view ask for the same ones. Made per request and dropped after it, never
 * kept between requests, so the next request sees every write.
 */
export type IndicatorYears = {
  /** The organisation's figure; with its breakdowns only when asked (the report's own year shows them). */
  figure(
    indicator: IndicatorDefinition,
    year: number,
    options?: { breakdowns?: boolean },
  ): Promise<IndicatorValue>;
  /** An area's figure; null for an indicator that gives none per area. */
  areaFigure(indicator: IndicatorDefinition, areaId: string, year: number): Promise<IndicatorValue | null>;
};

/** A new memo of one organisation's figures in one language at one instant. */
export function indicatorYears({ db, organisationId, language, now }: IndicatorYearsScope): IndicatorYears {
  // By definition object, not id: the organisation's hand-entered indicators are objects of their own.
  const memo = new Map<IndicatorDefinition, Map<string, Promise<IndicatorValue | null>>>();
  const once = <T extends IndicatorValue | null>(
    indicator: IndicatorDefinition,
    key: string,
    work: () => Promise<T>,
  ): Promise<T> => {
    const figures = memo.get(indicator) ?? new Map<string, Promise<IndicatorValue | null>>();
    memo.set(indicator, figures);
    const known = figures.get(key);
    if (known) return known as Promise<T>;
    const value = work();
    figures.set(key, value);
    return value;
  };
  return {
    figure(indicator, year, { breakdowns = false } = {}) {
      // A figure worked out with its breakdowns also answers the same figure asked for without.
      const full = memo.get(indicator)?.get(`|${year}|breakdowns`);
      if (full && !breakdowns) return full as Promise<IndicatorValue>;
      return once(indicator, `|${year}|${breakdowns ? 'breakdowns' : 'figure'}`, () =>
        indicator.compute(db, organisationId, year, language, now, { breakdowns }),
      );
    },
    areaFigure(indicator, areaId, year) {
      const { computeForArea } = indicator;
      if (!computeForArea) return Promise.resolve(null);
      return once(indicator, `${areaId}|${year}`, () =>
        computeForArea(db, organisationId, areaId, year, language, now),
      );
    },
  };
}
