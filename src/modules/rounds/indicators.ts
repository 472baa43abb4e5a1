import type { Db } from '../../core/db/client';
import {
  type Breakdowns,
  censusValue as exact,
  type IndicatorDefinition,
  type IndicatorValue,
  oneDecimalCell,
} from '../../core/indicators';
import { medianDaysToClose } from './follow-up';
import {
  actionsClosedInYear,
  actionsOfYear,
  closedShareByYearEnd,
  roundsCompletedInYear,
} from './follow-up.service';
import { presenceHoursInYear } from './presence.service';
import { roundsBreakdowns as per } from './report-breakdowns';

type Described = Pick<IndicatorDefinition, 'id' | 'name' | 'unit'> & Partial<IndicatorDefinition>;

/**
 * One of the module's indicators: a safety goal (SDG 11, sustainable neighbourhoods) unless it says
 * otherwise, its figure for the organisation's year, and the breakdown per area beside it.
 */
function roundIndicator(
  described: Described,
  figure: (db: Db, organisationId: string, year: number) => Promise<IndicatorValue>,
  breakdowns: Breakdowns,
): IndicatorDefinition {
  return {
    sdg: [11],
    materialArea: 'sustainable_neighbourhoods',
    focusArea: 'trygghet',
    ...described,
    compute: async (db, org, year, language = 'sv') => ({
      ...(await figure(db, org, year)),
      breakdowns: await breakdowns(db, org, year, language),
    }),
  };
}

/** Rounds, actions and presence for the annual report. All are counts of every record (a census), so no interval. */
export const roundIndicators: IndicatorDefinition[] = [
  roundIndicator(
    { id: 'rounds_completed', name: { sv: 'Genomförda ronderingar', en: 'Rounds completed' }, unit: 'count' },
    async (db, org, year) => {
      const n = await roundsCompletedInYear(db, org, year);
      return exact(n, n);
    },
    per.roundsCompleted,
  ),
  roundIndicator(
    {
      id: 'actions_closed_share',
      name: { sv: 'Andel åtgärder avslutade', en: 'Share of actions closed' },
      unit: 'fraction',
    },
    async (db, org, year) => {
      const rows = await actionsOfYear(db, org, year);
      return exact(closedShareByYearEnd(rows, year), rows.length);
    },
    per.actionsClosedShare,
  ),
  roundIndicator(
    {
      id: 'median_days_to_close',
      name: { sv: 'Mediantid till avslutad åtgärd (dagar)', en: 'Median days to close an action' },
      unit: 'days',
    },
    async (db, org, year) => {
      const rows = await actionsClosedInYear(db, org, year);
      // Fewer days is better, should a target be set.
      return { ...exact(medianDaysToClose(rows), rows.length), higherIsBetter: false };
    },
    per.medianDaysToClose,
  ),
  roundIndicator(
    {
      id: 'presence_hours',
      name: { sv: 'Timmar närvaro av trygghetsvärdar', en: 'Safety host presence hours' },
      unit: 'hours',
      sdg: [11, 3],
    },
    async (db, org, year) => {
      const presence = await presenceHoursInYear(db, org, year);
      return exact(oneDecimalCell(presence.hours), presence.shifts);
    },
    per.presenceHours,
  ),
];
