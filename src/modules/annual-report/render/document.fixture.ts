/**
 * A report document with known figures for the renderers' tests (only tests import this): the
 * seeds' safety index of 2020 — 78.4 % of 1,000 respondents, Wilson interval published as
 * 75.7–80.9 %, goal 82 % — at the end of a five-year trend with a year without data and a suppressed
 * year; a census figure in days with a long breakdown (it must continue on a second page); a
 * figure too few contributed to (suppressed); an indicator of another material area, too close to call,
 * with its shares per partner as fractions; and none in human rights.
 */
import { registerModules } from '../../../app';
import type { ReportIndicator } from '../../../core/report';
import type { AnnualReportDocument } from '../annual-report.contract';

// The documents name material and focus areas with the indicators module's messages: registered here
// as the app and the CLI register them at start.
registerModules();

const safetyIndex = (language: 'sv' | 'en'): ReportIndicator => ({
  id: 'safety_index',
  name: language === 'sv' ? 'Trygghetsindex' : 'Safety index',
  value: 0.784,
  unit: 'fraction',
  n: 1000,
  ci_low: 0.757,
  ci_high: 0.809,
  target: 0.82,
  status: 'not met',
  sdg: [11, 3],
  material_area: 'sustainable_neighbourhoods',
  suppressed: false,
  suppressed_reason: null,
  breakdowns: [],
  focus_area: 'trygghet',
  higher_is_better: true,
  definition:
    language === 'sv'
      ? 'Andel svarande som tycker att tryggheten är bra eller mycket bra.'
      : 'Share of respondents who find safety good or very good.',
  trend: [
    { year: 2016, value: 0.74, ci_low: 0.65, ci_high: 0.82, target: null, suppressed: false },
    { year: 2017, value: 0.76, ci_low: 0.67, ci_high: 0.83, target: null, suppressed: false },
    { year: 2018, value: null, ci_low: null, ci_high: null, target: 0.8, suppressed: false },
    { year: 2019, value: null, ci_low: null, ci_high: null, target: 0.82, suppressed: true },
    { year: 2020, value: 0.784, ci_low: 0.757, ci_high: 0.809, target: 0.82, suppressed: false },
  ],
});

/** 60 areas: more rows than one A4 page holds under the chart, so the table continues. */
const areaRows = Array.from({ length: 60 }, (_, k) => [`Område ${k + 1}`, 10 + (k % 7) + 0.5, 40 + k]);

const daysToClose = (language: 'sv' | 'en'): ReportIndicator => ({
  id: 'median_days_to_close',
  name: language === 'sv' ? 'Mediantid till avslutad åtgärd (dagar)' : 'Median days to close an action',
  value: 12,
  unit: 'days',
  n: 40,
  ci_low: null,
  ci_high: null,
  target: 14,
  status: 'met',
  sdg: [11],
  material_area: 'sustainable_neighbourhoods',
  suppressed: false,
  suppressed_reason: null,
  breakdowns: [
    {
      caption: language === 'sv' ? 'per område' : 'per area',
      columns: language === 'sv' ? ['Område', 'Dagar', 'Åtgärder'] : ['Area', 'Days', 'Actions'],
      units: ['text', 'days', 'count'],
      rows: [['=HYPERLINK("http://example.org")', 9.5, 3], ['Råby <östra>', null, 2], ...areaRows],
    },
  ],
  focus_area: 'trygghet',
  higher_is_better: false,
  definition:
    language === 'sv' ? 'Median av dagar från registrering till avslut.' : 'Median days from entry to close.',
  trend: [2016, 2017, 2018, 2019, 2020].map((year, k) => ({
    year,
    value: [15, 14.5, 13, 12.5, 12][k],
    ci_low: null,
    ci_high: null,
    target: 14,
    suppressed: false,
  })),
});

