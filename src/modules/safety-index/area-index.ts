/**
 * Each area's safety index for a period, for other modules (the situation analysis, the area
 * profile). The figures are the dashboard's, read from the organisation's protected table: an area
 * hidden there (too few answers, or hidden so that it cannot be had by subtraction) is hidden here.
 * A date range that is a cell of the grid (a quarter, a tertial, a year) is that cell; any other
 * range is shown for an area only where it is a sum of the area's shown cells.
 */
import type { Db } from '../../core/db/client';
import type { HiddenReason } from '../../core/disclosure';
import { AppError } from '../../core/errors';
import type { TargetStatus } from '../../core/statistics';
import { parsePeriod } from './periods';
import type { GroupResult } from './results';
import { groupsOver, type MonthRange } from './safety-index.service';
import { monthIndex } from './sampling';

/**
 * A period key ("2025", "2025-Q3", "2025-T2", "2025-07", "R12:2025-07") or a range of dates or
 * months ({ from: "2025-01-01", to: "2025-04-30" }).
 */
export type SafetyIndexPeriod = string | { from: string; to: string };

export type AreaSafetyIndex = {
  areaId: string;
  /** Share of answers 4–5 over the index questions, 0–1, rounded by the layer; null when hidden or without answers. */
  value: number | null;
  /** Contributing respondents in the area and period; null when hidden. */
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Hidden by the publication layer: value, bounds and n are null, reason says why. */
  suppressed: boolean;
  reason: HiddenReason | null;
  target: number | null;
  status: TargetStatus | null;
};

const dayOrMonth = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * The months a period covers. Answers only know their month, so a date range covers every month
 * it touches (1 February–15 March is February and March). Null when it is not a period.
 */
export function monthRangeOf(period: SafetyIndexPeriod): MonthRange | null {
  if (typeof period === 'string') {
    const parsed = parsePeriod(period);
    return parsed && { from: parsed.from, to: parsed.to };
  }
  const from = dayOrMonth.exec(period.from);
  const to = dayOrMonth.exec(period.to);
  if (!from || !to) return null;
  const range = { from: monthIndex(`${from[1]}-${from[2]}`), to: monthIndex(`${to[1]}-${to[2]}`) };
  return range.from <= range.to ? range : null;
}

export function areaFigure(g: GroupResult): AreaSafetyIndex {
  return {
    areaId: g.id,
    value: g.value,
    n: g.respondents,
    ciLow: g.low,
    ciHigh: g.high,
    suppressed: g.suppressed,
    reason: g.reason,
    target: g.target,
    status: g.status,
  };
}

/**
 * Every area's index for a period, by area id. The caller answers for who sees it (the figures
 * are the organisation's, already suppressed, never raw answers).
 */
export async function safetyIndexByArea(
  db: Db,
  organisationId: string,
  period: SafetyIndexPeriod,
): Promise<Map<string, AreaSafetyIndex>> {
  const range = monthRangeOf(period);
  if (!range) throw new AppError('validation', { details: `period ${JSON.stringify(period)}` });
  const { groups } = await groupsOver(db, organisationId, range, null);
  return new Map(groups.filter((g) => g.level === 'area').map((g) => [g.id, areaFigure(g)]));
}
