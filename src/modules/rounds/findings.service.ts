import { and, desc, eq, isNull } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import { areaScope } from '../../core/db/scope';
import type { ServiceContext } from '../../core/module';
import { areaRegister, propertyRegister } from '../areas';
import type { FindingFilter } from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import { photoIdsByFinding } from './rounds.service';
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
  const photoIds = await photoIdsByFinding(
    db,
    rows.map((r) => r.finding.id),
  );
  return rows.map(({ finding: f, ...r }) => ({
    id: f.id,
    areaId: f.areaId,
    areaName: r.areaName,
    propertyCode: r.propertyCode,
    roundId: f.roundId,
    walkId: f.walkId,
    walkTitle: r.walkTitle,
    itemKey: f.itemKey,
    itemLabel: r.items?.find((i) => i.key === f.itemKey)?.label ?? null,
    positive: f.positive,
    severity: f.severity,
    note: f.note,
    staircase: f.staircase,
    floor: f.floor,
    foundOn: f.foundOn,
    createdBy: f.createdBy,
    photoIds: photoIds.get(f.id) ?? [],
    actionId: r.actionId ?? null,
  }));
}
