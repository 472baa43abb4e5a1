import type { Db } from '../../core/db/client';
import { organisationMember, publishRate } from '../../core/disclosure';
import { type Breakdowns, shareCell } from '../../core/indicators';
import { householdsByArea } from '../areas';
import { periodRange, weeksOfPeriod } from './analysis.service';
import { loadAreas, loadCategories, loadLevels } from './config.service';
import { allIncidents, type IncidentFigure, incidentYear } from './published-incidents';
import { weeksReportedIn } from './reporting-weeks';
import { shownGrades } from './week-rows';

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

/**
 * The year's areas for a public document: ordered by the published incidents per 1,000 households
 * (the organisation's protected table, as every non-restricted role sees it; a hidden figure last),
 * each with its weeks per grade over the compiled weeks started by `today`. Neither the order nor
 * the grades may come from the coordinator's view: restricted reports would rank the areas, and a
 * week not yet compiled is the coordinator's work in progress.
 */
async function gradedAreas(db: Db, organisationId: string, year: number, weeks: string[]) {
  const [areaRows, households, incidents, grades] = await Promise.all([
    loadAreas(db, organisationId),
    householdsByArea(db, organisationId),
    incidentYear(db, organisationId, year, null),
    shownGrades(db, organisationId, weeks, false),
  ]);
  const per1000 = (areaId: string) =>
    publishRate(incidents.figure(areaId, allIncidents, String(year)).count, households.get(areaId) ?? 0);
  return areaRows
    .map((area) => {
      const weeksAtLevel: Record<string, number> = {};
      for (const g of grades)
        if (g.areaId === area.id) weeksAtLevel[g.level] = (weeksAtLevel[g.level] ?? 0) + 1;
      return { name: area.name, per1000: per1000(area.id), weeksAtLevel };
    })
    .sort((a, b) => (b.per1000 ?? -1) - (a.per1000 ?? -1) || a.name.localeCompare(b.name, 'sv'));
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
  const { from, to } = periodRange(year, 'year');
  const weeks = weeksOfPeriod(from, to, today);
  const [reporting, levels, areas] = await Promise.all([
    weeksReportedIn(db, organisationId, weeks),
    loadLevels(db, organisationId),
    gradedAreas(db, organisationId, year, weeks),
  ]);
  return [
    {
      caption: w.perPartner,
      columns: [w.partner, w.weeksReported, w.weeks, w.share],
      units: ['text', 'count', 'count', 'fraction'],
      rows: reporting.partners.map((p) => [p.name, p.weeks, p.of, shareCell(p.weeks, p.of)]),
    },
    {
      caption: w.perGrade,
      columns: [w.area, ...levels.map((l) => `${l.level} ${language === 'en' ? l.nameEn : l.nameSv}`)],
      units: ['text', ...levels.map(() => 'count' as const)],
      rows: areas.map((area) => [area.name, ...levels.map((l) => area.weeksAtLevel[l.level] ?? 0)]),
    },
  ];
}) satisfies Breakdowns;
