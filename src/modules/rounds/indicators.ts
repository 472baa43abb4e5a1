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

type Described = Pick<IndicatorDefinition, 'id' | 'name' | 'unit' | 'definition' | 'sdgTargets'> &
  Partial<IndicatorDefinition>;

/**
 * One of the module's indicators: a safety goal (SDG 11, sustainable neighbourhoods, focus area
 * trygghet) the safety hosts answer for, recorded as the work is done, higher better, unless it says
 * otherwise; its figure for the organisation's year, and the breakdown per area beside it.
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
    higherIsBetter: true,
    frequency: 'continuous',
    owner: 'host',
    ...described,
    compute: async (db, org, year, language = 'sv', _now, options) => {
      const value = await figure(db, org, year);
      // The breakdowns ask four queries per area: only a caller that shows them pays for them.
      if (options?.breakdowns === false) return value;
      return { ...value, breakdowns: await breakdowns(db, org, year, language) };
    },
  };
}

/** Rounds, actions and presence for the annual report. All are counts of every record (a census), so no interval. */
export const roundIndicators: IndicatorDefinition[] = [
  roundIndicator(
    {
      id: 'rounds_completed',
      name: { sv: 'Genomförda ronderingar', en: 'Rounds completed' },
      unit: 'count',
      sdgTargets: ['11.1', '11.7'],
      definition: {
        sv: 'Antal ronderingar och trygghetsvandringar som gåtts under året och markerats som klara, alla områden.',
        en: 'Number of rounds and safety walks walked in the year and marked completed, all areas.',
      },
    },
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
      sdgTargets: ['11.1', '11.7'],
      definition: {
        sv: 'Andel av åtgärderna som skapades under året som var avslutade vid årets slut.',
        en: 'Share of the actions created in the year that were closed by the end of the year.',
      },
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
      sdgTargets: ['11.1', '11.7'],
      higherIsBetter: false,
      definition: {
        sv: 'Median av antalet dagar från att en åtgärd skapades till att den avslutades, över åtgärderna som avslutades under året (när de än skapades).',
        en: 'Median of the days from an action being created to its closing, over the actions closed in the year (whenever created).',
      },
    },
    async (db, org, year) => {
      const rows = await actionsClosedInYear(db, org, year);
      // Fewer days is better, should a target be set.
      return exact(medianDaysToClose(rows), rows.length);
    },
    per.medianDaysToClose,
  ),
  roundIndicator(
    {
      id: 'presence_hours',
      name: { sv: 'Timmar närvaro av trygghetsvärdar', en: 'Safety host presence hours' },
      unit: 'hours',
      sdg: [11, 3],
      sdgTargets: ['11.7'],
      definition: {
        sv: 'Timmar trygghetsvärdarna varit på plats i områdena: summan av de pass som började under året (ett pass över midnatt räknas helt).',
        en: 'Hours the safety hosts were present in the areas: the sum of the shifts that started in the year (a shift past midnight counts whole).',
      },
    },
    async (db, org, year) => {
      const presence = await presenceHoursInYear(db, org, year);
      return exact(oneDecimalCell(presence.hours), presence.shifts);
    },
    per.presenceHours,
  ),
];
