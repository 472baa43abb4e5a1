/**
 * The pay survey's indicators (report ids are a public contract, docs/pay-survey.md): the gender pay
 * gap of means, of medians, adjusted, and in variable pay. Each is the published survey's figure —
 * already through the publication layer, so a hidden organisation (fewer than 5 women or men) gives
 * a hidden value — and the report publishes it again as a share (idempotent on a rounded figure).
 * A gap closer to 0 is better: lower is better, with a goal of 0 for the usual positive gap.
 */

import type { Language } from '../../core/i18n/i18n';
import {
  type FigureTable,
  hiddenValue,
  type IndicatorDefinition,
  type IndicatorValue,
} from '../../core/indicators';
import type { PublishedComparison, PublishedPaySurvey } from './pay-publication';
import { yearSurvey } from './pay-survey.data';

type Shared = Omit<IndicatorDefinition, 'id' | 'name' | 'definition' | 'compute'>;

const shared: Shared = {
  unit: 'fraction',
  sdg: [5, 8, 10],
  sdgTargets: ['5.1', '8.5', '10.3'],
  materialArea: 'sustainable_working_life',
  focusArea: 'fair_pay',
  higherIsBetter: false,
  // Women may earn more than men: a gap and its interval may be below 0.
  signed: true,
  frequency: 'yearly',
  owner: 'hr',
};

const both = (c: PublishedComparison) =>
  c.women.n === null || c.men.n === null ? null : c.women.n + c.men.n;

/** A published gap as the report's value: hidden with its reason, none without rows, else the figure. */
function gapValue(c: PublishedComparison, gap: number | null): IndicatorValue {
  if (c.reason) return hiddenValue(c.reason);
  return { value: gap, n: both(c), ciLow: null, ciHigh: null };
}

/** The equal-work table (published) as the report's breakdown of the organisation's gap. */
function equalWorkTable(published: PublishedPaySurvey, language: Language = 'sv'): FigureTable {
  const sv = language === 'sv';
  return {
    caption: sv ? 'Lika arbete: lönenivå per arbetsgrupp' : 'Equal work: pay level by work group',
    columns: sv
      ? ['Arbetsgrupp', 'Kvinnor, medel (kr)', 'Män, medel (kr)', 'Gap (medel)']
      : ['Work group', 'Women, mean (SEK)', 'Men, mean (SEK)', 'Gap (mean)'],
    units: ['text', 'sek', 'sek', 'fraction'],
    rows: published.workGroups.map((g) => [
      g.workGroup,
      g.basic.women.mean,
      g.basic.men.mean,
      g.basic.meanGap,
    ]),
  };
}

type PickValue = (p: PublishedPaySurvey, language?: Language) => IndicatorValue;

function payIndicator(
  id: string,
  name: IndicatorDefinition['name'],
  definition: IndicatorDefinition['definition'],
  pick: PickValue,
): IndicatorDefinition {
  return {
    ...shared,
    id,
    name,
    // The standard it reports against, said where a reader of the framework meets the figure.
    definition: { sv: `${definition.sv} GRI 405-2.`, en: `${definition.en} GRI 405-2.` },
    compute: async (db, organisationId, year, language) =>
      pick((await yearSurvey(db, organisationId, year)).published, language),
  };
}

export const payIndicators: IndicatorDefinition[] = [
  payIndicator(
    'gender_pay_gap',
    { sv: 'Lönegap mellan kvinnor och män (medel)', en: 'Gender pay gap (mean)' },
    {
      sv: '(Männens medellön − kvinnornas) / männens, av lönenivån (månadslön / sysselsättningsgrad) i årets lönekartläggning. n är kvinnor och män. Lägre är bättre; negativt: kvinnor tjänar mer.',
      en: "(Men's mean − women's) / men's, of the pay level (monthly salary / FTE) in the year's pay survey. n is women and men. Lower is better; negative: women earn more.",
    },
    (p, language) => ({
      ...gapValue(p.overall.basic, p.overall.basic.meanGap),
      // A year without rows, or a hidden organisation, has no table to show.
      ...(p.overall.basic.reason || !p.workGroups.length
        ? {}
        : { breakdowns: [equalWorkTable(p, language)] }),
    }),
  ),
  payIndicator(
    'gender_pay_gap_median',
    { sv: 'Lönegap mellan kvinnor och män (median)', en: 'Gender pay gap (median)' },
    {
      sv: '(Männens medianlön − kvinnornas) / männens, av lönenivån i årets lönekartläggning. n är kvinnor och män.',
      en: "(Men's median − women's) / men's, of the pay level in the year's pay survey. n is women and men.",
    },
    (p) => gapValue(p.overall.basic, p.overall.basic.medianGap),
  ),
  payIndicator(
    'gender_pay_gap_adjusted',
    { sv: 'Justerat lönegap', en: 'Adjusted gender pay gap' },
    {
      sv: '1 − exp(β) för kvinna i en regression av ln(lönenivå) på kön, arbetsvärderingsnivå, ålder och anställningstid, med 95 % intervall från robusta (HC1) standardfel.',
      en: '1 − exp(β) for woman in a regression of ln(pay level) on gender, job-value level, age and tenure, with a 95 % interval from robust (HC1) standard errors.',
    },
    ({ adjusted: a }) =>
      a.reason ? hiddenValue(a.reason) : { value: a.value, n: a.n, ciLow: a.low, ciHigh: a.high },
  ),
  payIndicator(
    'variable_pay_gap',
    { sv: 'Lönegap i rörlig lön', en: 'Variable pay gap' },
    {
      sv: '(Männens medel − kvinnornas) / männens, av rörliga och kompletterande lönedelar bland dem som fick några. n är de kvinnor och män som fick rörlig lön.',
      en: "(Men's mean − women's) / men's, of variable and complementary pay among those who received some. n is the women and men who received variable pay.",
    },
    (p) => gapValue(p.overall.variable, p.overall.variable.meanGap),
  ),
];
