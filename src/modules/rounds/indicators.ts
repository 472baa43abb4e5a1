import { censusValue as exact, type IndicatorDefinition, oneDecimalCell } from '../../core/indicators';
import { medianDaysToClose } from './follow-up';
import {
  actionsClosedInYear,
  actionsOfYear,
  closedShareByYearEnd,
  roundsCompletedInYear,
} from './follow-up.service';
import { presenceHoursInYear } from './presence.service';
import { roundsBreakdowns as per } from './report-breakdowns';

const safetyGoals: Pick<IndicatorDefinition, 'sdg' | 'materialArea' | 'focusArea'> = {
  sdg: [11],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'trygghet',
};

/** Rounds, actions and presence for the annual report. All are counts of every record (a census), so no interval. */
export const roundIndicators: IndicatorDefinition[] = [
  {
    id: 'rounds_completed',
    name: { sv: 'Genomförda ronderingar', en: 'Rounds completed' },
    unit: 'count',
    ...safetyGoals,
    compute: async (db, org, year, language = 'sv') => {
      const n = await roundsCompletedInYear(db, org, year);
      return { ...exact(n, n), breakdowns: await per.roundsCompleted(db, org, year, language) };
    },
  },
  {
    id: 'actions_closed_share',
    name: { sv: 'Andel åtgärder avslutade', en: 'Share of actions closed' },
    unit: 'fraction',
    ...safetyGoals,
    compute: async (db, org, year, language = 'sv') => {
      const rows = await actionsOfYear(db, org, year);
      return {
        ...exact(closedShareByYearEnd(rows, year), rows.length),
        breakdowns: await per.actionsClosedShare(db, org, year, language),
      };
    },
  },
  {
    id: 'median_days_to_close',
    name: { sv: 'Mediantid till avslutad åtgärd (dagar)', en: 'Median days to close an action' },
    unit: 'days',
    ...safetyGoals,
    compute: async (db, org, year, language = 'sv') => {
      const rows = await actionsClosedInYear(db, org, year);
      return {
        ...exact(medianDaysToClose(rows), rows.length),
        // Fewer days is better, should a target be set.
        higherIsBetter: false,
        breakdowns: await per.medianDaysToClose(db, org, year, language),
      };
    },
  },
  {
    id: 'presence_hours',
    name: { sv: 'Timmar närvaro av trygghetsvärdar', en: 'Safety host presence hours' },
    unit: 'hours',
    ...safetyGoals,
    sdg: [11, 3],
    compute: async (db, org, year, language = 'sv') => {
      const presence = await presenceHoursInYear(db, org, year);
      return {
        ...exact(oneDecimalCell(presence.hours), presence.shifts),
        breakdowns: await per.presenceHours(db, org, year, language),
      };
    },
  },
];
