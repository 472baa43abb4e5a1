/**
 * Every word the report's documents print, in Swedish and English: a document is in its own
 * language throughout (`document.language`), so no text here is shared between the two. The JSON
 * keeps the contract's English codes (status `met`, unit `fraction`); these are only what a reader sees.
 * The framework's material and focus area names are the indicators module's (its i18n messages, which
 * every module's registration hands to core), not repeated here.
 */
import type { HiddenReason } from '../../../core/disclosure';
import { translate } from '../../../core/i18n/i18n';
import type { TargetStatus } from '../../../core/statistics';
import type { ReportLanguage } from '../annual-report.contract';
import { materialAreaName } from '../texts.service';

export type { ReportLanguage };

export type ReportLabels = {
  /** The document's title: "Hållbarhetsredovisning 2025". */
  title: (year: number) => string;
  generatedAt: (date: string) => string;
  contents: string;
  /** "Skrivet av Anna Berg, 30 november 2025". */
  writtenBy: (name: string, date: string | null) => string;
  noText: string;
  noIndicators: string;
  value: (year: number) => string;
  interval: string;
  n: string;
  target: string;
  status: string;
  noTarget: string;
  focusArea: string;
  acrossFocusAreas: string;
  sdg: string;
  definition: string;
  polarity: (higherIsBetter: boolean) => string;
  statusRule: string;
  howComputed: string;
  traceLink: string;
  trendCaption: (from: number, to: number) => string;
  /** Words of the charts' text alternative. */
  chartTarget: string;
  chartValue: string;
  chartInterval: string;
  noFigure: string;
  notShown: string;
  year: string;
  statusWords: Record<TargetStatus, string>;
  withheld: Record<HiddenReason, string>;
  /** The unit after a figure ("12 dagar"); empty where the number says it (counts, per cent). */
  unitSuffix: Record<string, string>;
  /** The unit named in a table heading. */
  unitName: Record<string, string>;
  gri: {
    heading: string;
    intro: string;
    disclosure: string;
    title: string;
    indicators: string;
    none: string;
  };
  pageLabel: (page: number, pages: number) => string;
  xlsx: {
    figures: string;
    trend: string;
    gri: string;
    columns: {
      id: string;
      name: string;
      year: string;
      unit: string;
      value: string;
      n: string;
      ciLow: string;
      ciHigh: string;
      target: string;
      status: string;
      suppressed: string;
      materialArea: string;
      focusArea: string;
      sdg: string;
    };
  };
};

const sv: ReportLabels = {
  title: (year) => `Hållbarhetsredovisning ${year}`,
  generatedAt: (date) => `Framtagen ${date}`,
  contents: 'Innehåll',
  writtenBy: (name, date) => `Skrivet av ${name}${date ? `, ${date}` : ''}`,
  noText: 'Ingen text är skriven för året.',
  noIndicators: 'Inga indikatorer redovisas här för året.',
  value: (year) => `Värde ${year}`,
  interval: '95 % konfidensintervall',
  n: 'Antal bakom siffran (n)',
  target: 'Mål',
  status: 'Status',
  noTarget: 'inget mål satt',
  focusArea: 'Fokusområde',
  acrossFocusAreas: 'alla fokusområden',
  sdg: 'Globala mål',
  definition: 'Definition',
  polarity: (higher) => (higher ? 'Ett högre värde är bättre.' : 'Ett lägre värde är bättre.'),
  statusRule:
    'Uppnått när hela 95 %-intervallet ligger på rätt sida om målet, ej uppnått när hela intervallet ligger på fel sida, för osäkert för att avgöra när intervallet korsar målet. Utan intervall jämförs det publicerade värdet med målet.',
  howComputed: 'Hur siffran räknats',
  traceLink: 'Visa beräkningen steg för steg',
  trendCaption: (from, to) => `Utveckling ${from}–${to} mot målet`,
  chartTarget: 'mål',
  chartValue: 'värde',
  chartInterval: '95 % konfidensintervall',
  noFigure: 'uppgift saknas',
  notShown: 'visas inte',
  year: 'År',
  statusWords: {
    met: 'uppnått',
    'not met': 'ej uppnått',
    'too close to call': 'för osäkert för att avgöra',
  },
  withheld: {
    small_group: 'visas inte: för få svar',
    protects_another: 'visas inte: skyddar en annan liten grupp',
  },
  unitSuffix: {
    fraction: '',
    count: '',
    days: ' dagar',
    hours: ' timmar',
    per_1000: ' per 1 000',
    sek: ' kr',
  },
  unitName: {
    fraction: 'andel',
    count: 'antal',
    days: 'dagar',
    hours: 'timmar',
    per_1000: 'per 1 000 hushåll',
    sek: 'kronor',
  },
  gri: {
    heading: 'GRI-index',
    intro: 'Upplysningar enligt GRI-standarderna som redovisningens indikatorer besvarar.',
    disclosure: 'Upplysning',
    title: 'Rubrik',
    indicators: 'Indikatorer',
    none: 'Redovisningen innehåller ännu inga indikatorer som besvarar en GRI-upplysning.',
  },
  pageLabel: (page, pages) => `Sida ${page} av ${pages}`,
  xlsx: {
    figures: 'Siffror',
    trend: 'Utveckling',
    gri: 'GRI-index',
    columns: {
      id: 'id',
      name: 'Indikator',
      year: 'År',
      unit: 'Enhet',
      value: 'Värde',
      n: 'n',
      ciLow: 'KI nedre',
      ciHigh: 'KI övre',
      target: 'Mål',
      status: 'Status',
      suppressed: 'Visas inte',
      materialArea: 'Väsentligt område',
      focusArea: 'Fokusområde',
      sdg: 'Globala mål',
    },
  },
};

