import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { insertAudited, updateAudited, writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { renamePartnerOrganisation } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import type { ServiceContext } from '../../core/module';
import { organisationName } from '../../core/organisations';
import { organisationAreas } from '../areas';
import { defaultCategories, defaultGradeLevels } from './defaults';
import type { categoryInput, levelsInput, partnerInput, settingsSchema } from './situation.contract';
import { situationPermissions as p } from './situation.policy';
import { gradeLevels, incidentCategories, partnerOrganisations, situationSettings } from './situation.table';

/**
 * Creates the organisation's defaults, once (the module's organisationCreated, also run for every
 * organisation at start-up): settings, the default categories, the four-level scale and a reporting
 * organisation for the housing company's own staff.
 *
 * Safe when asked side by side (start-up and an organisation being made): the settings row is the claim, and everything is created in the transaction
 * that inserts it, so no caller can see the claim without the categories and levels behind it.
 * On PostgreSQL a second claim waits on the settings key until the first commits, then finds the
 * conflict; on PGlite every other query waits while a transaction is open, so a second caller
 * reads the settings only once the first has committed all of it.
 */
export async function ensureDefaults(db: Db, organisationId: string): Promise<void> {
  const [existing] = await db
    .select({ id: situationSettings.organisationId })
    .from(situationSettings)
    .where(eq(situationSettings.organisationId, organisationId));
  if (existing) return;
  await db.transaction(async (tx) => {
    const claimed = await tx
      .insert(situationSettings)
      .values({ organisationId })
      .onConflictDoNothing()
      .returning();
    if (claimed.length) await createDefaults(tx, organisationId);
  });
}

async function createDefaults(tx: Db, organisationId: string): Promise<void> {
  await tx
    .insert(incidentCategories)
    .values(
      defaultCategories.map((c, i) => ({
        organisationId,
        code: c.code,
        nameSv: c.sv,
        nameEn: c.en,
        positive: c.positive ?? false,
        sortOrder: (i + 1) * 10,
      })),
    )
    .onConflictDoNothing();
  await tx
    .insert(gradeLevels)
    .values(
      defaultGradeLevels.map((l) => ({
        organisationId,
        level: l.level,
        nameSv: l.sv,
        nameEn: l.en,
        colour: l.colour,
      })),
    )
    .onConflictDoNothing();
  const name = (await organisationName(tx, organisationId)) ?? 'Bostadsbolaget';
  await tx
    .insert(partnerOrganisations)
    .values({ organisationId, name, kind: 'housing_company' })
    .onConflictDoNothing();
}

export async function getSettings(db: Db, organisationId: string) {
  const [row] = await db
    .select()
    .from(situationSettings)
    .where(eq(situationSettings.organisationId, organisationId));
  return {
    retentionMonths: row.retentionMonths,
    retentionMode: row.retentionMode,
    reportingWindowDays: row.reportingWindowDays,
    gridMetres: row.gridMetres,
  };
}

/** The organisation's part of the set-up that `load` reads, for one who holds `permission`. */
function readFor<T>(permission: string, load: (db: Db, organisationId: string) => Promise<T>) {
  return ({ db }: ServiceContext, actor: Actor) => {
    assertCan(actor, permission);
    return load(db, actor.organisationId);
  };
}

/**
 * The admin replaces one part of the set-up (settings, scale): what `load` reads is the audit's
 * before, and `write` changes it in the transaction that audits it, answering the new state.
 */
async function replaceAudited<T>(
  { db, requestId }: ServiceContext,
  actor: Actor,
  entity: string,
  load: (db: Db, organisationId: string) => Promise<unknown>,
  write: (tx: Db) => Promise<T>,
): Promise<T> {
  assertCan(actor, p['situation.configure']);
  const before = await load(db, actor.organisationId);
  return db.transaction(async (tx) => {
    const after = await write(tx);
    await writeAudit(tx, actor, { action: 'update', entity, before, after }, requestId);
    return after;
  });
}

export const readSettings = readFor(p['situation.configure'], getSettings);

export async function updateSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: z.infer<typeof settingsSchema>,
) {
  return replaceAudited(ctx, actor, 'situation_settings', getSettings, async (tx) => {
    await tx
      .update(situationSettings)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(situationSettings.organisationId, actor.organisationId));
    return input;
  });
}

// ——— partner organisations ———

