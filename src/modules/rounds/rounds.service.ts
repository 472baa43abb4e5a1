import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areaScope } from '../../core/db/scope';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { propertyRegister } from '../areas';
import type { RoundFilter } from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import { actions, checklistTemplates, findingPhotos, findings, rounds } from './rounds.table';

const findingCount = sql<number>`(select count(*)::int from ${findings} where ${findings.roundId} = ${rounds.id})`;

function roundQuery(db: Db, organisationId: string) {
  const properties = propertyRegister(db, organisationId);
  return db
    .select({
      round: rounds,
      template: checklistTemplates,
      propertyCode: properties.code,
      findings: findingCount,
    })
    .from(rounds)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, rounds.templateId))
    .innerJoin(properties, eq(properties.id, rounds.propertyId));
}
type RoundRow = Awaited<ReturnType<ReturnType<typeof roundQuery>['execute']>>[number];

function present({ round: r, template: t, propertyCode, findings: n }: RoundRow) {
  return {
    id: r.id,
    clientId: r.clientId,
    templateId: t.id,
    templateKey: t.key,
    templateVersion: t.version,
    templateName: t.name,
    areaId: r.areaId,
    propertyId: r.propertyId,
    propertyCode,
    walkedOn: r.walkedOn,
    personName: r.personName,
    answers: r.answers,
    completed: r.completedAt !== null,
    findings: n,
  };
}

export async function listRounds({ db }: ServiceContext, actor: Actor, filter: RoundFilter) {
  assertCan(actor, p['rounds.read'], filter.areaId);
  const rows = await roundQuery(db, actor.organisationId)
    .where(
      and(
        eq(rounds.organisationId, actor.organisationId),
        areaScope(rounds.areaId, actor),
        filter.areaId ? eq(rounds.areaId, filter.areaId) : undefined,
        filter.propertyId ? eq(rounds.propertyId, filter.propertyId) : undefined,
        filter.from ? gte(rounds.walkedOn, filter.from) : undefined,
        filter.to ? lte(rounds.walkedOn, filter.to) : undefined,
      ),
    )
    .orderBy(desc(rounds.walkedOn), desc(rounds.createdAt))
    .limit(filter.limit);
  return rows.map(present);
}

/** Each finding's photo ids, oldest first; one query for the whole list. */
export async function photoIdsByFinding(db: Db, findingIds: string[]): Promise<Map<string, string[]>> {
  const byFinding = new Map<string, string[]>();
  if (!findingIds.length) return byFinding;
  const photos = await db
    .select({ id: findingPhotos.id, findingId: findingPhotos.findingId })
    .from(findingPhotos)
    .where(inArray(findingPhotos.findingId, findingIds))
    .orderBy(findingPhotos.createdAt);
  for (const photo of photos)
    byFinding.set(photo.findingId, [...(byFinding.get(photo.findingId) ?? []), photo.id]);
  return byFinding;
}

/**
 * What every list of findings says of each: where and what was found, by whom, its photos (one query
 * for the whole list) and its action — with `more`, what that list adds of its own.
 */
export async function presentFindings<
  R extends { finding: typeof findings.$inferSelect; actionId: string | null },
  M,
>(db: Db, rows: R[], more: (row: R) => M) {
  const photoIds = await photoIdsByFinding(
    db,
    rows.map((r) => r.finding.id),
  );
  return rows.map((row) => {
    const f = row.finding;
    return {
      id: f.id,
      areaId: f.areaId,
      roundId: f.roundId,
      walkId: f.walkId,
      itemKey: f.itemKey,
      positive: f.positive,
      severity: f.severity,
      note: f.note,
      staircase: f.staircase,
      floor: f.floor,
      foundOn: f.foundOn,
      createdBy: f.createdBy,
      photoIds: photoIds.get(f.id) ?? [],
      actionId: row.actionId ?? null,
      ...more(row),
    };
  });
}

/** Findings with their photo ids and action id, for a round, a walk or a list of ids. */
export async function findingsWhere(
  db: Db,
  organisationId: string,
  where: { roundId?: string; walkId?: string },
) {
  const rows = await db
    .select({ finding: findings, actionId: actions.id })
    .from(findings)
    .leftJoin(actions, eq(actions.findingId, findings.id))
    .where(
      and(
        eq(findings.organisationId, organisationId),
        where.roundId ? eq(findings.roundId, where.roundId) : undefined,
        where.walkId ? eq(findings.walkId, where.walkId) : undefined,
      ),
    )
    .orderBy(findings.createdAt);
  return presentFindings(db, rows, ({ finding: f }) => ({ clientId: f.clientId, propertyId: f.propertyId }));
}

export async function getRound({ db }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['rounds.read']);
  const [row] = await roundQuery(db, actor.organisationId).where(
    and(eq(rounds.id, id), eq(rounds.organisationId, actor.organisationId)),
  );
  if (!row) throw new AppError('not_found');
  assertCan(actor, p['rounds.read'], row.round.areaId);
  return {
    ...present(row),
    items: row.template.items,
    findingList: await findingsWhere(db, actor.organisationId, { roundId: id }),
  };
}

/** A stored photo's bytes, for someone who may see its finding's area. */
export async function getPhoto({ db }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['rounds.read']);
  const [row] = await db
    .select({ mime: findingPhotos.mime, content: findingPhotos.content, areaId: findings.areaId })
    .from(findingPhotos)
    .innerJoin(findings, eq(findings.id, findingPhotos.findingId))
    .where(and(eq(findingPhotos.id, id), eq(findingPhotos.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  assertCan(actor, p['rounds.read'], row.areaId);
  return row;
}
