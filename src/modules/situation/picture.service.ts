import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/auth/access';
import { assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { householdsByArea, requireAreaInOrganisation } from '../areas';
import { presenceHoursPerWeek } from '../rounds';
import { loadAreas, loadCategories, loadLevels } from './config.service';
import { baselineWeeks } from './grading';
import { buildAreaPictures, type CountRow } from './picture-build';
import { loadPriorities } from './priorities.service';
import type { Picture } from './situation.contract';
import {
  countedFor,
  situationPermissions as p,
  seesRestricted,
  type Viewer,
  viewerOf,
} from './situation.policy';
import { incidentReports } from './situation.table';
import { previousWeeks, weekDays } from './week';
import { inWeeks, shownGrades } from './week-rows';
import { partnerReporting, weekState } from './weekly.service';

/** Counted reports (not merged) per area, category and week for a list of weeks. */
async function weeklyCounts(db: Db, organisationId: string, weeks: string[], viewer: Viewer) {
  return (await db
    .select({
      areaId: incidentReports.areaId,
      categoryId: incidentReports.categoryId,
      week: incidentReports.week,
      n: sql<number>`sum(${incidentReports.count})::int`,
    })
    .from(incidentReports)
    .where(inWeeks(incidentReports, organisationId, weeks, countedFor(viewer)))
    .groupBy(incidentReports.areaId, incidentReports.categoryId, incidentReports.week)) as CountRow[];
}

/** Grades of the weeks, keyed "week|areaId" (compiled weeks only for others than the coordinator). */
async function gradesOf(db: Db, organisationId: string, weeks: string[], coordinator: boolean) {
  const rows = await shownGrades(db, organisationId, weeks, coordinator);
  return new Map(rows.map((r) => [`${r.week}|${r.areaId}`, r]));
}

/** Presence hours per area of the week and the 12 weeks before, from the rounds module. */
async function presenceOf(db: Db, organisationId: string, week: string) {
  const from = weekDays(previousWeeks(week, baselineWeeks)[0]).first;
  return presenceHoursPerWeek(db, organisationId, { from, to: weekDays(week).last });
}

/** Grannskap's proposal for one area and week (used when a grade is set). */
export async function proposalFor(db: Db, actor: Actor, week: string, areaId: string) {
  await requireAreaInOrganisation(db, actor.organisationId, areaId);
  const viewer = await viewerOf(db, actor);
  const categories = await loadCategories(db, actor.organisationId);
  const levels = await loadLevels(db, actor.organisationId);
  const counts = await weeklyCounts(
    db,
    actor.organisationId,
    [...previousWeeks(week, baselineWeeks), week],
    viewer,
  );
  const [area] = buildAreaPictures({
    week,
    areas: [{ id: areaId, code: '', name: '', districtName: '', geometry: null }],
    households: new Map(),
    counts: counts.filter((c) => c.areaId === areaId),
    positiveCategories: new Set(categories.filter((c) => c.positive).map((c) => c.id)),
    grades: new Map(),
    presence: [],
    levels: levels.length,
  });
  return area.proposal;
}

/**
 * The situation picture of a week. The coordinator sees it while the week is being worked on;
 * everyone else once it is compiled. Restricted reports are counted only for those who may see them.
 */
export async function weekPicture({ db }: ServiceContext, actor: Actor, week: string): Promise<Picture> {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  const state = await weekState(db, actor.organisationId, week);
  const compiled = Boolean(state?.compiledAt);
  if (!compiled && !viewer.coordinator) {
    throw new AppError('not_compiled', { week }, 409, 'situation:errors.not_compiled');
  }
  const includesRestricted = seesRestricted(viewer);
  const weeks = [...previousWeeks(week, baselineWeeks), week];
  const [areaRows, households, categories, levels, counts, grades, presence] = await Promise.all([
    loadAreas(db, actor.organisationId, actor.areaIds),
    householdsByArea(db, actor.organisationId),
    loadCategories(db, actor.organisationId),
    loadLevels(db, actor.organisationId),
    weeklyCounts(db, actor.organisationId, weeks, viewer),
    gradesOf(db, actor.organisationId, weeks, viewer.coordinator),
    presenceOf(db, actor.organisationId, week),
  ]);
  const areas = buildAreaPictures({
    week,
    areas: areaRows,
    households,
    counts,
    positiveCategories: new Set(categories.filter((c) => c.positive).map((c) => c.id)),
    grades,
    presence,
    levels: levels.length,
  });
  const decided = await loadPriorities(db, actor.organisationId, 'decided', week, actor.areaIds);
  const openActions = await loadPriorities(db, actor.organisationId, 'open', week, actor.areaIds);
  const partners = await partnerReporting(db, actor.organisationId, week);
  return {
    week,
    compiled,
    includesRestricted,
    levels,
    categories,
    areas,
    hotspots: decided.filter((d) => d.kind === 'hotspot'),
    priorities: decided.filter((d) => d.kind === 'priority'),
    openActions,
    reporting: { partners: partners.length, reported: partners.filter((x) => x.reported).length },
  };
}
