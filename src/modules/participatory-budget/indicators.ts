/**
 * budget_turnout: ballots / households invited (voting codes issued) in the year's participatory
 * budgets, as a fraction 0–1, with a table per area. Every figure comes from the protected table of
 * turnout.ts (the publication layer hides small areas and what would give them away).
 */

import { organisationMember } from '../../core/disclosure';
import { translate } from '../../core/i18n/i18n';
import { censusValue, type FigureTable, hiddenValue, type IndicatorDefinition } from '../../core/indicators';
import { publishedTurnout } from './turnout';

async function areaTable(
  published: Awaited<ReturnType<typeof publishedTurnout>>,
  year: number,
  language: 'sv' | 'en',
): Promise<FigureTable> {
  const word = (key: string) => translate(language, `participatory-budget:report.${key}`);
  const rows = published.areas
    .filter((a) => published.rows.has(a.id))
    .map((a) => {
      const f = published.of(a.id);
      return [a.name, f.n, f.ballots, f.value];
    });
  return {
    caption: translate(language, 'participatory-budget:report.caption', { year }),
    columns: [word('area'), word('invited'), word('ballots'), word('turnout')],
    units: ['text', 'count', 'count', 'fraction'],
    rows,
  };
}

export const budgetTurnoutIndicator: IndicatorDefinition = {
  id: 'budget_turnout',
  name: { sv: 'Valdeltagande i boendebudgeten', en: "Turnout in the residents' budget" },
  unit: 'fraction',
  sdg: [11, 16],
  sdgTargets: ['11.3', '16.7'],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'dialog',
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'admin',
  definition: {
    sv: 'Röster (tomma röster medräknade) / hushåll som fick en röstkod, i årets boendebudgetar; importerade budgetar räknas inte. En totalräkning: inget intervall.',
    en: "Ballots (blank ones included) / households given a voting code, in the year's residents' budgets; imported budgets are not counted. A census: no interval.",
  },
  compute: async (db, organisationId, year, language = 'sv', _now, options) => {
    const published = await publishedTurnout(db, organisationId, year);
    const total = published.of(organisationMember);
    if (total.reason) return hiddenValue(total.reason);
    const value = censusValue(total.value, total.n);
    if (options?.breakdowns === false || published.rows.size === 0) return value;
    return { ...value, breakdowns: [await areaTable(published, year, language)] };
  },
  computeForArea: async (db, organisationId, areaId, year) => {
    const f = (await publishedTurnout(db, organisationId, year)).of(areaId);
    return f.reason ? hiddenValue(f.reason) : censusValue(f.value, f.n);
  },
};
