import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from './audit';
import { systemActor } from './auth/access';
import type { Db } from './db/client';
import { AppError } from './errors';
import type { GrannskapModule } from './module';
import { organisations } from './organisation.table';

export const slugSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');

/** The part of a module that takes part in creating an organisation (core knows no module list). */
export type OrganisationHooks = Pick<GrannskapModule, 'name' | 'organisationCreated'>;

/**
 * Creates an organisation and, in the same transaction and in the given order, every module's
 * defaults (`organisationCreated`); the slug is its stable name in URLs and on the command line.
 * Callers pass the registered modules (`src/modules/index.ts`).
 */
export async function createOrganisation(
  db: Db,
  slug: string,
  name: string,
  modules: readonly OrganisationHooks[],
) {
  slugSchema.parse(slug);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(organisations).values({ slug, name }).onConflictDoNothing().returning();
    if (!row) throw new AppError('conflict', { what: slug });
    await writeAudit(tx, systemActor(row.id), {
      action: 'create',
      entity: 'organisation',
      entityId: row.id,
      after: row,
    });
    for (const module of modules) await module.organisationCreated?.({ db: tx }, row.id);
    return row;
  });
}

/**
 * Gives every organisation what its modules make for a new one (`organisationCreated`), each in a
 * transaction of its own. The hooks make only what is missing, so this is for an organisation made
 * before a module or its defaults existed; run once at start-up, after the migrations, so that no
 * service has to make defaults on first use.
 */
export async function createMissingDefaults(db: Db, modules: readonly OrganisationHooks[]): Promise<void> {
  const hooks = modules.filter((m) => m.organisationCreated);
  if (!hooks.length) return;
  for (const { id } of await db.select({ id: organisations.id }).from(organisations)) {
    await db.transaction(async (tx) => {
      for (const module of hooks) await module.organisationCreated?.({ db: tx }, id);
    });
  }
}

export async function organisationBySlug(db: Db, slug: string) {
  const row = await organisationWithSlug(db, slug);
  if (!row) throw new AppError('not_found');
  return row;
}

/** The organisation with this slug, or null when there is none. */
export async function organisationWithSlug(db: Db, slug: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return row ?? null;
}

/** The server's one organisation, or null when it holds none or several. */
export async function soleOrganisation(db: Db) {
  const rows = await db.select().from(organisations).limit(2);
  return rows.length === 1 ? rows[0] : null;
}

/** The organisation's name, or null for an unknown id. */
export async function organisationName(db: Db, organisationId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.name ?? null;
}

/** The organisation's settings (each module validates its own key); empty for an unknown id. */
export async function organisationSettings(db: Db, organisationId: string): Promise<Record<string, unknown>> {
  const [row] = await db
    .select({ settings: organisations.settings })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.settings ?? {};
}

/** Sets some top-level keys of the organisation's settings (a module its own key), leaving the others. */
export async function mergeOrganisationSettings(
  db: Db,
  organisationId: string,
  patch: Record<string, unknown>,
): Promise<void> {
  await db
    .update(organisations)
    .set({ settings: sql`${organisations.settings} || ${JSON.stringify(patch)}::jsonb` })
    .where(eq(organisations.id, organisationId));
}
