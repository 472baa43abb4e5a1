import { asc } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { type Language, translator } from '../../core/i18n/i18n';
import {
  type Breakdowns,
  type FigureColumnUnit,
  type FigureTable,
  oneDecimalCell,
  shareCell,
} from '../../core/indicators';
import { areaRegister } from '../areas';
import { medianDaysToClose } from './follow-up';
import {
  actionsClosedInYear,
  actionsOfYear,
  closedByYearEnd,
  roundsCompletedInYear,
} from './follow-up.service';
import { presenceHoursInYear } from './presence.service';

type Area = { id: string; name: string };

/** A column after the area's name: its caption's key and the unit of its cells. */
type Column = [key: string, unit: FigureColumnUnit];

/** One row per area of the organisation (by name), with the cells a function gives for it. */
async function perArea(
  db: Db,
  organisationId: string,
  language: Language,
  columns: Column[],
  cells: (area: Area) => Promise<(string | number | null)[]>,
): Promise<FigureTable[]> {
  const names = areaRegister(db, organisationId);
  const list = await db.select({ id: names.id, name: names.name }).from(names).orderBy(asc(names.name));
  const rows: (string | number | null)[][] = [];
  for (const area of list) rows.push([area.name, ...(await cells(area))]);
  const t = translator(language, 'rounds:report');
  return [
    {
      caption: t('perArea'),
      columns: [t('area'), ...columns.map(([key]) => t(key))],
      units: ['text', ...columns.map(([, unit]) => unit)],
      rows,
    },
  ];
}

const closedShareColumns: Column[] = [
  ['actionsCreated', 'count'],
  ['actionsClosed', 'count'],
  ['closedSharePercent', 'fraction'],
];
const medianColumns: Column[] = [
  ['actionsClosedInYear', 'count'],
  ['medianDays', 'days'],
];
const presenceColumns: Column[] = [
  ['hours', 'hours'],
  ['eveningHours', 'hours'],
  ['shifts', 'count'],
];

/**
 * The annual report's rounds indicators broken down per area, with the same definitions as the
 * indicators themselves (follow-up.service.ts), so the rows add up to the organisation's figure.
 * Every figure counts things — rounds walked, actions, hours an area was staffed — never people:
 * no cell is about a tenant, and none describes a person (no names, no per-person rows). Shares go
 * through the publication layer's rounding; hours are given to one decimal like core's report.
 */
export const roundsBreakdowns = {
  roundsCompleted: (db, org, year, language = 'sv') =>
    perArea(db, org, language, [['roundsCompleted', 'count']], async (area) => [
      await roundsCompletedInYear(db, org, year, area.id),
    ]),
  actionsClosedShare: (db, org, year, language = 'sv') =>
    perArea(db, org, language, closedShareColumns, async (area) => {
      const rows = await actionsOfYear(db, org, year, area.id);
      const closed = closedByYearEnd(rows, year);
      return [rows.length, closed, shareCell(closed, rows.length)];
    }),
  medianDaysToClose: (db, org, year, language = 'sv') =>
    perArea(db, org, language, medianColumns, async (area) => {
      const rows = await actionsClosedInYear(db, org, year, area.id);
      return [rows.length, medianDaysToClose(rows)];
    }),
  presenceHours: (db, org, year, language = 'sv') =>
    perArea(db, org, language, presenceColumns, async (area) => {
      const p = await presenceHoursInYear(db, org, year, area.id);
      return [oneDecimalCell(p.hours), oneDecimalCell(p.eveningHours), p.shifts];
    }),
} satisfies Record<string, Breakdowns>;
