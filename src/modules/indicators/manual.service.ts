import { and, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { insertAudited, recordAudit, updateAudited } from '../../core/audit';
import { type Actor, assertCan, visibleAreaIds } from '../../core/auth/access';
import { userDirectory } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { AppError } from '../../core/errors';
import { changeStampOf } from '../../core/http/changed-by';
import { focusAreaOf } from '../../core/indicators';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import { sdgTarget } from '../../shared/sdg';
import { swedishYear } from '../../shared/time';
import { organisationAreas, requireAreaInOrganisation } from '../areas';
import { attachmentType, cleanFileName } from './attachments';
import type {
  Entry,
  EntryInput,
  ManualIndicator,
  ManualIndicatorChange,
  ManualIndicatorInput,
} from './indicators.contract';
import { indicatorPermissions as p } from './indicators.policy';
import { indicatorEntries, manualIndicators } from './indicators.table';
import { type ManualIndicatorRow, manualIndicatorRows } from './manual-indicators';

const toIndicator = (row: ManualIndicatorRow): ManualIndicator => ({
  id: row.id,
  code: row.code,
  nameSv: row.nameSv,
  nameEn: row.nameEn,
  unit: row.unit,
  materialArea: row.materialArea,
  focusArea: row.focusArea,
  sdg: row.sdg,
  sdgTargets: row.sdgTargets,
  higherIsBetter: row.higherIsBetter,
  frequency: row.frequency,
  owner: row.owner,
  definitionSv: row.definitionSv,
  definitionEn: row.definitionEn,
});

/** The framework's rules for an indicator: its focus area is its material area's, its SDGs in the catalogue. */
function checkDefinition(actor: Actor, input: ManualIndicatorChange) {
  if (input.focusArea !== null && !focusAreaOf(input.materialArea, input.focusArea))
    throw new AppError('focus_area_mismatch', { focusArea: input.focusArea });
  for (const goal of input.sdg) if (goal < 1 || goal > 17) throw new AppError('unknown_sdg_goal', { goal });
  for (const code of input.sdgTargets) {
    const target = sdgTarget(code);
    if (!target) throw new AppError('unknown_sdg_target', { code });
    if (!input.sdg.includes(target.goal)) throw new AppError('sdg_target_goal', { code, goal: target.goal });
  }
  for (const field of ['nameSv', 'nameEn', 'definitionSv', 'definitionEn'] as const)
    refusePersonalData(input[field], { language: actor.language, field });
}

/** The organisation's hand-entered indicators, with both languages' names for editing. */
export async function listManualIndicators({ db }: ServiceContext, actor: Actor): Promise<ManualIndicator[]> {
  assertCan(actor, p['indicators.read']);
  return (await manualIndicatorRows(db, actor.organisationId)).map(toIndicator);
}

export async function createManualIndicator(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: ManualIndicatorInput,
): Promise<ManualIndicator> {
  assertCan(actor, p['indicators.manage']);
  checkDefinition(actor, input);
  return db.transaction(async (tx) => {
    const values = { ...input, sdg: [...new Set(input.sdg)], sdgTargets: [...new Set(input.sdgTargets)] };
    const row = await insertAudited(
      tx,
      manualIndicators,
      { ...values, organisationId: actor.organisationId },
      { actor, entity: 'manual_indicator', requestId },
      input.code,
    );
    return toIndicator(row);
  });
}

export async function updateManualIndicator(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  change: ManualIndicatorChange,
): Promise<ManualIndicator> {
  assertCan(actor, p['indicators.manage']);
  checkDefinition(actor, change);
  return db.transaction(async (tx) => {
    const values = { ...change, sdg: [...new Set(change.sdg)], sdgTargets: [...new Set(change.sdgTargets)] };
    const { row } = await updateAudited(
      tx,
      manualIndicators,
      id,
      { ...values, updatedAt: new Date() },
      { actor, entity: 'manual_indicator', requestId },
    );
    return toIndicator(row);
  });
}

/**
 * Deletes a hand-entered indicator that has no values left, audited. One with values is refused
 * (`manual_indicator_has_entries`): its values are the sources of figures already published (the
 * annual report, goals), so each is removed on its own first — a deliberate, audited act per value,
 * never a whole series gone in one click.
 */
export async function deleteManualIndicator(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
): Promise<void> {
  assertCan(actor, p['indicators.manage']);
  await db.transaction(async (tx) => {
    const before = await organisationRow(tx, manualIndicators, id, actor.organisationId);
    const [{ entries }] = await tx
      .select({ entries: count() })
      .from(indicatorEntries)
      .where(
        and(
          eq(indicatorEntries.organisationId, actor.organisationId),
          eq(indicatorEntries.indicatorId, before.code),
        ),
      );
    if (entries > 0) throw new AppError('manual_indicator_has_entries', { code: before.code, entries });
    await tx
      .delete(manualIndicators)
      .where(and(eq(manualIndicators.id, id), eq(manualIndicators.organisationId, actor.organisationId)));
    await recordAudit(tx, { actor, entity: 'manual_indicator', requestId }, 'delete', id, {
      before: toIndicator(before),
    });
  });
}

// ——— entries ———

const entryColumns = {
  id: indicatorEntries.id,
  indicatorId: indicatorEntries.indicatorId,
  year: indicatorEntries.year,
  areaId: indicatorEntries.areaId,
  value: indicatorEntries.value,
  n: indicatorEntries.n,
  sourceNote: indicatorEntries.sourceNote,
  attachmentName: indicatorEntries.attachmentName,
  attachmentType: indicatorEntries.attachmentType,
  createdAt: indicatorEntries.createdAt,
  updatedAt: indicatorEntries.updatedAt,
};

/** Entries as shown, with who entered them and the area's name; `where` narrows them further. */
async function entryRows(db: Db, actor: Actor, where: SQL | undefined): Promise<Entry[]> {
  const mine = visibleAreaIds(actor);
  // A host sees the entries of their own areas only, never the organisation's or another area's.
  const seen =
    mine === null
      ? undefined
      : mine.length
        ? inArray(indicatorEntries.areaId, mine)
        : isNull(indicatorEntries.id);
  const people = userDirectory(db, actor.organisationId);
  const [rows, areas] = await Promise.all([
    db
      .select({ ...entryColumns, userId: people.id, userName: people.name })
      .from(indicatorEntries)
      .leftJoin(people, eq(people.id, indicatorEntries.enteredBy))
      .where(and(eq(indicatorEntries.organisationId, actor.organisationId), where, seen))
      .orderBy(desc(indicatorEntries.year), desc(indicatorEntries.createdAt)),
    organisationAreas(db, actor.organisationId),
  ]);
  const names = new Map(areas.map((a) => [a.id, a.name]));
  return rows.map((r) => ({
    id: r.id,
    indicatorId: r.indicatorId,
    year: r.year,
    areaId: r.areaId,
    areaName: r.areaId ? (names.get(r.areaId) ?? null) : null,
    value: r.value,
    n: r.n,
    sourceNote: r.sourceNote,
    attachment:
      r.attachmentName && r.attachmentType
        ? { name: r.attachmentName, type: r.attachmentType, href: `/indicators/entries/${r.id}/attachment` }
        : null,
    enteredAt: r.createdAt,
    ...changeStampOf(r.updatedAt, { id: r.userId, name: r.userName }),
  }));
}

/**
 * The entries of a hand-entered indicator (by code) the actor may see, newest year first: all of a
 * year, or those of one area (`areaId`), of the whole organisation (`areaId: null`) or of some
 * areas (`areaIds`, a district's).
 */
export function entriesOf(
  db: Db,
  actor: Actor,
  code: string,
  filter: { year?: number; areaId?: string | null; areaIds?: readonly string[] } = {},
): Promise<Entry[]> {
  assertCan(actor, p['indicators.read']);
  const conditions = [eq(indicatorEntries.indicatorId, code)];
  if (filter.year !== undefined) conditions.push(eq(indicatorEntries.year, filter.year));
  if (filter.areaId === null) conditions.push(isNull(indicatorEntries.areaId));
  else if (filter.areaId) conditions.push(eq(indicatorEntries.areaId, filter.areaId));
  if (filter.areaIds) conditions.push(inArray(indicatorEntries.areaId, [...filter.areaIds]));
  return entryRows(db, actor, and(...conditions));
}

async function entryById(db: Db, actor: Actor, id: string): Promise<Entry> {
  const [found] = await entryRows(db, actor, eq(indicatorEntries.id, id));
  if (!found) throw new AppError('not_found');
  return found;
}

/** A hand-entered indicator's entries, newest year first. */
export async function listEntries({ db }: ServiceContext, actor: Actor, indicatorId: string) {
  assertCan(actor, p['indicators.read']);
  const indicator = await organisationRow(db, manualIndicators, indicatorId, actor.organisationId);
  return entriesOf(db, actor, indicator.code);
}

/** The value fits the unit (a share 0–1, a count whole, nothing below zero) and the year has begun. */
async function checkEntry(
  db: Db,
  actor: Actor,
  unit: ManualIndicatorRow['unit'],
  input: EntryInput,
  now: Date,
) {
  if (input.year > swedishYear(now)) throw new AppError('entry_future_year', { year: input.year });
  if (unit === 'fraction' && (input.value < 0 || input.value > 1))
    throw new AppError('entry_fraction_range', { value: input.value });
  if (input.value < 0) throw new AppError('entry_negative', { value: input.value });
  if (unit === 'count' && !Number.isInteger(input.value))
    throw new AppError('entry_not_whole', { value: input.value });
  if (input.areaId) await requireAreaInOrganisation(db, actor.organisationId, input.areaId);
  refusePersonalData(input.sourceNote, { language: actor.language, field: 'sourceNote' });
}

const sameSlot = (organisationId: string, code: string, year: number, areaId: string | null) =>
  and(
    eq(indicatorEntries.organisationId, organisationId),
    eq(indicatorEntries.indicatorId, code),
    eq(indicatorEntries.year, year),
    areaId ? eq(indicatorEntries.areaId, areaId) : isNull(indicatorEntries.areaId),
  );

/**
 * Enters a year's value. A year (and area) that already has one is refused, not overwritten: the
 * user corrects the entry there is (updateEntry), so an earlier value is never replaced unseen.
 */
export async function createEntry(
  { db, requestId }: ServiceContext,
  actor: Actor,
  indicatorId: string,
  input: EntryInput,
  now: Date,
): Promise<Entry> {
  assertCan(actor, p['indicators.manage']);
  const indicator = await organisationRow(db, manualIndicators, indicatorId, actor.organisationId);
  await checkEntry(db, actor, indicator.unit, input, now);
  const id = await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: indicatorEntries.id })
      .from(indicatorEntries)
      .where(sameSlot(actor.organisationId, indicator.code, input.year, input.areaId));
    if (taken) throw new AppError('entry_exists', { year: input.year });
    const [row] = await tx
      .insert(indicatorEntries)
      .values({
        ...input,
        organisationId: actor.organisationId,
        indicatorId: indicator.code,
        enteredBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: indicatorEntries.id });
    if (!row) throw new AppError('entry_exists', { year: input.year });
    const after = { code: indicator.code, ...input };
    await recordAudit(tx, { actor, entity: 'indicator_entry', requestId }, 'create', row.id, { after });
    return row.id;
  });
  return entryById(db, actor, id);
}

