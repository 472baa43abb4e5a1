import { systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationMember, publishRate } from '../../core/disclosure';
import type { Language } from '../../core/i18n/i18n';
import { type Breakdowns, shareCell } from '../../core/indicators';
import { householdsByArea } from '../areas';
import { analysis } from './analysis.service';
import { loadAreas, loadCategories } from './config.service';

import { allIncidents, type IncidentFigure, incidentYear } from './published-incidents';

const words = {
  sv: {
    perArea: 'per område (tom cell: dold så att ingen sekretessbelagd polisrapport kan räknas fram)',
    perCategory:
      'per kategori (positiva händelser räknas inte in; tom cell: dold så att ingen sekretessbelagd polisrapport kan räknas fram)',
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
    share: 'Andel',
  },
  en: {
    perArea: 'per area (empty cell: hidden so that no police-restricted report can be worked out)',
    perCategory:
      'per category (positive events not counted; empty cell: hidden so that no police-restricted report can be worked out)',
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
    share: 'Share',
  },
} as const;

/** The year's EST figures for the annual report, as the system sees them (every report, for the grades). */
async function yearAnalysis(db: Db, organisationId: string, year: number, language: Language, today: Date) {
  const actor = { ...systemActor(organisationId, 'annual-report'), language };
  return analysis({ db }, actor, year, 'year', today);
}

/** A count cell of the report: the number, or null when the publication layer hides it. */
const countCell = (f: IncidentFigure) => f.count;

/**
 * Incidents per 1,000 households broken down per area and per category. The report is a public
 * document: its counts come from the organisation's protected table (restricted reports included
 * only where none of them can be worked out), the same cells every non-restricted role sees.
 */
export const incidentBreakdowns: Breakdowns = async (db, organisationId, year, language = 'sv') => {
  const w = words[language];
  const [areaRows, households, categories, now, before] = await Promise.all([
    loadAreas(db, organisationId),
    householdsByArea(db, organisationId),
    loadCategories(db, organisationId),
    incidentYear(db, organisationId, year, null),
    incidentYear(db, organisationId, year - 1, null),
  ]);
  const [thisYear, lastYear] = [String(year), String(year - 1)];
  const total = [...households.values()].reduce((s, n) => s + n, 0);
  return [
    {
      caption: w.perArea,
      columns: [w.area, w.households, w.incidents, w.per1000, w.previousYear],
      units: ['text', 'count', 'count', 'per_1000', 'count'],
      rows: areaRows.map((area) => {
        const hh = households.get(area.id) ?? 0;
        const incidents = now.figure(area.id, allIncidents, thisYear);
        return [
          area.name,
          hh,
          countCell(incidents),
          publishRate(incidents.count, hh),
          countCell(before.figure(area.id, allIncidents, lastYear)),
        ];
      }),
    },
    {
      caption: w.perCategory,
      columns: [w.category, w.incidents, w.per1000],
      units: ['text', 'count', 'per_1000'],
      rows: categories
        .filter((c) => !c.positive)
        .map((c) => {
          const incidents = now.figure(organisationMember, c.id, thisYear);
          return [
            language === 'en' ? c.nameEn : c.nameSv,
            countCell(incidents),
            publishRate(incidents.count, total),
          ];
        }),
    },
  ];
};

/** Weeks reported per partner, and weeks at each grade per area, over the weeks started by `today`. */
export const reportingBreakdowns = (async (db, organisationId, year, language = 'sv', today = new Date()) => {
  const w = words[language];
  const a = await yearAnalysis(db, organisationId, year, language, today);
  return [
    {
      caption: w.perPartner,
      columns: [w.partner, w.weeksReported, w.weeks, w.share],
      units: ['text', 'count', 'count', 'fraction'],
      rows: a.partners.map((p) => [p.name, p.weeks, p.of, shareCell(p.weeks, p.of)]),
    },
    {
      caption: w.perGrade,
      columns: [w.area, ...a.levels.map((l) => `${l.level} ${language === 'en' ? l.nameEn : l.nameSv}`)],
      units: ['text', ...a.levels.map(() => 'count' as const)],
      rows: a.areas.map((area) => [area.name, ...a.levels.map((l) => area.weeksAtLevel[l.level] ?? 0)]),
    },
  ];
}) satisfies Breakdowns;
