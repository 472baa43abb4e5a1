/**
 * The year's social value as an indicator of the annual report (`social_value`, SEK): the protected
 * total of result.ts, and one breakdown row per valuation in force with every assumption beside its
 * value, so a reader of the report sees what the figure rests on. An organisation without valuations
 * has no figure (the module is optional).
 */

import { translate } from '../../core/i18n/i18n';
import { censusValue, type FigureTable, hiddenValue, type IndicatorDefinition } from '../../core/indicators';
import { programmeOutcomes } from './programme-outcomes';
import { socialValueOf } from './result';
import type { SocialValueResult } from './social-value.contract';
import { storedValuations } from './social-value.service';

function assumptionsTable(result: SocialValueResult, language: 'sv' | 'en'): FigureTable {
  const word = (key: string) => translate(language, `social-value:report.${key}`);
  return {
    caption: translate(language, 'social-value:report.caption', { year: result.year }),
    columns: [
      word('outcome'),
      word('programmes'),
      word('participants'),
      word('valuePerPersonYear'),
      word('deadweight'),
      word('attribution'),
      word('durationYears'),
      word('dropOff'),
      word('source'),
      word('value'),
    ],
    units: ['text', 'text', 'count', 'sek', 'fraction', 'fraction', 'number', 'fraction', 'text', 'sek'],
    rows: result.lines.map(({ valuation: v, programmes, participants, value }) => [
      v.label,
      programmes.join(', '),
      participants,
      v.valuePerPersonYear,
      v.deadweight,
      v.attribution,
      v.durationYears,
      v.dropOff,
      v.source,
      value === null ? null : Math.round(value),
    ]),
  };
}

export const socialValueIndicator: IndicatorDefinition = {
  id: 'social_value',
  name: { sv: 'Socialt värde av programmens utfall', en: "Social value of the programmes' outcomes" },
  unit: 'sek',
  sdg: [8],
  sdgTargets: ['8.5'],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'arbete',
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'analyst',
  definition: {
    sv: 'Summan över organisationens värderingar av deltagare som lämnade ett program under året med utfallet × värdet per person efter dödvikt, andras andel och avtagande över varaktigheten. Värdena är organisationens egna, med källa.',
    en: "The sum over the organisation's valuations of participants who left a programme in the year with the outcome × the value per person after deadweight, attribution and drop-off over the duration. The values are the organisation's own, with their sources.",
  },
  compute: async (db, organisationId, year, language = 'sv', _now, options) => {
    const valuations = await storedValuations(db, organisationId);
    const result = socialValueOf(valuations, await programmeOutcomes(db, organisationId, year), year);
    if (result.lines.length === 0) return censusValue(null, null);
    const value = result.total.suppressed
      ? hiddenValue(result.total.reason ?? 'small_group')
      : censusValue(result.total.value, null);
    if (options?.breakdowns === false) return value;
    return { ...value, breakdowns: [assumptionsTable(result, language)] };
  },
};