/** Corrects an entry's year, area, value, n or source note; the old values stay in the audit log. */
export async function updateEntry(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: EntryInput,
  now: Date,
): Promise<Entry> {
  assertCan(actor, p['indicators.manage']);
  const before = await organisationRow(db, indicatorEntries, id, actor.organisationId);
  const [indicator] = await db
    .select()
    .from(manualIndicators)
    .where(
      and(
        eq(manualIndicators.organisationId, actor.organisationId),
        eq(manualIndicators.code, before.indicatorId),
      ),
    );
  if (!indicator) throw new AppError('not_found');
  await checkEntry(db, actor, indicator.unit, input, now);
  await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: indicatorEntries.id })
      .from(indicatorEntries)
      .where(sameSlot(actor.organisationId, indicator.code, input.year, input.areaId));
    if (taken && taken.id !== id) throw new AppError('entry_exists', { year: input.year });
    await tx
      .update(indicatorEntries)
      .set({ ...input, enteredBy: actor.userId, updatedAt: new Date() })
      .where(eq(indicatorEntries.id, id));
    const audited = { actor, entity: 'indicator_entry', requestId };
    await recordAudit(tx, audited, 'update', id, {
      before: auditShape(before),
      after: { code: indicator.code, ...input },
    });
  });
  return entryById(db, actor, id);
}

