/**
 * The situation picture on an area's or district's profile page: incidents per 1,000 households for
 * the year, counts by category, the EST grade of every week so far (a strip per area), the weeks
 * spent at each grade and the latest grade. The profile is for the housing company's own roles:
 * partners get nothing here (they have the compiled picture). The coordinator sees every report;
 * everyone else the place's cells of the organisation's protected table (published-incidents.ts,
 * whose members are the areas and the districts), the same figures the annual report gives.
 */

import {
  type AreaProfileSection,
  type AreaProfileSeries,
  type AreaProfileSource,
  canReadPlace,
  isDistrictRequest,
  profilePlace,
} from '../../core/area-profile';
import type { Db } from '../../core/db/client';
import { publishRate } from '../../core/disclosure';
import { type Language, translate, translator } from '../../core/i18n/i18n';
import { areaNameMap, householdsByArea } from '../areas';
import { weeksOfPeriod } from './analysis.service';
import { loadCategories, loadLevels } from './config.service';
import { allIncidents, incidentYear } from './published-incidents';
import { situationPermissions as p, viewerOf } from './situation.policy';
import { shownGrades } from './week-rows';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

type Level = Awaited<ReturnType<typeof loadLevels>>[number];
type Grade = Awaited<ReturnType<typeof shownGrades>>[number];

/** The places' grades of the year's weeks, oldest first; others than the coordinator see compiled weeks. */
async function gradesOfYear(
  db: Db,
  org: string,
  areaIds: readonly string[],
  weeks: string[],
  coordinator: boolean,
) {
  const rows = await shownGrades(db, org, weeks, coordinator);
  const inPlace = new Set(areaIds);
  return rows.filter((r) => inPlace.has(r.areaId)).sort((a, b) => a.week.localeCompare(b.week));
}

/** One area's strip: a cell per week of the year so far, its grade as number, name and colour (none: no grade). */
function gradeStrip(
  key: string,
  label: string,
  weeks: string[],
  grades: Grade[],
  levels: Level[],
  levelName: (level: number) => string,
): AreaProfileSeries {
  return {
    key,
    label,
    unit: 'count',
    kind: 'strip',
    summary: true,
    points: weeks.map((week) => {
      const grade = grades.find((g) => g.week === week && g.areaId === key);
      const level = grade ? levels.find((l) => l.level === grade.level) : undefined;
      return grade
        ? { period: week, value: grade.level, text: levelName(grade.level), colour: level?.colour }
        : { period: week, value: null };
    }),
  };
}

export const situationAreaProfile: AreaProfileSource = async ({ db, config }, request) => {
  const { actor, year } = request;
  if (actor.role === 'partner' || !canReadPlace(actor, p['situation.read'], request)) return null;
  const { member, areaIds } = profilePlace(request);
  const district = isDistrictRequest(request);
  const viewer = await viewerOf(db, actor);
  const org = actor.organisationId;
  const weeks = weeksOfPeriod(`${year}-01-01`, `${year}-12-31`, config.clock());
  const [households, names, categories, levels, figures, grades] = await Promise.all([
    householdsByArea(db, org),
    areaNameMap(db, org),
    loadCategories(db, org),
    loadLevels(db, org),
    incidentYear(db, org, year, viewer),
    gradesOfYear(db, org, areaIds, weeks, viewer.coordinator),
  ]);
  const lang = actor.language;
  const t = translator(lang, 'situation:profile', { year });
  const number = (n: number, digits = 0) =>
    n.toLocaleString(locales[lang], { maximumFractionDigits: digits });
  const hh = areaIds.reduce((sum, id) => sum + (households.get(id) ?? 0), 0);
  // The place's own cell (an area or a district of the protected table), never a sum of its areas'.
  const incidents = figures.figure(member, allIncidents, String(year));
  const levelName = (level: number) => {
    const l = levels.find((x) => x.level === level);
    return l ? `${l.level} ${lang === 'en' ? l.nameEn : l.nameSv}` : String(level);
  };
  const latest = grades.at(-1) ?? null;
  const byCategory = categories
    .map((c) => ({ category: c, ...figures.figure(member, c.id, String(year)) }))
    .filter((f) => f.count !== 0);
  const strips = areaIds.map((id) => gradeStrip(id, names.get(id) ?? id, weeks, grades, levels, levelName));
  const stripLabel = translate(lang, 'areas:profile.gradesPerWeek', { year });

  const section: AreaProfileSection = {
    module: 'situation',
    title: t('title'),
    figures: [
      {
        label: t('per1000'),
        // Unrounded: core's publishFigure rounds it; hidden, it carries neither value nor count.
        value: incidents.count === null || hh === 0 ? null : (incidents.count / hh) * 1000,
        unit: 'per_1000',
        suppressed: incidents.hidden !== null,
        reason: incidents.hidden,
        summary: true,
        indicatorId: 'incidents_per_1000_households',
        note:
          incidents.count === null
            ? t('hidden')
            : t('per1000Note', { incidents: number(incidents.count), households: number(hh) }),
      },
      // A district has no grade of its own: each of its areas has a strip.
      ...(district
        ? []
        : [
            {
              label: t('latestGrade'),
              value: latest?.level ?? null,
              unit: 'count' as const,
              note: latest
                ? t('latestGradeNote', { level: levelName(latest.level), week: latest.week })
                : t('noGrade'),
            },
          ]),
    ],
    series: district ? strips : strips.map((s) => ({ ...s, label: stripLabel })),
    tables: [
      {
        caption: t('byCategory'),
        columns: [t('category'), t('count'), t('per1000')],
        rows: byCategory.map(({ category, count }) => {
          const rate = publishRate(count, hh);
          return [
            lang === 'en' ? category.nameEn : category.nameSv,
            count,
            rate === null ? null : number(rate, 1),
          ];
        }),
      },
      {
        caption: t('weeksPerGrade', { weeks: grades.length }),
        columns: [t('grade'), t('weeks')],
        rows: levels.map((l) => [levelName(l.level), grades.filter((g) => g.level === l.level).length]),
      },
    ],
  };
  if (figures.restricted === 'protected') section.figures[0].note += ` ${t('restrictedProtected')}`;
  return section;
};
