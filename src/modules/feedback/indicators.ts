/**
 * The feedback indicators of the annual report (ids are a public contract): reports received in
 * the year, and the share of them the company answered or turned into an action or EST report.
 * Both count reports, not people (a census): no interval, nothing to suppress; the publication
 * layer rounds the share to what its base bears.
 */
import { translator } from '../../core/i18n/i18n';
import { censusValue, type FigureTable, type IndicatorDefinition, shareCell } from '../../core/indicators';
import { areaNameMap } from '../areas';
import { countBy, handledShare, reportsOfYear, type YearReport } from './figures.service';
import { categoryTexts, feedbackCategories } from './vocabulary';

const common = {
  sdgTargets: ['11.3', '16.7'],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'dialog',
  higherIsBetter: true,
  frequency: 'continuous',
  owner: 'host',
} as const;
const sdg = () => [11, 16];

/** The year's reports by category and by area, in the report's language. */
async function breakdowns(
  db: Parameters<IndicatorDefinition['compute']>[0],
  organisationId: string,
  reports: YearReport[],
  language: 'sv' | 'en',
): Promise<FigureTable[]> {
  const t = translator(language, 'feedback:report');
  const names = await areaNameMap(db, organisationId);
  const areaIds = [...new Set(reports.map((r) => r.areaId))].sort((a, b) =>
    (names.get(a) ?? '').localeCompare(names.get(b) ?? '', 'sv'),
  );
  const table = (
    caption: string,
    first: string,
    rows: { name: string; received: number; handled: number }[],
  ) => ({
    caption,
    columns: [first, t('received'), t('handled'), t('handledShare')],
    units: ['text', 'count', 'count', 'fraction'] as FigureTable['units'],
    rows: rows
      .filter((r) => r.received > 0)
      .map((r) => [r.name, r.received, r.handled, shareCell(r.handled, r.received)]),
  });
  return [
    table(
      t('byCategory'),
      t('category'),
      countBy(reports, (r) => r.category, feedbackCategories).map((c) => ({
        ...c,
        name: categoryTexts[c.key][language].name,
      })),
    ),
    table(
      t('byArea'),
      t('area'),
      countBy(reports, (r) => r.areaId, areaIds).map((c) => ({ ...c, name: names.get(c.key) ?? '' })),
    ),
  ];
}

export const feedbackIndicators: IndicatorDefinition[] = [
  {
    ...common,
    sdg: sdg(),
    id: 'feedback_received',
    name: { sv: 'Mottagna synpunkter från hyresgäster', en: 'Tenant feedback received' },
    unit: 'count',
    definition: {
      sv: 'Antal synpunkter hyresgäster lämnat via det öppna formuläret under året (efter svensk mottagningsdag), alla områden.',
      en: 'Number of reports tenants sent through the public form in the year (by Swedish day of receipt), all areas.',
    },
    compute: async (db, organisationId, year, language = 'sv', _now, options) => {
      const reports = await reportsOfYear(db, organisationId, year);
      const value = censusValue(reports.length, reports.length);
      if (options?.breakdowns === false) return value;
      return { ...value, breakdowns: await breakdowns(db, organisationId, reports, language) };
    },
    computeForArea: async (db, organisationId, areaId, year) => {
      const reports = await reportsOfYear(db, organisationId, year, [areaId]);
      return censusValue(reports.length, reports.length);
    },
  },
  {
    ...common,
    sdg: sdg(),
    id: 'feedback_answered_share',
    name: {
      sv: 'Andel synpunkter som besvarats eller åtgärdats',
      en: 'Share of feedback answered or acted on',
    },
    unit: 'fraction',
    definition: {
      sv: 'Andel av årets synpunkter som bolaget besvarat eller gjort till en åtgärd eller en EST-rapport (oavsett när under eller efter året).',
      en: "Share of the year's reports the company answered or turned into an action or an EST report (whenever, in or after the year).",
    },
    compute: async (db, organisationId, year, language = 'sv', _now, options) => {
      const reports = await reportsOfYear(db, organisationId, year);
      const value = censusValue(handledShare(reports), reports.length);
      if (options?.breakdowns === false) return value;
      return { ...value, breakdowns: await breakdowns(db, organisationId, reports, language) };
    },
    computeForArea: async (db, organisationId, areaId, year) => {
      const reports = await reportsOfYear(db, organisationId, year, [areaId]);
      return censusValue(handledShare(reports), reports.length);
    },
  },
];
