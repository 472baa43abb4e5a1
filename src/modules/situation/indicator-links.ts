import { and, asc, desc, eq, inArray, isNull, like, or } from 'drizzle-orm';
import { can, visibleAreaIds } from '../../core/auth/access';
import { translator } from '../../core/i18n/i18n';
import type { IndicatorLinkSource } from '../../core/indicator-links';
import { mondayOfIsoWeek } from '../../shared/time';
import { areaNameMap } from '../areas';
import { situationPermissions as p } from './situation.policy';
import { weeklyPriorities } from './situation.table';

/**
 * The EST meetings' priorities and hot-spots decided in the year's weeks, for a trygghet
 * indicator: open and done (open ones first, then the newest), each with its owner. A host sees those of their own areas and those
 * tied to no area (as in the situation picture), never another host's.
 */
export const situationIndicatorLinks: IndicatorLinkSource = async ({ db }, { actor, indicator, year }) => {
  if (indicator.focusArea !== 'trygghet' || !can(actor, p['situation.read'])) return [];
  const areaIds = visibleAreaIds(actor);
  const rows = await db
    .select()
    .from(weeklyPriorities)
    .where(
      and(
        eq(weeklyPriorities.organisationId, actor.organisationId),
        like(weeklyPriorities.decidedWeek, `${year}-W%`),
        areaIds === null
          ? undefined
          : or(
              isNull(weeklyPriorities.areaId),
              areaIds.length ? inArray(weeklyPriorities.areaId, [...areaIds]) : undefined,
            ),
      ),
    )
    // Open ones first, then the newest.
    .orderBy(asc(weeklyPriorities.done), desc(weeklyPriorities.decidedWeek), asc(weeklyPriorities.createdAt));
  const names = await areaNameMap(db, actor.organisationId);
  const t = translator(actor.language, 'situation:links');
  return rows.map((r) => ({
    module: 'situation',
    kind: t(`kind.${r.kind}`),
    title: r.areaId ? `${r.description} – ${names.get(r.areaId) ?? ''}` : r.description,
    href: `/situation?week=${r.decidedWeek}`,
    date: mondayOfIsoWeek(r.week),
    status: t(r.done ? 'done' : 'open', { owner: r.owner }),
  }));
};
