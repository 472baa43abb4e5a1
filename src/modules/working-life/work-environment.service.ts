import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { insertAudited, updateAudited } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { userDirectory, userInOrganisation } from '../../core/auth/users';
import { AppError } from '../../core/errors';
import { changeStampOf } from '../../core/http/changed-by';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import { enteredShareValue, publishedShare } from './figures';
import type { WorkEnvironmentInput, WorkEnvironmentYear } from './working-life.contract';
import { workingLifePermissions as p } from './working-life.policy';
import { storedWorkEnvironment } from './working-life.store';
import { workEnvironmentYears } from './working-life.table';

type StoredYear = typeof workEnvironmentYears.$inferSelect;

/** A stored year as the API gives it: the shares as the publication layer publishes them. */
function yearOf(row: StoredYear, changerName: string | null): WorkEnvironmentYear {
  return {
    year: row.year,
    sickLeaveShare: publishedShare(enteredShareValue(row.sickLeaveShare)),
    promotiveShare: publishedShare(enteredShareValue(row.promotiveShare)),
    iso45001Certified: row.iso45001Certified,
    iso45001ValidUntil: row.iso45001ValidUntil,
    sourceNote: row.sourceNote,
    ...changeStampOf(row.updatedAt, { id: row.updatedBy, name: changerName }),
  };
}

/**
 * A certificate needs its validity date, and one that ran out before the year began cannot cover
 * the year; without a certificate there is no date.
 */
function checkCertificate(year: number, input: WorkEnvironmentInput): void {
  const { iso45001Certified: certified, iso45001ValidUntil: validUntil } = input;
  if (certified && validUntil === null) throw new AppError('working_life_certificate_needs_date', { year });
  if (!certified && validUntil !== null)
    throw new AppError('working_life_date_without_certificate', { year });
  if (validUntil !== null && validUntil < `${year}-01-01`) {
    throw new AppError('working_life_certificate_expired', { year, validUntil });
  }
}

/** Sets the year's work-environment figures (new, or the stored ones replaced), audited. */
export async function setWorkEnvironment(
  { db, requestId }: ServiceContext,
  actor: Actor,
  year: number,
  input: WorkEnvironmentInput,
): Promise<WorkEnvironmentYear> {
  assertCan(actor, p['working-life.write']);
  checkCertificate(year, input);
  refusePersonalData(input.sourceNote, { language: actor.language, field: 'sourceNote' });
  const values = { ...input, updatedBy: actor.userId };
  const audit = { actor, entity: 'work_environment_year', requestId };
  const row = await db.transaction(async (tx) => {
    const before = await storedWorkEnvironment(tx, actor.organisationId, year);
    if (before) {
      const changes = { ...values, updatedAt: sql`now()` };
      return (await updateAudited(tx, workEnvironmentYears, before.id, changes, audit)).row;
    }
    const fresh = { organisationId: actor.organisationId, year, ...values };
    return insertAudited(tx, workEnvironmentYears, fresh, audit, String(year));
  });
  const changer = row.updatedBy ? await userInOrganisation(db, actor.organisationId, row.updatedBy) : null;
  return yearOf(row, changer?.name ?? null);
}

/** Every year's work-environment figures, newest first. */
export async function listWorkEnvironment(
  { db }: ServiceContext,
  actor: Actor,
): Promise<WorkEnvironmentYear[]> {
  assertCan(actor, p['working-life.read']);
  const people = userDirectory(db, actor.organisationId);
  const rows = await db
    .select({ ...getTableColumns(workEnvironmentYears), changerName: people.name })
    .from(workEnvironmentYears)
    .leftJoin(people, eq(people.id, workEnvironmentYears.updatedBy))
    .where(and(eq(workEnvironmentYears.organisationId, actor.organisationId)))
    .orderBy(desc(workEnvironmentYears.year));
  return rows.map((r) => yearOf(r, r.changerName));
}
