import { systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import type { Language } from '../../core/i18n/i18n';
import type { FigureTable } from '../../core/indicators';
import { analysis } from './analysis.service';

const words = {
  sv: {
    perArea: 'per område',
    perCategory: 'per kategori (positiva händelser räknas inte in)',
    perPartner: 'per aktör',
    perGrade: 'veckor per gradering och område',
    area: 'Område',
    households: 'Hushåll',
    incidents: 'Händelser',
    per1000: 'Per 1 000 hushåll',
    previousYear: 'Händelser året före',
    category: 'Kategori',
    partner: 'Aktör',
    weeksReported: 'Veckor rapporterade',
    weeks: 'Veckor',
    share: 'Andel (%)',
  },
  en: {
    perArea: 'per area',
    perCategory: 'per category (positive events not counted)',
    perPartner: 'per partner',
    perGrade: 'weeks per grade and area',
    area: 'Area',
    households: 'Households',
    incidents: 'Incidents',
    per1000: 'Per 1,000 households',
    previousYear: 'Incidents the year before',
    category: 'Category',
    partner: 'Partner',
    weeksReported: 'Weeks reported',
    weeks: 'Weeks',
    share: 'Share (%)',
  },
} as const;

const oneDecimal = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** The year's EST figures for the annual report, seen as the coordinator sees them (all reports). */
async function yearAnalysis(db: Db, organisationId: string, year: number, language: Language) {
  const actor = { ...systemActor(organisationId, 'annual-report'), language };
  return analysis({ db }, actor, year, 'year');
}

/** Incidents per 1,000 households broken down per area and per category. */
export async function incidentBreakdowns(
  db: Db,
  organisationId: string,
  year: number,
  language: Language,
): Promise<FigureTable[]> {
  const w = words[language];
  const a = await yearAnalysis(db, organisationId, year, language);
  const households = a.areas.reduce((s, area) => s + area.households, 0);
  return [
    {
      caption: w.perArea,
      columns: [w.area, w.households, w.incidents, w.per1000, w.previousYear],
      rows: a.areas.map((area) => [
        area.name,
        area.households,
        area.incidents,
        oneDecimal(area.per1000),
        area.previousIncidents,
      ]),
    },
    {
      caption: w.perCategory,
      columns: [w.category, w.incidents, w.per1000],
      rows: a.categories
        .filter((c) => !c.positive)
        .map((c) => [c.name, c.count, households > 0 ? oneDecimal((c.count / households) * 1000) : null]),
    },
  ];
}

/** Weeks reported per partner, and weeks at each grade per area. */
export async function reportingBreakdowns(
  db: Db,
  organisationId: string,
  year: number,
  language: Language,
): Promise<FigureTable[]> {
  const w = words[language];
  const a = await yearAnalysis(db, organisationId, year, language);
  return [
    {
      caption: w.perPartner,
      columns: [w.partner, w.weeksReported, w.weeks, w.share],
      rows: a.partners.map((p) => [
        p.name,
        p.weeks,
        p.of,
        p.of > 0 ? oneDecimal((p.weeks / p.of) * 100) : null,
      ]),
    },
    {
      caption: w.perGrade,
      columns: [w.area, ...a.levels.map((l) => `${l.level} ${language === 'en' ? l.nameEn : l.nameSv}`)],
      rows: a.areas.map((area) => [area.name, ...a.levels.map((l) => area.weeksAtLevel[l.level] ?? 0)]),
    },
  ];
}
