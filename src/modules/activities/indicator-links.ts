import { and, asc, count, eq, min } from 'drizzle-orm';
import { can } from '../../core/auth/access';
import { areaScope } from '../../core/db/scope';
import { translator } from '../../core/i18n/i18n';
import type { IndicatorLinkSource } from '../../core/indicator-links';
import { focusAreas } from '../../core/indicators';
import { activityPermissions as p } from './activities.policy';
import { activities, activitySessions } from './activities.table';
import { sessionsInYear } from './session-queries';

/**
 * The activities of the indicator's focus area (trygghet, dialog, gemenskap, arbete) with sessions
 * in the year, counted in the areas the actor sees; nothing for an actor who may not read
 * activities or an indicator outside the four focus areas.
 */
export const activitiesIndicatorLinks: IndicatorLinkSource = async ({ db }, { actor, indicator, year }) => {
  const focusArea = focusAreas.find((f) => f === indicator.focusArea);
  if (!focusArea || !can(actor, p['activities.read'])) return [];
  const rows = await db
    .select({
      id: activities.id,
      name: activities.name,
      sessions: count(),
      held: count(activitySessions.participants),
      first: min(activitySessions.date),
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(
      and(
        eq(activitySessions.organisationId, actor.organisationId),
        eq(activities.focusArea, focusArea),
        sessionsInYear(year),
        areaScope(activitySessions.areaId, actor),
      ),
    )
    .groupBy(activities.id, activities.name)
    .orderBy(asc(activities.name));
  const t = translator(actor.language, 'activities:links');
  return rows.map((r) => ({
    module: 'activities',
    kind: t('kind'),
    title: r.name,
    href: `/activities/${r.id}`,
    date: r.first,
    status: r.held > 0 ? t('held', { count: r.held }) : t('planned', { count: r.sessions }),
  }));
};
