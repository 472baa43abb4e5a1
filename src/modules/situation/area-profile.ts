/**
 * The situation picture on an area's profile page: incidents per 1,000 households for the year,
 * counts by category, the weeks spent at each grade and the latest grade. The profile is for the
 * housing company's own roles: partners get nothing here (they have the compiled picture). The
 * coordinator sees every report; everyone else the area's cells of the organisation's protected
 * table (published-incidents.ts), the same figures the annual report gives.
 */

import type { AreaProfileSection, AreaProfileSource } from '../../core/area-profile';
import { can } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { publishRate } from '../../core/disclosure';
import { type Language, translator } from '../../core/i18n/i18n';
import { householdsByArea } from '../areas';
import { weeksOfPeriod } from './analysis.service';
import { loadCategories, loadLevels } from './config.service';
import { allIncidents, incidentYear } from './published-incidents';
import { situationPermissions as p, viewerOf } from './situation.policy';
import { shownGrades } from './week-rows';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The area's grades of the year's weeks, oldest first; others than the coordinator see compiled weeks. */
async function gradesOfYear(
  db: Db,
  org: string,
  areaId: string,
  year: number,
  coordinator: boolean,
  now: Date,
) {
  const weeks = weeksOfPeriod(`${year}-01-01`, `${year}-12-31`, now);
  const rows = await shownGrades(db, org, weeks, coordinator, areaId);
  return rows.sort((a, b) => a.week.localeCompare(b.week));
}

export const situationAreaProfile: AreaProfileSource = async ({ db, config }, { actor, areaId, year }) => {
  if (actor.role === 'partner' || !can(actor, p['situation.read'], areaId)) return null;
  const viewer = await viewerOf(db, actor);
  const org = actor.organisationId;
  const [households, categories, levels, figures, grades] = await Promise.all([
    householdsByArea(db, org),
    loadCategories(db, org),
    loadLevels(db, org),
    incidentYear(db, org, year, viewer),
    gradesOfYear(db, org, areaId, year, viewer.coordinator, config.clock()),
  ]);
  const lang = actor.language;
  const t = translator(lang, 'situation:profile', { year });
  const number = (n: number, digits = 0) =>
    n.toLocaleString(locales[lang], { maximumFractionDigits: digits });
  const hh = households.get(areaId) ?? 0;
  const incidents = figures.figure(areaId, allIncidents, String(year));
  const levelName = (level: number) => {
    const l = levels.find((x) => x.level === level);
    return l ? `${l.level} ${lang === 'en' ? l.nameEn : l.nameSv}` : String(level);
  };
  const latest = grades.at(-1) ?? null;
  const byCategory = categories
    .map((c) => ({ category: c, ...figures.figure(areaId, c.id, String(year)) }))
    .filter((f) => f.count !== 0);

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
        note:
          incidents.count === null
            ? t('hidden')
            : t('per1000Note', { incidents: number(incidents.count), households: number(hh) }),
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
