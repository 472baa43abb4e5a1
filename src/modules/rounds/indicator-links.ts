import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { can } from '../../core/auth/access';
import { areaScope } from '../../core/db/scope';
import { translator } from '../../core/i18n/i18n';
import type { IndicatorLinkSource, LinkedWork } from '../../core/indicator-links';
import { swedishToday } from '../../shared/time';
import { areaNameMap } from '../areas';
import { isClosed, isOverdue } from './follow-up';
import { roundPermissions as p } from './rounds.policy';
import { actions, findings, safetyWalks } from './rounds.table';

/**
 * The safety work behind a trygghet indicator in the year, in the areas the actor sees: the actions
 * that were open at some time in the year (from rounds, safety walks or on their own; open and
 * closed, with their due dates), open and overdue ones first, and the safety walks walked in it.
 */
export const roundsIndicatorLinks: IndicatorLinkSource = async (
  { db, config },
  { actor, indicator, year },
) => {
  if (indicator.focusArea !== 'trygghet' || !can(actor, p['rounds.read'])) return [];
  const t = translator(actor.language, 'rounds:links');
  const today = swedishToday(config.clock());
  const [first, last] = [`${year}-01-01`, `${year}-12-31`];
  const names = await areaNameMap(db, actor.organisationId);
  const where = (title: string, areaId: string) => `${title} – ${names.get(areaId) ?? ''}`;
  const actionRows = await db
    .select({ action: actions, roundId: findings.roundId, walkId: findings.walkId })
    .from(actions)
    .leftJoin(findings, eq(findings.id, actions.findingId))
    .where(
      and(
        eq(actions.organisationId, actor.organisationId),
        areaScope(actions.areaId, actor),
        lte(actions.createdOn, last),
        or(isNull(actions.closedOn), gte(actions.closedOn, first)),
      ),
    );
  const source = (r: (typeof actionRows)[number]) => (r.walkId ? 'walk' : r.roundId ? 'round' : 'own');
  const shownActions: (LinkedWork & { order: string })[] = actionRows.map((r) => {
    const a = r.action;
    const overdue = isOverdue(a, today);
    return {
      module: 'rounds',
      kind: t(`action.${source(r)}`),
      title: where(a.title, a.areaId),
      href: `/rounds/actions?areaId=${a.areaId}${isClosed(a.status) ? '&closed=true' : ''}`,
      date: a.dueOn,
      status: overdue ? t('overdue', { status: t(`status.${a.status}`) }) : t(`status.${a.status}`),
      // Overdue, then open by due date, then closed by closing day.
      order: `${overdue ? 0 : isClosed(a.status) ? 2 : 1}${a.dueOn ?? '9999'}${a.closedOn ?? ''}${a.title}`,
    };
  });
  const walks = await db
    .select()
    .from(safetyWalks)
    .where(
      and(
        eq(safetyWalks.organisationId, actor.organisationId),
        areaScope(safetyWalks.areaId, actor),
        gte(safetyWalks.walkOn, first),
        lte(safetyWalks.walkOn, last),
      ),
    )
    .orderBy(asc(safetyWalks.walkOn));
  return [
    ...shownActions.sort((a, b) => a.order.localeCompare(b.order)).map(({ order: _, ...work }) => work),
    ...walks.map((w) => ({
      module: 'rounds',
      kind: t('walk'),
      title: where(w.title, w.areaId),
      href: `/rounds/walks/${w.id}`,
      date: w.walkOn,
      status: w.walkOn > today ? t('walkPlanned') : t('walkDone'),
    })),
  ];
};
