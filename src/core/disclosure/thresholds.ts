/**
 * How few contributors a published figure may rest on, per kind of data. An organisation may raise a
 * threshold, never lower it below the floor (docs/disclosure.md says why these numbers).
 */
import { eq } from 'drizzle-orm';
import { writeAudit } from '../audit';
import type { Actor } from '../auth/access';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { organisations } from '../organisation.table';

import { type DisclosureKind, disclosureKinds } from './kinds';

export { type DisclosureKind, disclosureKinds };
export type DisclosureThresholds = Record<DisclosureKind, number>;

/** The threshold in force: the organisation's own when set and not below the floor, else the default. */
export function effectiveThreshold(kind: DisclosureKind, configured: unknown): number {
  const { threshold, floor } = disclosureKinds[kind];
  if (typeof configured !== 'number' || !Number.isFinite(configured)) return threshold;
  return Math.max(floor, Math.round(configured));
}

/** Every kind's threshold for an organisation (settings.disclosure in the organisations table). */
export async function disclosureThresholds(db: Db, organisationId: string): Promise<DisclosureThresholds> {
  const [row] = await db
    .select({ settings: organisations.settings })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const own = (row?.settings?.disclosure ?? {}) as Partial<Record<DisclosureKind, unknown>>;
  const out = {} as DisclosureThresholds;
  for (const kind of Object.keys(disclosureKinds) as DisclosureKind[]) {
    out[kind] = effectiveThreshold(kind, own[kind]);
  }
  return out;
}

/**
 * Sets an organisation's threshold for one kind; below the floor is refused (the caller checks that
 * the actor is an admin). Audited in the same transaction.
 */
export async function setDisclosureThreshold(
  db: Db,
  actor: Actor,
  kind: DisclosureKind,
  threshold: number,
  requestId?: string,
): Promise<DisclosureThresholds> {
  const { floor } = disclosureKinds[kind];
  if (!Number.isInteger(threshold) || threshold < floor || threshold > 1000) {
    throw new AppError('validation', { details: `threshold ${kind} ≥ ${floor}` });
  }
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ settings: organisations.settings })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId));
    const settings = row?.settings ?? {};
    const before = (settings.disclosure ?? {}) as Record<string, unknown>;
    const after = { ...before, [kind]: threshold };
    await tx
      .update(organisations)
      .set({ settings: { ...settings, disclosure: after } })
      .where(eq(organisations.id, actor.organisationId));
    await writeAudit(
      tx,
      actor,
      { action: 'set', entity: 'disclosure_threshold', entityId: actor.organisationId, before, after },
      requestId,
    );
  });
  return disclosureThresholds(db, actor.organisationId);
}
