import { asc, lte } from 'drizzle-orm';
import type { Actor } from '../../core/auth/access';
import { assertCan } from '../../core/auth/access';
import { areaScope } from '../../core/db/scope';
import { roundShare } from '../../core/disclosure';
import type { FocusArea } from '../../core/indicators';
import type { ServiceContext } from '../../core/module';
import { activityPermissions as p } from './activities.policy';
import { activityOf } from './activities.service';
import { activitySessions } from './activities.table';
import { listEvents } from './events.service';
import { type ActivityFigures, activityFigures, activityTrend, figuresBy } from './rollup';
import { sessionFacts } from './session-columns';
import { sessionsWithActivity, visibleSessionsOf } from './session-queries';

const inYear = (date: string, year: number) => date.startsWith(`${year}-`);

/**
 * Figures as they leave the server: the share of visits by women rounded by the publication layer
 * (whole points under 100 visits). The counts are head counts of visits, not of people, and carry
 * no answer about anyone, so they are shown as they are (docs/disclosure.md).
 */
function published<F extends ActivityFigures>(figures: F): F {
  const { womenShare, participants } = figures;
  return { ...figures, womenShare: womenShare === null ? null : roundShare(womenShare, participants) };
}

/** How much, how well and who is better off for one activity in a year, with the trend over years. */
export async function activityFollowUp({ db }: ServiceContext, actor: Actor, id: string, year: number) {
  const activity = await activityOf(db, actor, id);
  const rows = await visibleSessionsOf(db, actor, id).orderBy(asc(activitySessions.date));
  const all = rows.map(sessionFacts);
  const figures = published(activityFigures(all.filter((s) => inYear(s.date, year))));
  const events = (await listEvents({ db }, actor, id)).filter((e) => inYear(e.date, year));
  const eventCounters: Record<string, number> = {};
  for (const event of events) {
    for (const [name, value] of Object.entries(event.counters))
      eventCounters[name] = (eventCounters[name] ?? 0) + value;
  }
  const costOf = (y: number) => activity.finances.find((f) => f.year === y)?.cost ?? null;
  const perVisit = (cost: number | null, visits: number) =>
    cost !== null && visits > 0 ? cost / visits : null;
  return {
    activity,
    year,
    figures,
    finances: activity.finances.find((f) => f.year === year) ?? null,
    costPerVisit: perVisit(costOf(year), figures.participants),
    // Up to the year asked about: planned sessions next year are no trend yet.
    trend: activityTrend(all.filter((s) => s.date <= `${year}-12-31`)).map((y) => ({
      ...published(y),
      cost: costOf(y.year),
      costPerVisit: perVisit(costOf(y.year), y.participants),
    })),
    eventCounters,
    events,
  };
}

/** Every activity's sessions rolled up per area and per focus area for a year, and the trend. */
export async function activitiesOverview({ db }: ServiceContext, actor: Actor, year: number) {
  assertCan(actor, p['activities.read']);
  const upToYear = lte(activitySessions.date, `${year}-12-31`);
  const rows = await sessionsWithActivity(
    db,
    actor.organisationId,
    areaScope(activitySessions.areaId, actor),
    upToYear,
  );
  const thisYear = rows.filter((r) => inYear(r.session.date, year));
  return {
    year,
    byArea: figuresBy(thisYear.map((r) => ({ ...sessionFacts(r.session), key: r.session.areaId }))).map(
      (g) => ({
        areaId: g.key,
        figures: published(g.figures),
      }),
    ),
    byFocusArea: figuresBy(thisYear.map((r) => ({ ...sessionFacts(r.session), key: r.focusArea }))).map(
      (g) => ({
        focusArea: g.key as FocusArea,
        figures: published(g.figures),
      }),
    ),
    trend: activityTrend(rows.map((r) => sessionFacts(r.session))).map(published),
  };
}