/** An entry as its audit rows show it: what was entered, without the attachment's bytes. */
function auditShape(row: typeof indicatorEntries.$inferSelect) {
  return {
    code: row.indicatorId,
    year: row.year,
    areaId: row.areaId,
    value: row.value,
    n: row.n,
    sourceNote: row.sourceNote,
    attachmentName: row.attachmentName,
  };
}

/** Removes an entry (a value entered for the wrong indicator); the audit log keeps what it was. */
export async function deleteEntry(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
): Promise<void> {
  assertCan(actor, p['indicators.manage']);
  await db.transaction(async (tx) => {
    const before = await organisationRow(tx, indicatorEntries, id, actor.organisationId);
    await tx.delete(indicatorEntries).where(eq(indicatorEntries.id, id));
    await recordAudit(tx, { actor, entity: 'indicator_entry', requestId }, 'delete', id, {
      before: auditShape(before),
    });
  });
}

/** Keeps (or replaces) an entry's attachment once its name and first bytes say it is an allowed kind. */
export async function setAttachment(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  file: { name: string; bytes: Buffer },
): Promise<Entry> {
  assertCan(actor, p['indicators.manage']);
  const name = cleanFileName(file.name);
  const type = attachmentType(name, file.bytes);
  await db.transaction(async (tx) => {
    const before = await organisationRow(tx, indicatorEntries, id, actor.organisationId);
    await tx
      .update(indicatorEntries)
      .set({
        attachment: file.bytes,
        attachmentName: name,
        attachmentType: type,
        enteredBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(indicatorEntries.id, id));
    const change = {
      before: { attachmentName: before.attachmentName },
      after: { attachmentName: name, type, bytes: file.bytes.length },
    };
    await recordAudit(tx, { actor, entity: 'indicator_entry', requestId }, 'attach', id, change);
  });
  return entryById(db, actor, id);
}

/** An entry's attachment for download, if the actor may see the entry. */
export async function attachment({ db }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['indicators.read']);
  await entryById(db, actor, id);
  const [row] = await db
    .select({
      name: indicatorEntries.attachmentName,
      type: indicatorEntries.attachmentType,
      bytes: indicatorEntries.attachment,
    })
    .from(indicatorEntries)
    .where(and(eq(indicatorEntries.id, id), eq(indicatorEntries.organisationId, actor.organisationId)));
  if (!row?.name || !row.type || !row.bytes) throw new AppError('not_found');
  return { name: row.name, type: row.type, bytes: Buffer.from(row.bytes) };
}
