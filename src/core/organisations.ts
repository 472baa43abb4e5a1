import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from './audit';
import { systemActor } from './auth/access';
import type { Db } from './db/client';
import { AppError } from './errors';
import { organisations } from './organisation.table';

export const slugSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');

/** Creates an organisation; the slug is its stable name in URLs and on the command line. */
export async function createOrganisation(db: Db, slug: string, name: string) {
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
    return row;
  });
}

export async function organisationBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  if (!row) throw new AppError('not_found');
  return row;
}