const en: ReportLabels = {
  title: (year) => `Sustainability report ${year}`,
  generatedAt: (date) => `Produced ${date}`,
  contents: 'Contents',
  writtenBy: (name, date) => `Written by ${name}${date ? `, ${date}` : ''}`,
  noText: 'No text has been written for the year.',
  noIndicators: 'No indicators are reported here for the year.',
  value: (year) => `Value ${year}`,
  interval: '95 % confidence interval',
  n: 'Count behind the figure (n)',
  target: 'Target',
  status: 'Status',
  noTarget: 'no target set',
  focusArea: 'Focus area',
  acrossFocusAreas: 'all focus areas',
  sdg: 'SDGs',
  definition: 'Definition',
  polarity: (higher) => (higher ? 'A higher value is better.' : 'A lower value is better.'),
  statusRule:
    'Met when the whole 95 % interval lies on the right side of the target, not met when the whole interval lies on the wrong side, too close to call when the interval crosses the target. Without an interval the published value is compared with the target.',
  howComputed: 'How this figure was computed',
  traceLink: 'Show the computation step by step',
  trendCaption: (from, to) => `Trend ${from}–${to} against the target`,
  chartTarget: 'target',
  chartValue: 'value',
  chartInterval: '95 % confidence interval',
  noFigure: 'no figure',
  notShown: 'not shown',
  year: 'Year',
  statusWords: { met: 'met', 'not met': 'not met', 'too close to call': 'too close to call' },
  withheld: {
    small_group: 'not shown: too few responses',
    protects_another: 'not shown: protects another small group',
  },
  unitSuffix: {
    fraction: '',
    count: '',
    days: ' days',
    hours: ' hours',
    per_1000: ' per 1,000',
    sek: ' SEK',
  },
  unitName: {
    fraction: 'share',
    count: 'count',
    days: 'days',
    hours: 'hours',
    per_1000: 'per 1,000 households',
    sek: 'SEK',
  },
  gri: {
    heading: 'GRI content index',
    intro: "Disclosures of the GRI Standards that the report's indicators answer.",
    disclosure: 'Disclosure',
    title: 'Title',
    indicators: 'Indicators',
    none: 'The report holds no indicator yet that answers a GRI disclosure.',
  },
  pageLabel: (page, pages) => `Page ${page} of ${pages}`,
  xlsx: {
    figures: 'Figures',
    trend: 'Trend',
    gri: 'GRI index',
    columns: {
      id: 'id',
      name: 'Indicator',
      year: 'Year',
      unit: 'Unit',
      value: 'Value',
      n: 'n',
      ciLow: 'CI low',
      ciHigh: 'CI high',
      target: 'Target',
      status: 'Status',
      suppressed: 'Not shown',
      materialArea: 'Material area',
      focusArea: 'Focus area',
      sdg: 'SDGs',
    },
  },
};

const byLanguage: Record<ReportLanguage, ReportLabels> = { sv, en };

/** The labels of the report's language. */
export const labelsFor = (language: ReportLanguage): ReportLabels => byLanguage[language];

/** A material area's name: the framework's, as the indicators module words it (its i18n). */
export { materialAreaName };

/** A focus area's name, from the same source; its code when the framework has no name for it. */
export const focusAreaName = (focusArea: string, language: ReportLanguage): string =>
  translate(language, `indicators:focusAreas.${focusArea}`, { defaultValue: focusArea });
