/**
 * The working-life indicators of the annual report (their ids are a public contract): the women's
 * share of each GRI 405-1 body, and the work environment's yearly figures. Each reads this module's
 * tables and hands its value to the report, which publishes it (figures.ts).
 */

import { translate } from '../../core/i18n/i18n';
import type { FigureTable, IndicatorDefinition, IndicatorValue } from '../../core/indicators';
import { censusValue } from '../../core/indicators';
import { enteredShareValue, type Headcount, totalOf, womenShareValue } from './figures';
import type { KnownBody } from './working-life.contract';
import { storedHeadcount, storedWorkEnvironment } from './working-life.store';

const workingLife = {
  materialArea: 'sustainable_working_life',
  frequency: 'yearly',
  owner: 'hr',
} as const;

/** The body's women, men and others of the year as a small table of the report, in its language. */
function headcountTable(
  body: KnownBody,
  year: number,
  headcount: Headcount,
  language: 'sv' | 'en',
): FigureTable {
  const word = (key: string) => translate(language, `working-life:report.${key}`);
  return {
    caption: translate(language, 'working-life:report.caption', {
      body: translate(language, `working-life:bodies.${body}`),
      year,
    }),
    columns: [word('body'), word('women'), word('men'), word('other'), word('total')],
    units: ['text', 'count', 'count', 'count', 'count'],
    rows: [
      [
        translate(language, `working-life:bodies.${body}`),
        headcount.women,
        headcount.men,
        headcount.other,
        totalOf(headcount),
      ],
    ],
  };
}

type ShareSpec = {
  body: KnownBody;
  name: { sv: string; en: string };
  sdg: number[];
  sdgTargets: string[];
};

/** women / (women + men + other) of one body in a year (GRI 405-1). */
function womenShareIndicator({ body, name, sdg, sdgTargets }: ShareSpec): IndicatorDefinition {
  return {
    id: `women_share_${body}`,
    name,
    unit: 'fraction',
    sdg,
    sdgTargets,
    ...workingLife,
    focusArea: 'equality',
    // Below parity a higher share is the better one; a goal (at least 40 %, say) is a floor.
    higherIsBetter: true,
    definition: {
      sv: 'Kvinnor / (kvinnor + män + annat) i gruppen vid årets räkning (GRI 405-1). En totalräkning vars antal är offentliga: inget intervall, ingen gräns för små grupper.',
      en: "Women / (women + men + other) in the body at the year's count (GRI 405-1). A census whose counts are public: no interval, no small-group threshold.",
    },
    compute: async (db, organisationId, year, language = 'sv', _now, options) => {
      const headcount = await storedHeadcount(db, organisationId, year, body);
      const value = womenShareValue(headcount);
      if (!headcount || options?.breakdowns === false) return value;
      return { ...value, breakdowns: [headcountTable(body, year, headcount, language)] };
    },
  };
}

export const womenShareIndicators: IndicatorDefinition[] = [
  womenShareIndicator({
    body: 'company',
    name: { sv: 'Andel kvinnor i hela bolaget', en: "Women's share of the whole company" },
    sdg: [5, 8],
    sdgTargets: ['5.1', '8.5'],
  }),
  womenShareIndicator({
    body: 'management',
    name: { sv: 'Andel kvinnor i ledningsgruppen', en: "Women's share of the management team" },
    sdg: [5, 8],
    sdgTargets: ['5.5', '8.5'],
  }),
  womenShareIndicator({
    body: 'board',
    name: { sv: 'Andel kvinnor i styrelsen', en: "Women's share of the board" },
    sdg: [5],
    sdgTargets: ['5.5'],
  }),
  womenShareIndicator({
    body: 'managers',
    name: { sv: 'Andel kvinnor bland chefer', en: "Women's share of managers" },
    sdg: [5, 8],
    sdgTargets: ['5.5', '8.5'],
  }),
];

/** A figure of the year's work-environment entry; none without an entry. */
function workEnvironmentValue(
  pick: (row: NonNullable<Awaited<ReturnType<typeof storedWorkEnvironment>>>) => IndicatorValue,
): IndicatorDefinition['compute'] {
  return async (db, organisationId, year) => {
    const row = await storedWorkEnvironment(db, organisationId, year);
    return row ? pick(row) : censusValue(null, null);
  };
}

const workEnvironment = { ...workingLife, focusArea: 'work_environment', unit: 'fraction' } as const;

export const workEnvironmentIndicators: IndicatorDefinition[] = [
  {
    id: 'sick_leave_share',
    name: { sv: 'Sjukfrånvaro', en: 'Sick leave' },
    ...workEnvironment,
    sdg: [3, 8],
    sdgTargets: ['3.4', '8.8'],
    higherIsBetter: false,
    definition: {
      sv: 'Sjukfrånvarotimmar / ordinarie arbetstid för alla anställda under året, som personalavdelningen för in den från lönesystemet.',
      en: 'Sick-leave hours / scheduled working hours of all employees in the year, as HR enters it from the payroll system.',
    },
    compute: workEnvironmentValue((row) => enteredShareValue(row.sickLeaveShare)),
  },
  {
    id: 'health_promotion_promotive_share',
    name: {
      sv: 'Andel hälsofrämjande av friskvårdssatsningen',
      en: 'Promotive share of health-promotion spending',
    },
    ...workEnvironment,
    sdg: [3, 8],
    sdgTargets: ['3.4', '8.8'],
    higherIsBetter: true,
    definition: {
      sv: 'Hälsofrämjande (förebyggande) del av årets kostnader för hälsoarbete / hela kostnaden, hälsofrämjande plus rehabiliterande. 80/20-regeln siktar på 0,8.',
      en: "Promotive (preventive) part of the year's spending on health / the whole spending, promotive plus rehabilitative. The 80/20 rule aims at 0.8.",
    },
    compute: workEnvironmentValue((row) => enteredShareValue(row.promotiveShare)),
  },
  {
    id: 'iso45001_certified',
    name: { sv: 'Certifierat enligt ISO 45001', en: 'Certified to ISO 45001' },
    ...workEnvironment,
    sdg: [8],
    sdgTargets: ['8.8'],
    higherIsBetter: true,
    definition: {
      sv: 'Andel av verksamheten som omfattas av ett giltigt ISO 45001-certifikat under året (jfr GRI 403-8): 1 (100 %) när hela organisationen är certifierad, 0 när den inte är det.',
      en: 'Share of the operations covered by a valid ISO 45001 certificate in the year (cf. GRI 403-8): 1 (100 %) when the whole organisation is certified, 0 when it is not.',
    },
    compute: workEnvironmentValue((row) => censusValue(row.iso45001Certified ? 1 : 0, null)),
  },
];

export const workingLifeIndicators = [...womenShareIndicators, ...workEnvironmentIndicators];