export async function listPartners({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['situation.read']);
  return db
    .select({
      id: partnerOrganisations.id,
      name: partnerOrganisations.name,
      kind: partnerOrganisations.kind,
      contactEmail: partnerOrganisations.contactEmail,
      active: partnerOrganisations.active,
    })
    .from(partnerOrganisations)
    .where(eq(partnerOrganisations.organisationId, actor.organisationId))
    .orderBy(asc(partnerOrganisations.name));
}

/** The admin's write of one configured row: the right checked, the audit named. */
async function configuring({ requestId }: ServiceContext, actor: Actor, entity: string) {
  assertCan(actor, p['situation.configure']);
  return { actor, entity, requestId };
}

const partnerValues = (input: z.infer<typeof partnerInput>) => ({
  ...input,
  contactEmail: input.contactEmail ?? null,
});

export async function createPartner(ctx: ServiceContext, actor: Actor, input: z.infer<typeof partnerInput>) {
  const audited = await configuring(ctx, actor, 'situation_partner');
  const row = { ...partnerValues(input), organisationId: actor.organisationId };
  return ctx.db.transaction((tx) => insertAudited(tx, partnerOrganisations, row, audited, input.name));
}

export async function updatePartner(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof partnerInput>,
) {
  const audited = await configuring(ctx, actor, 'situation_partner');
  return ctx.db.transaction(async (tx) => {
    const { before, row } = await updateAudited(tx, partnerOrganisations, id, partnerValues(input), audited);
    // Reporters follow their organisation's new name.
    if (before.name !== row.name) {
      await renamePartnerOrganisation(tx, actor.organisationId, before.name, row.name);
    }
    return row;
  });
}

// ——— categories ———

export async function loadCategories(db: Db, organisationId: string) {
  return db
    .select({
      id: incidentCategories.id,
      code: incidentCategories.code,
      nameSv: incidentCategories.nameSv,
      nameEn: incidentCategories.nameEn,
      positive: incidentCategories.positive,
      active: incidentCategories.active,
      sortOrder: incidentCategories.sortOrder,
    })
    .from(incidentCategories)
    .where(eq(incidentCategories.organisationId, organisationId))
    .orderBy(asc(incidentCategories.sortOrder), asc(incidentCategories.code));
}

export const listCategories = readFor(p['situation.read'], loadCategories);

export async function createCategory(
  ctx: ServiceContext,
  actor: Actor,
  input: z.infer<typeof categoryInput>,
) {
  const audited = await configuring(ctx, actor, 'situation_category');
  const row = { ...input, organisationId: actor.organisationId };
  return ctx.db.transaction((tx) => insertAudited(tx, incidentCategories, row, audited, input.code));
}

export async function updateCategory(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof categoryInput>,
) {
  const audited = await configuring(ctx, actor, 'situation_category');
  return ctx.db.transaction(
    async (tx) => (await updateAudited(tx, incidentCategories, id, input, audited)).row,
  );
}

// ——— grading scale ———

export async function loadLevels(db: Db, organisationId: string) {
  return db
    .select({
      level: gradeLevels.level,
      nameSv: gradeLevels.nameSv,
      nameEn: gradeLevels.nameEn,
      colour: gradeLevels.colour,
    })
    .from(gradeLevels)
    .where(eq(gradeLevels.organisationId, organisationId))
    .orderBy(asc(gradeLevels.level));
}

export const listLevels = readFor(p['situation.read'], loadLevels);

/** Replaces the scale: level 1 is the first (normal) entry. Grades already set keep their number. */
export async function replaceLevels(ctx: ServiceContext, actor: Actor, input: z.infer<typeof levelsInput>) {
  const rows = await replaceAudited(ctx, actor, 'situation_scale', loadLevels, async (tx) => {
    await tx.delete(gradeLevels).where(eq(gradeLevels.organisationId, actor.organisationId));
    const rows = input.levels.map((l, i) => ({ organisationId: actor.organisationId, level: i + 1, ...l }));
    await tx.insert(gradeLevels).values(rows);
    return rows;
  });
  return rows.map(({ organisationId: _o, ...r }) => r);
}

// ——— areas, for partners (the areas module's routes are not granted to them) ———

/** Area names and codes of the organisation, for the report form and the map. */
export async function loadAreas(db: Db, organisationId: string, areaIds: readonly string[] | 'all' = 'all') {
  const rows = (await organisationAreas(db, organisationId)).map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    districtName: a.districtName,
    geometry: a.geometry,
  }));
  return areaIds === 'all' ? rows : rows.filter((a) => areaIds.includes(a.id));
}

export async function listAreaOptions({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['situation.read']);
  return loadAreas(db, actor.organisationId, actor.areaIds);
}
