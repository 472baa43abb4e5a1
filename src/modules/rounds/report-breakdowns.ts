import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { roundShare } from '../../core/disclosure';
import { type Language, translator } from '../../core/i18n/i18n';
import type { FigureTable } from '../../core/indicators';
import { areas } from '../areas';
import { medianDaysToClose } from './follow-up';
import {
  actionsClosedInYear,
  actionsOfYear,
  closedByYearEnd,
  closedShareByYearEnd,
  roundsCompletedInYear,
} from './follow-up.service';
import { presenceHoursInYear } from './presence.service';

const oneDecimal = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
/** A share as the table's per cent, rounded by the layer to what its base (actions) bears. */
const percentOf = (share: number, n: number) => Number((roundShare(share, n) * 100).toFixed(1));

type Area = { id: string; name: string };

/** One row per area of the organisation (by name), with the cells a function gives for it. */
async function perArea(
  db: Db,
  organisationId: string,
  language: Language,
  columns: string[],
  cells: (area: Area) => Promise<(string | number | null)[]>,
): Promise<FigureTable> {
  const list = await db
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(eq(areas.organisationId, organisationId))
    .orderBy(asc(areas.name));
  const rows: (string | number | null)[][] = [];
  for (const area of list) rows.push([area.name, ...(await cells(area))]);
  const t = translator(language, 'rounds:report');
  return { caption: t('perArea'), columns: [t('area'), ...columns.map((c) => t(c))], rows };
}

/**
 * The annual report's rounds indicators broken down per area, with the same definitions as the
 * indicators themselves (follow-up.service.ts), so the rows add up to the organisation's figure.
 * Every figure counts things — rounds walked, actions, hours an area was staffed — never people:
 * no cell is about a tenant, and none describes a person (no names, no per-person rows). Shares go
 * through the publication layer's rounding; hours are given to one decimal like core's report.
 */
export const roundsBreakdowns = {
  roundsCompleted: (db: Db, org: string, year: number, language: Language) =>
    perArea(db, org, language, ['roundsCompleted'], async (area) => [
      await roundsCompletedInYear(db, org, year, area.id),
    ]),
  actionsClosedShare: (db: Db, org: string, year: number, language: Language) =>
    perArea(db, org, language, ['actionsCreated', 'actionsClosed', 'closedSharePercent'], async (area) => {
      const rows = await actionsOfYear(db, org, year, area.id);
      const share = closedShareByYearEnd(rows, year);
      return [
        rows.length,
        closedByYearEnd(rows, year),
        share === null ? null : percentOf(share, rows.length),
      ];
    }),
  medianDaysToClose: (db: Db, org: string, year: number, language: Language) =>
    perArea(db, org, language, ['actionsClosedInYear', 'medianDays'], async (area) => {
      const rows = await actionsClosedInYear(db, org, year, area.id);
      return [rows.length, medianDaysToClose(rows)];
    }),
  presenceHours: (db: Db, org: string, year: number, language: Language) =>
    perArea(db, org, language, ['hours', 'eveningHours', 'shifts'], async (area) => {
      const p = await presenceHoursInYear(db, org, year, area.id);
      return [oneDecimal(p.hours), oneDecimal(p.eveningHours), p.shifts];
    }),
};
