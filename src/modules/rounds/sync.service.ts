import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan, can } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { areas, properties } from '../areas';
import { autoActionForFinding } from './actions.service';
import { type ProcessedPhoto, photoMaxInputBytes, processPhoto } from './photos';
import type { SyncInput, SyncResult } from './rounds.contract';
import { roundPermissions as p } from './rounds.policy';
import {
  checklistTemplates,
  findingPhotos,
  findings,
  presenceShifts,
  rounds,
  safetyWalks,
} from './rounds.table';
import type { Ctx } from './shared';
import { planSync, type Queued } from './sync';
import { missingRequired } from './templates';

type Result = SyncResult['results'][number];
type Item =
  | (Queued & { kind: 'round'; data: SyncInput['rounds'][number] })
  | (Queued & { kind: 'finding'; data: SyncInput['findings'][number] })
  | (Queued & { kind: 'photo'; data: SyncInput['photos'][number] })
  | (Queued & { kind: 'shift'; data: SyncInput['shifts'][number] });

const write = p['rounds.write'];

/** jsonb keeps keys in its own order, so compare answers key by key. */
function sameAnswers(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function queueOf(input: SyncInput): Item[] {
  return [
    ...input.rounds.map((data) => ({ kind: 'round' as const, clientId: data.clientId, data })),
    ...input.findings.map((data) => ({
      kind: 'finding' as const,
      clientId: data.clientId,
      parentClientId: data.roundClientId ?? null,
      data,
    })),
    ...input.photos.map((data) => ({
      kind: 'photo' as const,
      clientId: data.clientId,
      parentClientId: data.findingClientId,
      data,
    })),
    ...input.shifts.map((data) => ({ kind: 'shift' as const, clientId: data.clientId, data })),
  ];
}

/** Server ids (and what children need) of everything in the queue the server already holds. */
async function storedOf(db: Db, organisationId: string, items: Item[]) {
  // Client ids are random UUIDs, unique across kinds; parents are looked up too.
  const all = [...new Set(items.flatMap((i) => [i.clientId, i.parentClientId ?? '']).filter(Boolean))];
  const roundRows = all.length
    ? await db
        .select({
          id: rounds.id,
          clientId: rounds.clientId,
          areaId: rounds.areaId,
          propertyId: rounds.propertyId,
          answers: rounds.answers,
          completedAt: rounds.completedAt,
          templateItems: checklistTemplates.items,
        })
        .from(rounds)
        .innerJoin(checklistTemplates, eq(checklistTemplates.id, rounds.templateId))
        .where(and(eq(rounds.organisationId, organisationId), inArray(rounds.clientId, all)))
    : [];
  const findingRows = all.length
    ? await db
        .select({ id: findings.id, clientId: findings.clientId })
        .from(findings)
        .where(and(eq(findings.organisationId, organisationId), inArray(findings.clientId, all)))
    : [];
  const photoRows = all.length
    ? await db
        .select({ id: findingPhotos.id, clientId: findingPhotos.clientId })
        .from(findingPhotos)
        .where(and(eq(findingPhotos.organisationId, organisationId), inArray(findingPhotos.clientId, all)))
    : [];
  const shiftRows = all.length
    ? await db
        .select({ id: presenceShifts.id, clientId: presenceShifts.clientId })
        .from(presenceShifts)
        .where(and(eq(presenceShifts.organisationId, organisationId), inArray(presenceShifts.clientId, all)))
    : [];
  return {
    rounds: new Map(roundRows.map((r) => [r.clientId, r])),
    findings: new Map(findingRows.map((r) => [r.clientId, r.id])),
    photos: new Map(photoRows.map((r) => [r.clientId, r.id])),
    shifts: new Map(shiftRows.map((r) => [r.clientId, r.id])),
  };
}

/** Decodes and cleans the photos before the transaction: image work is slow and needs no lock. */
async function preparePhotos(items: Item[]) {
  const ready = new Map<string, ProcessedPhoto | Error>();
  for (const item of items) {
    if (item.kind !== 'photo') continue;
    const bytes = Buffer.from(item.data.data.replace(/^data:[^,]*,/, ''), 'base64');
    if (bytes.length > photoMaxInputBytes) {
      ready.set(item.clientId, new Error('photo_too_large'));
      continue;
    }
    ready.set(item.clientId, await processPhoto(bytes).catch(() => new Error('photo_unreadable')));
  }
  return ready;
}

/**
 * Stores a phone's queue. Each item is keyed by the client id the phone made: an item already
 * stored is reported as existing and not stored again, so a queue sent twice — after a lost
 * response, a reload, a double tap — creates nothing new. Children whose parent is missing are
 * reported as orphans for the phone to retry; items the actor may not write are rejected.
 */
export async function syncQueue({ db, requestId }: Ctx, actor: Actor, input: SyncInput): Promise<SyncResult> {
  assertCan(actor, write);
  const queue = queueOf(input);
  const photos = await preparePhotos(queue);
  return db.transaction(async (tx) => {
    const stored = await storedOf(tx, actor.organisationId, queue);
    const storedIds = new Set([
      ...stored.rounds.keys(),
      ...stored.findings.keys(),
      ...stored.photos.keys(),
      ...stored.shifts.keys(),
    ]);
    const plan = planSync(queue, storedIds);
    const results: Result[] = [];
    const result = (
      item: Item,
      status: Result['status'],
      id: string | null = null,
      error: string | null = null,
    ) => results.push({ kind: item.kind, clientId: item.clientId, status, id, error });

    // Rounds are the one thing that changes after it is first sent: answers are filled in as the
    // walk goes on. A replay with the same answers changes nothing.
    for (const item of plan.existing) {
      if (item.kind === 'round') {
        const row = stored.rounds.get(item.clientId)!;
        const completed =
          item.data.completed && missingRequired(row.templateItems, item.data.answers).length === 0;
        const same = sameAnswers(row.answers, item.data.answers) && !!row.completedAt === completed;
        if (same || !can(actor, write, row.areaId)) {
          result(item, 'existing', row.id);
          continue;
        }
        const [after] = await tx
          .update(rounds)
          .set({
            answers: item.data.answers,
            completedAt: completed ? (row.completedAt ?? new Date()) : null,
          })
          .where(eq(rounds.id, row.id))
          .returning();
        await writeAudit(
          tx,
          actor,
          { action: 'update', entity: 'round', entityId: row.id, before: row, after },
          requestId,
        );
        result(item, 'updated', row.id);
      } else {
        const id =
          item.kind === 'finding'
            ? stored.findings.get(item.clientId)
            : item.kind === 'photo'
              ? stored.photos.get(item.clientId)
              : stored.shifts.get(item.clientId);
        result(item, 'existing', id ?? null);
      }
    }
    for (const item of plan.orphans) result(item, 'orphan', null, 'parent_missing');

    const roundInfo = new Map<
      string,
      {
        id: string;
        areaId: string;
        propertyId: string;
        templateItems: { key: string; label: { sv: string } }[];
      }
    >();
    const findingIds = new Map(stored.findings);
    for (const item of plan.insert) {
      if (item.kind === 'round') {
        const d = item.data;
        const [property] = await tx
          .select({ id: properties.id, areaId: properties.areaId })
          .from(properties)
          .where(and(eq(properties.id, d.propertyId), eq(properties.organisationId, actor.organisationId)));
        const [template] = await tx
          .select()
          .from(checklistTemplates)
          .where(
            and(
              eq(checklistTemplates.id, d.templateId),
              eq(checklistTemplates.organisationId, actor.organisationId),
            ),
          );
        if (!property || !template) {
          result(item, 'rejected', null, 'not_found');
          continue;
        }
        if (!can(actor, write, property.areaId)) {
          result(item, 'rejected', null, 'forbidden');
          continue;
        }
        const completed = d.completed && missingRequired(template.items, d.answers).length === 0;
        const [row] = await tx
          .insert(rounds)
          .values({
            organisationId: actor.organisationId,
            clientId: d.clientId,
            templateId: template.id,
            areaId: property.areaId,
            propertyId: property.id,
            walkedOn: d.walkedOn,
            userId: actor.userId,
            personName: actor.name,
            answers: d.answers,
            completedAt: completed ? new Date() : null,
          })
          .returning();
        await writeAudit(
          tx,
          actor,
          { action: 'create', entity: 'round', entityId: row.id, after: row },
          requestId,
        );
        roundInfo.set(d.clientId, {
          id: row.id,
          areaId: row.areaId,
          propertyId: row.propertyId,
          templateItems: template.items,
        });
        result(item, 'created', row.id);
      } else if (item.kind === 'finding') {
        const d = item.data;
        let roundRow = d.roundClientId ? roundInfo.get(d.roundClientId) : undefined;
        if (d.roundClientId && !roundRow) {
          const old = stored.rounds.get(d.roundClientId);
          if (old) {
            roundRow = {
              id: old.id,
              areaId: old.areaId,
              propertyId: old.propertyId,
              templateItems: old.templateItems,
            };
          }
        }
        if (d.roundClientId && !roundRow) {
          result(item, 'rejected', null, 'round_rejected');
          continue;
        }
        let areaId = roundRow?.areaId ?? d.areaId ?? null;
        if (d.walkId) {
          const [walk] = await tx
            .select({ areaId: safetyWalks.areaId })
            .from(safetyWalks)
            .where(and(eq(safetyWalks.id, d.walkId), eq(safetyWalks.organisationId, actor.organisationId)));
          if (!walk) {
            result(item, 'rejected', null, 'not_found');
            continue;
          }
          areaId = walk.areaId;
        }
        if (!areaId) {
          result(item, 'rejected', null, 'area_missing');
          continue;
        }
        if (!can(actor, write, areaId)) {
          result(item, 'rejected', null, 'forbidden');
          continue;
        }
        if (!roundRow && !d.walkId) {
          const [area] = await tx
            .select({ id: areas.id })
            .from(areas)
            .where(and(eq(areas.id, areaId), eq(areas.organisationId, actor.organisationId)));
          if (!area) {
            result(item, 'rejected', null, 'not_found');
            continue;
          }
        }
        const [row] = await tx
          .insert(findings)
          .values({
            organisationId: actor.organisationId,
            clientId: d.clientId,
            roundId: roundRow?.id ?? null,
            walkId: d.walkId ?? null,
            areaId,
            propertyId: roundRow?.propertyId ?? d.propertyId ?? null,
            itemKey: d.itemKey ?? null,
            positive: d.positive,
            severity: d.positive ? null : (d.severity ?? 'low'),
            note: d.note,
            staircase: d.staircase ?? null,
            floor: d.floor ?? null,
            foundOn: d.foundOn,
            createdBy: actor.name,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          // Stored by a concurrent sync of the same queue between our read and our insert.
          result(item, 'existing');
          continue;
        }
        await writeAudit(
          tx,
          actor,
          { action: 'create', entity: 'finding', entityId: row.id, after: row },
          requestId,
        );
        const itemLabel = roundRow?.templateItems.find((i) => i.key === d.itemKey)?.label.sv;
        const title = [itemLabel, d.note].filter(Boolean).join(': ') || 'Allvarligt fynd';
        await autoActionForFinding(tx, actor, row, title, requestId);
        findingIds.set(d.clientId, row.id);
        result(item, 'created', row.id);
      } else if (item.kind === 'photo') {
        const findingId = findingIds.get(item.data.findingClientId);
        const photo = photos.get(item.clientId);
        if (!findingId) {
          result(item, 'rejected', null, 'finding_rejected');
          continue;
        }
        if (!photo || photo instanceof Error) {
          result(item, 'rejected', null, photo instanceof Error ? photo.message : 'photo_unreadable');
          continue;
        }
        const [finding] = await tx
          .select({ areaId: findings.areaId })
          .from(findings)
          .where(eq(findings.id, findingId));
        if (!can(actor, write, finding.areaId)) {
          result(item, 'rejected', null, 'forbidden');
          continue;
        }
        const [row] = await tx
          .insert(findingPhotos)
          .values({
            organisationId: actor.organisationId,
            clientId: item.clientId,
            findingId,
            mime: photo.mime,
            width: photo.width,
            height: photo.height,
            bytes: photo.content.length,
            content: photo.content,
          })
          .onConflictDoNothing()
          .returning({ id: findingPhotos.id });
        if (!row) {
          result(item, 'existing');
          continue;
        }
        await writeAudit(
          tx,
          actor,
          {
            action: 'create',
            entity: 'finding_photo',
            entityId: row.id,
            after: { findingId, width: photo.width, height: photo.height, bytes: photo.content.length },
          },
          requestId,
        );
        result(item, 'created', row.id);
      } else {
        const d = item.data;
        if (!can(actor, write, d.areaId)) {
          result(item, 'rejected', null, 'forbidden');
          continue;
        }
        const [area] = await tx
          .select({ id: areas.id })
          .from(areas)
          .where(and(eq(areas.id, d.areaId), eq(areas.organisationId, actor.organisationId)));
        if (!area) {
          result(item, 'rejected', null, 'not_found');
          continue;
        }
        if (Date.parse(d.endsAt) <= Date.parse(d.startsAt)) {
          result(item, 'rejected', null, 'ends_before_start');
          continue;
        }
        const [row] = await tx
          .insert(presenceShifts)
          .values({
            organisationId: actor.organisationId,
            clientId: d.clientId,
            userId: actor.userId,
            hostName: actor.name,
            role: d.role,
            areaId: d.areaId,
            startsAt: new Date(d.startsAt),
            endsAt: new Date(d.endsAt),
            timeOfDay: d.timeOfDay,
            activities: d.activities,
            talks: d.talks ?? null,
            note: d.note,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          result(item, 'existing');
          continue;
        }
        await writeAudit(
          tx,
          actor,
          { action: 'create', entity: 'presence_shift', entityId: row.id, after: row },
          requestId,
        );
        result(item, 'created', row.id);
      }
    }
    return { results };
  });
}
