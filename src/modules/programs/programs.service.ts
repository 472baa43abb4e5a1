import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Config } from '../../core/config';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { conflictOver } from '../../core/db/unique-conflict';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import type { ProgramInput } from './programs.contract';
import { programPermissions as p } from './programs.policy';
import { programs } from './programs.table';

/** What the programs services get: the database and the request, for the audit log. */

/** Services that seal or open identities also get the configuration's participant key. */
export type KeyCtx = ServiceContext & { config: Pick<Config, 'participantKey'> };

type ProgramRow = typeof programs.$inferSelect;

export function toProgram(row: ProgramRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    focusArea: row.focusArea,
    responsiblePerson: row.responsiblePerson,
    reportsJobOutcome: row.reportsJobOutcome,
    active: row.active,
  };
}

export async function listPrograms({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, p['programs.read']);
  const rows = await db
    .select()
    .from(programs)
    .where(eq(programs.organisationId, actor.organisationId))
    .orderBy(asc(programs.name));
  return rows.map(toProgram);
}

export async function programOf(db: Db, actor: Actor, id: string) {
  const row = await organisationRow(db, programs, id, actor.organisationId);
  return toProgram(row);
}

export async function getProgram({ db }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['programs.read']);
  return programOf(db, actor, id);
}

export async function createProgram({ db, requestId }: ServiceContext, actor: Actor, input: ProgramInput) {
  assertCan(actor, p['programs.write']);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(programs)
      .values({ ...input, organisationId: actor.organisationId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', { what: input.code });
    const program = toProgram(row);
    await recordAudit(tx, { actor, entity: 'program', requestId }, 'create', row.id, { after: program });
    return program;
  });
}

export async function updateProgram(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<ProgramInput>,
) {
  assertCan(actor, p['programs.write']);
  return db.transaction(async (tx) => {
    const before = await programOf(tx, actor, id);
    const [row] = await tx
      .update(programs)
      .set(input)
      .where(eq(programs.id, id))
      .returning()
      .catch(conflictOver(input.code));
    const after = toProgram(row);
    await recordAudit(tx, { actor, entity: 'program', requestId }, 'update', id, { before, after });
    return after;
  });
}