const estWeeks = (language: 'sv' | 'en'): ReportIndicator => ({
  id: 'est_weeks_reported_share',
  name:
    language === 'sv'
      ? 'Andel veckor med EST-rapport per aktör'
      : 'Share of weeks with an EST report per partner',
  value: 0.47,
  unit: 'fraction',
  n: 52,
  ci_low: 0.33,
  ci_high: 0.61,
  target: 0.5,
  status: 'too close to call',
  sdg: [11, 16],
  material_area: 'good_community_actor',
  suppressed: false,
  suppressed_reason: null,
  breakdowns: [
    {
      caption: language === 'sv' ? 'per aktör' : 'per partner',
      columns:
        language === 'sv'
          ? ['Aktör', 'Veckor rapporterade', 'Veckor', 'Andel']
          : ['Partner', 'Weeks reported', 'Weeks', 'Share'],
      units: ['text', 'count', 'count', 'fraction'],
      // 24 of 52 weeks = 0.4615…, published to whole points (52 < 100): 0.46; 52 of 52 = 1.
      rows: [
        ['Polisen', 24, 52, 0.46],
        ['Räddningstjänsten', 52, 52, 1],
      ],
    },
  ],
  focus_area: 'partnership',
  higher_is_better: true,
  definition: language === 'sv' ? 'Veckor med rapport delat med veckor.' : 'Weeks with a report over weeks.',
  trend: [2016, 2017, 2018, 2019, 2020].map((year) => ({
    year,
    value: year === 2020 ? 0.47 : null,
    ci_low: year === 2020 ? 0.33 : null,
    ci_high: year === 2020 ? 0.61 : null,
    target: year === 2020 ? 0.5 : null,
    suppressed: false,
  })),
});

/** A figure the publication layer hides: too few exits to show. */
const jobOutcome = (language: 'sv' | 'en'): ReportIndicator => ({
  id: 'job_outcome_rate',
  name: language === 'sv' ? 'Andel avslut till arbete (Jobbpunkt)' : 'Share of exits to work (Jobbpunkt)',
  value: null,
  unit: 'fraction',
  n: null,
  ci_low: null,
  ci_high: null,
  target: 0.7,
  status: null,
  sdg: [8, 10],
  material_area: 'sustainable_neighbourhoods',
  suppressed: true,
  suppressed_reason: 'small_group',
  breakdowns: [],
  focus_area: 'arbete',
  higher_is_better: true,
  definition: language === 'sv' ? 'Avslut till arbete delat med avslut.' : 'Exits to work over exits.',
  trend: [2016, 2017, 2018, 2019, 2020].map((year) => ({
    year,
    value: null,
    ci_low: null,
    ci_high: null,
    target: 0.7,
    suppressed: true,
  })),
});

/** The document in a language; the figures are the same in both. */
export function fixtureDocument(language: 'sv' | 'en'): AnnualReportDocument {
  const sv = language === 'sv';
  return {
    year: 2020,
    organisation: 'Demobostäder i Västerås AB',
    language,
    indicators: [safetyIndex(language), daysToClose(language), estWeeks(language), jobOutcome(language)],
    generated_at: '2021-01-31T23:30:00.000Z',
    material_areas: [
      {
        material_area: 'sustainable_neighbourhoods',
        name: sv ? 'Hållbara stadsdelar' : 'Sustainable neighbourhoods',
        body: sv
          ? 'Tryggheten ökade i trapphusen.\n\nKvällarna drar ner indexet.'
          : 'Safety rose in the stairwells.\n\nEvenings pull the index down.',
        written_by: 'Anna Berg',
        written_at: '2021-01-15T09:00:00.000Z',
      },
    ],
    gri_index: [
      {
        disclosure: 'GRI 413-1',
        title: sv
          ? 'Verksamheter med engagemang i lokalsamhället, konsekvensbedömningar och utvecklingsprogram'
          : 'Operations with local community engagement, impact assessments, and development programs',
        indicator_ids: ['safety_index'],
      },
    ],
  };
}
