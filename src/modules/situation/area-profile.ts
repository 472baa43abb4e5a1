/**
 * The situation picture on an area's profile page: incidents per 1,000 households for the year,
 * counts by category, the weeks spent at each grade and the latest grade. The profile is for the
 * housing company's own roles: partners get nothing here (they have the compiled picture), and
 * restricted reports are counted only for the coordinator.
 */
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AreaProfileSection, AreaProfileSource } from '../../core/area-profile';
import { can } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { type Language, translator } from '../../core/i18n/i18n';
import { weeksOfPeriod } from './analysis.service';
import { householdsByArea, loadCategories, loadLevels } from './config.service';
import { compiledWeeks } from './picture.service';
import { countedFor, situationPermissions as p, type Viewer, viewerOf } from './situation.policy';
import { incidentReports, weeklyGrades } from './situation.table';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

async function categoryCounts(db: Db, organisationId: string, areaId: string, year: number, viewer: Viewer) {
  return db
    .select({ categoryId: incidentReports.categoryId, n: sql<number>`sum(${incidentReports.count})::int` })
    .from(incidentReports)
    .where(
      and(
        eq(incidentReports.organisationId, organisationId),
        eq(incidentReports.areaId, areaId),
        gte(incidentReports.date, `${year}-01-01`),
        lte(incidentReports.date, `${year}-12-31`),
        countedFor(viewer),
      ),
    )
    .groupBy(incidentReports.categoryId);
}

/** The area's grades of the year's weeks, oldest first; others than the coordinator see compiled weeks. */
async function gradesOfYear(
  db: Db,
  organisationId: string,
  areaId: string,
  year: number,
  coordinator: boolean,
) {
  const weeks = weeksOfPeriod(`${year}-01-01`, `${year}-12-31`);
  if (!weeks.length) return [];
  const rows = await db
    .select({ week: weeklyGrades.week, level: weeklyGrades.level })
    .from(weeklyGrades)
    .where(
      and(
        eq(weeklyGrades.organisationId, organisationId),
        eq(weeklyGrades.areaId, areaId),
        inArray(weeklyGrades.week, weeks),
      ),
    );
  const shown = coordinator ? null : await compiledWeeks(db, organisationId, weeks);
  return rows.filter((r) => !shown || shown.has(r.week)).sort((a, b) => a.week.localeCompare(b.week));
}

export const situationAreaProfile: AreaProfileSource = async ({ db }, { actor, areaId, year }) => {
  if (actor.role === 'partner' || !can(actor, p['situation.read'], areaId)) return null;
  const viewer = await viewerOf(db, actor);
  const org = actor.organisationId;
  const [households, categories, levels, counts, grades] = await Promise.all([
    householdsByArea(db, org),
    loadCategories(db, org),
    loadLevels(db, org),
    categoryCounts(db, org, areaId, year, viewer),
    gradesOfYear(db, org, areaId, year, viewer.coordinator),
  ]);
  const lang = actor.language;
  const t = translator(lang, 'situation:profile', { year });
  const number = (n: number, digits = 0) =>
    n.toLocaleString(locales[lang], { maximumFractionDigits: digits });
  const hh = households.get(areaId) ?? 0;
  const positive = new Set(categories.filter((c) => c.positive).map((c) => c.id));
  const incidents = counts.filter((c) => !positive.has(c.categoryId)).reduce((s, c) => s + c.n, 0);
  const per1000 = (n: number) => (hh > 0 ? (n / hh) * 1000 : null);
  const levelName = (level: number) => {
    const l = levels.find((x) => x.level === level);
    return l ? `${l.level} ${lang === 'en' ? l.nameEn : l.nameSv}` : String(level);
  };
  const latest = grades.at(-1) ?? null;
  const byCategory = new Map(counts.map((c) => [c.categoryId, c.n]));

  const section: AreaProfileSection = {
    module: 'situation',
    title: t('title'),
    figures: [
      {
        label: t('per1000'),
        value: per1000(incidents),
        unit: 'per_1000',
        note: t('per1000Note', { incidents: number(incidents), households: number(hh) }),
      },
      {
        label: t('latestGrade'),
        value: latest?.level ?? null,
        unit: 'count',
        note: latest
          ? t('latestGradeNote', { level: levelName(latest.level), week: latest.week })
          : t('noGrade'),
      },
    ],
    tables: [
      {
        caption: t('byCategory'),
        columns: [t('category'), t('count'), t('per1000')],
        rows: categories
          .filter((c) => byCategory.has(c.id))
          .map((c) => {
            const n = byCategory.get(c.id)!;
            const rate = per1000(n);
            return [lang === 'en' ? c.nameEn : c.nameSv, n, rate === null ? null : number(rate, 1)];
          }),
      },
      {
        caption: t('weeksPerGrade', { weeks: grades.length }),
        columns: [t('grade'), t('weeks')],
        rows: levels.map((l) => [levelName(l.level), grades.filter((g) => g.level === l.level).length]),
      },
    ],
  };
  if (!viewer.coordinator) section.figures[0].note += ` ${t('restrictedExcluded')}`;
  return section;
};
