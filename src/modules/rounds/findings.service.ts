import { and, desc, eq, isNull } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import { areaScope } from '../../core/db/scope';
import type { ServiceContext } from '../../core/module';
import { areaRegister, propertyRegister } from '../areas';
import type { FindingFilter } from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import { presentFindings } from './rounds.service';
import { actions, checklistTemplates, findings, rounds, safetyWalks } from './rounds.table';

/**
 * Findings of rounds and walks in the areas the actor sees, newest first — with `withoutAction`,
 * the problems nobody has decided on yet, for the area manager to turn into actions. Each carries
 * its checklist item's label as the round's template version named it.
 */
export async function listFindings({ db }: ServiceContext, actor: Actor, filter: FindingFilter) {
  assertCan(actor, p['rounds.read'], filter.areaId);
  const areas = areaRegister(db, actor.organisationId);
  const properties = propertyRegister(db, actor.organisationId);
  const rows = await db
    .select({
      finding: findings,
      areaName: areas.name,
      propertyCode: properties.code,
      items: checklistTemplates.items,
      walkTitle: safetyWalks.title,
      actionId: actions.id,
    })
    .from(findings)
    .innerJoin(areas, eq(areas.id, findings.areaId))
    .leftJoin(properties, eq(properties.id, findings.propertyId))
    .leftJoin(rounds, eq(rounds.id, findings.roundId))
    .leftJoin(checklistTemplates, eq(checklistTemplates.id, rounds.templateId))
    .leftJoin(safetyWalks, eq(safetyWalks.id, findings.walkId))
    .leftJoin(actions, eq(actions.findingId, findings.id))
    .where(
      and(
        eq(findings.organisationId, actor.organisationId),
        areaScope(findings.areaId, actor),
        filter.areaId ? eq(findings.areaId, filter.areaId) : undefined,
        filter.withoutAction === 'true' ? and(isNull(actions.id), eq(findings.positive, false)) : undefined,
      ),
    )
    .orderBy(desc(findings.foundOn), desc(findings.createdAt))
    .limit(filter.limit);
  return presentFindings(db, rows, ({ finding: f, ...r }) => ({
    areaName: r.areaName,
    propertyCode: r.propertyCode,
    walkTitle: r.walkTitle,
    itemLabel: r.items?.find((i) => i.key === f.itemKey)?.label ?? null,
  }));
}
