import { and, eq, gte, lt } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../core/indicators';
import { medianDaysToClose, shiftHours } from './follow-up';
import { actionsClosedInYear, actionsOfYear, roundsCompletedInYear, yearBounds } from './follow-up.service';
import { presenceShifts } from './rounds.table';
import { stockholmDayStart } from './shared';

const exact = (value: number | null, n: number) => ({ value, n, ciLow: null, ciHigh: null });

/** Rounds, actions and presence for the annual report. All are counts of every record (a census), so no interval. */
export const roundIndicators: IndicatorDefinition[] = [
  {
    id: 'rounds_completed',
    name: { sv: 'Genomförda ronderingar', en: 'Rounds completed' },
    unit: 'count',
    sdg: [11],
    materialArea: 'sustainable_neighbourhoods',
    focusArea: 'trygghet',
    compute: async (db, org, year) => {
      const n = await roundsCompletedInYear(db, org, year);
      return exact(n, n);
    },
  },
  {
    id: 'actions_closed_share',
    name: { sv: 'Andel åtgärder avslutade', en: 'Share of actions closed' },
    unit: 'fraction',
    sdg: [11],
    materialArea: 'sustainable_neighbourhoods',
    focusArea: 'trygghet',
    compute: async (db, org, year) => {
      const rows = await actionsOfYear(db, org, year);
      const [, end] = yearBounds(year);
      const closed = rows.filter((a) => a.closedOn !== null && a.closedOn < end).length;
      return exact(rows.length ? closed / rows.length : null, rows.length);
    },
  },
  {
    id: 'median_days_to_close',
    name: { sv: 'Mediantid till avslutad åtgärd (dagar)', en: 'Median days to close an action' },
    unit: 'days',
    sdg: [11],
    materialArea: 'sustainable_neighbourhoods',
    focusArea: 'trygghet',
    compute: async (db, org, year) => {
      const rows = await actionsClosedInYear(db, org, year);
      return exact(medianDaysToClose(rows), rows.length);
    },
  },
  {
    id: 'presence_hours',
    name: { sv: 'Timmar närvaro av trygghetsvärdar', en: 'Safety host presence hours' },
    unit: 'hours',
    sdg: [11, 3],
    materialArea: 'sustainable_neighbourhoods',
    focusArea: 'trygghet',
    compute: async (db, org, year) => {
      const [from, to] = yearBounds(year);
      const rows = await db
        .select({ startsAt: presenceShifts.startsAt, endsAt: presenceShifts.endsAt })
        .from(presenceShifts)
        .where(
          and(
            eq(presenceShifts.organisationId, org),
            gte(presenceShifts.startsAt, stockholmDayStart(from)),
            lt(presenceShifts.startsAt, stockholmDayStart(to)),
          ),
        );
      const hours = rows.reduce((sum, s) => sum + shiftHours(s.startsAt, s.endsAt), 0);
      return exact(Math.round(hours * 10) / 10, rows.length);
    },
  },
];
