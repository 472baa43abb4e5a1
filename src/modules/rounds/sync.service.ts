import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan, can } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import type { ServiceContext } from '../../core/module';
import { type ProcessedPhoto, photoMaxInputBytes, processPhoto } from '../../core/photos';
import { areaInOrganisation, propertyInOrganisation } from '../areas';
import { autoActionForFinding } from './actions.service';
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

/** Server ids by client id of the rows of one kind the organisation already holds. */
async function idsByClientId(
  db: Db,
  table: typeof findings | typeof findingPhotos | typeof presenceShifts,
  organisationId: string,
  clientIds: string[],
) {
  const rows = clientIds.length
    ? await db
        .select({ id: table.id, clientId: table.clientId })
        .from(table)
        .where(and(eq(table.organisationId, organisationId), inArray(table.clientId, clientIds)))
    : [];
  return new Map(rows.map((r) => [r.clientId, r.id]));
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
  return {
    rounds: new Map(roundRows.map((r) => [r.clientId, r])),
    findings: await idsByClientId(db, findings, organisationId, all),
    photos: await idsByClientId(db, findingPhotos, organisationId, all),
    shifts: await idsByClientId(db, presenceShifts, organisationId, all),
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

type Stored = Awaited<ReturnType<typeof storedOf>>;
type RoundInfo = {
  id: string;
  areaId: string;
  propertyId: string;
  templateItems: { key: string; label: { sv: string } }[];
};
type Outcome = { status: Result['status']; id?: string | null; error?: string | null };

/** What one sync works with: its transaction, and what earlier steps of the same queue stored. */
type Run = {
  tx: Db;
  actor: Actor;
  requestId?: string;
  stored: Stored;
  photos: Map<string, ProcessedPhoto | Error>;
  /** Rounds of this queue or stored before, by client id. */
  rounds: Map<string, RoundInfo>;
  /** Finding server ids by client id, stored before or now. */
  findingIds: Map<string, string>;
};

const rejected = (error: string): Outcome => ({ status: 'rejected', error });

/**
 * The outcome of an insert that skips a client id already taken: nothing inserted means a concurrent
 * sync of the same queue stored it between our read and our insert; an inserted row is audited.
 */
async function createdOrExisting(
  run: Run,
  entity: string,
  row: { id: string } | undefined,
  after: unknown = row,
): Promise<Outcome> {
  if (!row) return { status: 'existing' };
  await writeAudit(run.tx, run.actor, { action: 'create', entity, entityId: row.id, after }, run.requestId);
  return { status: 'created', id: row.id };
}

async function areaExists(run: Run, areaId: string): Promise<boolean> {
  return !!(await areaInOrganisation(run.tx, run.actor.organisationId, areaId));
}

/**
 * Rounds are the one thing that changes after it is first sent: answers are filled in as the
 * walk goes on. A replay with the same answers changes nothing.
 */
async function refreshRound(run: Run, item: Item & { kind: 'round' }): Promise<Outcome> {
  const row = run.stored.rounds.get(item.clientId)!;
  const completed = item.data.completed && missingRequired(row.templateItems, item.data.answers).length === 0;
  const same = sameAnswers(row.answers, item.data.answers) && !!row.completedAt === completed;
  if (same || !can(run.actor, write, row.areaId)) return { status: 'existing', id: row.id };
  const [after] = await run.tx
    .update(rounds)
    .set({ answers: item.data.answers, completedAt: completed ? (row.completedAt ?? new Date()) : null })
    .where(eq(rounds.id, row.id))
    .returning();
  await writeAudit(
    run.tx,
    run.actor,
    { action: 'update', entity: 'round', entityId: row.id, before: row, after },
    run.requestId,
  );
  return { status: 'updated', id: row.id };
}

function storedIdOf(stored: Stored, item: Item): string | null {
  if (item.kind === 'round') return stored.rounds.get(item.clientId)?.id ?? null;
  const map =
    item.kind === 'finding' ? stored.findings : item.kind === 'photo' ? stored.photos : stored.shifts;
  return map.get(item.clientId) ?? null;
}

async function storeRound(run: Run, d: SyncInput['rounds'][number]): Promise<Outcome> {
  const { tx, actor } = run;
  const property = await propertyInOrganisation(tx, actor.organisationId, d.propertyId);
  const [template] = await tx
    .select()
    .from(checklistTemplates)
    .where(
      and(
        eq(checklistTemplates.id, d.templateId),
        eq(checklistTemplates.organisationId, actor.organisationId),
      ),
    );
  if (!property || !template) return rejected('not_found');
  if (!can(actor, write, property.areaId)) return rejected('forbidden');
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
    .onConflictDoNothing()
    .returning();
  const outcome = await createdOrExisting(run, 'round', row);
  if (row) {
    const { id, areaId, propertyId } = row;
    run.rounds.set(d.clientId, { id, areaId, propertyId, templateItems: template.items });
  }
  return outcome;
}

type Place = { areaId?: string; error?: string };

/** The area of a finding's walk, or of the area it names (a finding outside any round). */
async function walkOrNamedArea(run: Run, d: SyncInput['findings'][number]): Promise<Place> {
  if (d.walkId) {
    const [walk] = await run.tx
      .select({ areaId: safetyWalks.areaId })
      .from(safetyWalks)
      .where(and(eq(safetyWalks.id, d.walkId), eq(safetyWalks.organisationId, run.actor.organisationId)));
    return walk ? { areaId: walk.areaId } : { error: 'not_found' };
  }
  if (!d.areaId) return { error: 'area_missing' };
  return (await areaExists(run, d.areaId)) ? { areaId: d.areaId } : { error: 'not_found' };
}

/**
 * The area a finding belongs to: its round's, or its walk's (or the one it names). A property named
 * outside a round must be one of the organisation's, in that same area.
 */
async function findingArea(
  run: Run,
  d: SyncInput['findings'][number],
  round: RoundInfo | undefined,
): Promise<Place> {
  if (round) return { areaId: round.areaId };
  const place = await walkOrNamedArea(run, d);
  if (!place.areaId || !d.propertyId) return place;
  const property = await propertyInOrganisation(run.tx, run.actor.organisationId, d.propertyId);
  if (!property) return { error: 'not_found' };
  return property.areaId === place.areaId ? place : { error: 'property_outside_area' };
}

async function storeFinding(run: Run, d: SyncInput['findings'][number]): Promise<Outcome> {
  const { tx, actor } = run;
  const round = d.roundClientId ? run.rounds.get(d.roundClientId) : undefined;
  if (d.roundClientId && !round) return rejected('round_rejected');
  const place = await findingArea(run, d, round);
  if (!place.areaId) return rejected(place.error ?? 'not_found');
  if (!can(actor, write, place.areaId)) return rejected('forbidden');
  const [row] = await tx
    .insert(findings)
    .values({
      organisationId: actor.organisationId,
      clientId: d.clientId,
      roundId: round?.id ?? null,
      walkId: d.walkId ?? null,
      areaId: place.areaId,
      propertyId: round?.propertyId ?? d.propertyId ?? null,
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
  const outcome = await createdOrExisting(run, 'finding', row);
  if (!row) return outcome;
  const itemLabel = round?.templateItems.find((i) => i.key === d.itemKey)?.label.sv;
  const title = [itemLabel, d.note].filter(Boolean).join(': ') || 'Allvarligt fynd';
  await autoActionForFinding(tx, actor, row, title, run.requestId);
  run.findingIds.set(d.clientId, row.id);
  return outcome;
}

async function storePhoto(run: Run, clientId: string, d: SyncInput['photos'][number]): Promise<Outcome> {
  const { tx, actor } = run;
  const findingId = run.findingIds.get(d.findingClientId);
  const photo = run.photos.get(clientId);
  if (!findingId) return rejected('finding_rejected');
  if (!photo || photo instanceof Error)
    return rejected(photo instanceof Error ? photo.message : 'photo_unreadable');
  const [finding] = await tx
    .select({ areaId: findings.areaId })
    .from(findings)
    .where(eq(findings.id, findingId));
  if (!can(actor, write, finding.areaId)) return rejected('forbidden');
  const [row] = await tx
    .insert(findingPhotos)
    .values({
      organisationId: actor.organisationId,
      clientId,
      findingId,
      mime: photo.mime,
      width: photo.width,
      height: photo.height,
      bytes: photo.content.length,
      content: photo.content,
    })
    .onConflictDoNothing()
    .returning({ id: findingPhotos.id });
  const after = { findingId, width: photo.width, height: photo.height, bytes: photo.content.length };
  return createdOrExisting(run, 'finding_photo', row, after);
}

async function storeShift(run: Run, d: SyncInput['shifts'][number]): Promise<Outcome> {
  const { tx, actor } = run;
  if (!can(actor, write, d.areaId)) return rejected('forbidden');
  if (!(await areaExists(run, d.areaId))) return rejected('not_found');
  if (Date.parse(d.endsAt) <= Date.parse(d.startsAt)) return rejected('ends_before_start');
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
  return createdOrExisting(run, 'presence_shift', row);
}

function storeItem(run: Run, item: Item): Promise<Outcome> {
  switch (item.kind) {
    case 'round':
      return storeRound(run, item.data);
    case 'finding':
      return storeFinding(run, item.data);
    case 'photo':
      return storePhoto(run, item.clientId, item.data);
    case 'shift':
      return storeShift(run, item.data);
  }
}

/**
 * Stores a phone's queue. Each item is keyed by the client id the phone made: an item already
 * stored is reported as existing and not stored again, so a queue sent twice — after a lost
 * response, a reload, a double tap — creates nothing new. Children whose parent is missing are
 * reported as orphans for the phone to retry; items the actor may not write are rejected.
 */
export async function syncQueue(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: SyncInput,
): Promise<SyncResult> {
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
    const run: Run = {
      tx,
      actor,
      requestId,
      stored,
      photos,
      rounds: new Map([...stored.rounds].map(([clientId, r]) => [clientId, r])),
      findingIds: new Map(stored.findings),
    };
    const results: Result[] = [];
    const report = (item: Item, o: Outcome) =>
      results.push({
        kind: item.kind,
        clientId: item.clientId,
        status: o.status,
        id: o.id ?? null,
        error: o.error ?? null,
      });

    for (const item of plan.existing) {
      report(
        item,
        item.kind === 'round'
          ? await refreshRound(run, item)
          : { status: 'existing', id: storedIdOf(stored, item) },
      );
    }
    for (const item of plan.orphans) report(item, { status: 'orphan', error: 'parent_missing' });
    for (const item of plan.insert) report(item, await storeItem(run, item));
    return { results };
  });
}
