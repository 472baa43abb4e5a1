import type { Db } from '../../core/db/client';
import { organisationMember } from '../../core/disclosure';
import { censusValue, hiddenValue, type IndicatorDefinition } from '../../core/indicators';
import { householdsByArea } from '../areas';
import { allIncidents, incidentYear } from './published-incidents';
import { incidentBreakdowns, reportingBreakdowns } from './report-breakdowns';
import { weeksReportedIn } from './reporting-weeks';
import { isoWeekOf, weeksInYear } from './week';

/** An EST figure: safe neighbourhoods (SDG 11) and peaceful communities (SDG 16), reported weekly. */
function estIndicator({
  compute,
  ...named
}: Omit<IndicatorDefinition, 'sdg' | 'frequency'>): IndicatorDefinition {
  return { ...named, sdg: [11, 16], frequency: 'weekly', compute };
}

/**
 * Incidents per 1,000 households for the whole organisation and year: the reviewed incidents
 * divided by the households of the areas (today's register), times 1,000. n = households. The
 * count is the organisation's cell of the protected table (published-incidents.ts): hidden when the
 * year's restricted reports are too few to be counted in without being worked out.
 */
export const incidentsPer1000Indicator = estIndicator({
  id: 'incidents_per_1000_households',
  name: { sv: 'Händelser per 1 000 hushåll (EST)', en: 'Incidents per 1,000 households (EST)' },
  unit: 'per_1000',
  sdgTargets: ['16.1', '11.7'],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'trygghet',
  higherIsBetter: false,
  owner: 'analyst',
  definition: {
    sv: 'Granskade EST-händelser under året i hela organisationen, delat med antalet hushåll i områdena (dagens register), gånger 1 000.',
    en: "The year's reviewed EST incidents across the organisation, divided by the households of its areas (today's register), times 1,000.",
  },
  compute: async (db, organisationId, year, language = 'sv', _now, options) => {
    const households = [...(await householdsByArea(db, organisationId)).values()].reduce((s, n) => s + n, 0);
    if (households === 0) return censusValue(null, 0);
    const incidents = (await incidentYear(db, organisationId, year, null)).figure(
      organisationMember,
      allIncidents,
      String(year),
    );
    const breakdowns =
      options?.breakdowns === false ? [] : await incidentBreakdowns(db, organisationId, year, language);
    if (incidents.hidden) return { ...hiddenValue(incidents.hidden), breakdowns };
    return {
      // Unrounded: the report rounds non-share figures (core report.ts).
      ...censusValue(((incidents.count ?? 0) / households) * 1000, households),
      breakdowns,
    };
  },
});

/** The ISO weeks of a year that have started by `today` (all of them for a past year). */
export function weeksSoFar(year: number, today: Date): string[] {
  const all = Array.from(
    { length: weeksInYear(year) },
    (_, i) => `${year}-W${String(i + 1).padStart(2, '0')}`,
  );
  const current = isoWeekOf(today);
  return all.filter((w) => w <= current);
}

/**
 * Share of (partner, week) pairs with a report or an explicit "nothing to report", over the
 * active external partners and the weeks of the year so far. n = partner-weeks.
 */
export async function weeksReported(db: Db, organisationId: string, year: number, today: Date) {
  return weeksReportedIn(db, organisationId, weeksSoFar(year, today));
}

export const weeksReportedIndicator = estIndicator({
  id: 'est_weeks_reported_share',
  name: { sv: 'Andel veckor med EST-rapport per aktör', en: 'Share of weeks with an EST report per partner' },
  unit: 'fraction',
  sdgTargets: ['16.1'],
  materialArea: 'good_community_actor',
  // EST is the housing company's partnership with the municipality and the police.
  focusArea: 'partnership',
  higherIsBetter: true,
  owner: 'analyst',
  definition: {
    sv: 'Andel par av aktör och vecka med en EST-rapport eller ett uttryckligt ”inget att rapportera”, över årets veckor hittills och de aktiva externa aktörerna.',
    en: 'Share of (partner, week) pairs with an EST report or an explicit "nothing to report", over the weeks of the year so far and the active external partners.',
  },
  compute: async (db, organisationId, year, language = 'sv', now = new Date(), options) => {
    const { reported, total } = await weeksReported(db, organisationId, year, now);
    if (total === 0) return censusValue(null, 0);
    // A census of all partner-weeks, not a sample: no interval.
    const figure = censusValue(reported / total, total);
    if (options?.breakdowns === false) return figure;
    return { ...figure, breakdowns: await reportingBreakdowns(db, organisationId, year, language, now) };
  },
});
