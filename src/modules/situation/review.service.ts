import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import type { Actor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { assertNoPersonalData } from './checks';
import { getReport } from './report-list.service';
import { checkAreaAndCategory } from './reports.service';
import type { ReportPatch } from './situation.contract';
import { assertCoordinator } from './situation.policy';
import { incidentReports } from './situation.table';

/** The coordinator's review: corrections and merges of duplicates, each audited with before and after. */

function reportRow(db: Db, actor: Actor, id: string) {
  return organisationRow(db, incidentReports, id, actor.organisationId);
}

/** The coordinator corrects a report (category, count, area, text) or marks it reviewed; audited. */
export async function reviewReport(
  { db, requestId }: ServiceContext,
  actor: Actor,
  id: string,
  patch: ReportPatch,
) {
  await assertCoordinator(db, actor);
  assertNoPersonalData(patch.description, actor.language);
  assertNoPersonalData(patch.placeType, actor.language, 'placeType');
  const before = await reportRow(db, actor, id);
  await checkAreaAndCategory(db, actor, patch.areaId ?? before.areaId, patch.categoryId ?? before.categoryId);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(incidentReports)
      .set({
        ...patch,
        // Any correction by the coordinator is a review; a compiled report stays compiled.
        status: before.status === 'compiled' ? 'compiled' : 'reviewed',
        updatedAt: new Date(),
      })
      .where(eq(incidentReports.id, id))
      .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: 'review',
        entity: 'situation_report',
        entityId: id,
        before: auditable(before),
        after: auditable(after),
      },
      requestId,
    );
  });
  return getReport({ db, requestId }, actor, id);
}

function auditable(r: typeof incidentReports.$inferSelect) {
  return {
    areaId: r.areaId,
    categoryId: r.categoryId,
    count: r.count,
    placeType: r.placeType,
    restricted: r.restricted,
    status: r.status,
    mergedInto: r.mergedInto,
  };
}

/** Merges duplicates of one event into the report that stays; the duplicates are no longer counted. */
export async function mergeReports(
  { db, requestId }: ServiceContext,
  actor: Actor,
  input: { keepId: string; duplicateIds: string[] },
) {
  await assertCoordinator(db, actor);
  if (input.duplicateIds.includes(input.keepId)) throw new AppError('validation', { details: 'keepId' });
  const keep = await reportRow(db, actor, input.keepId);
  if (keep.mergedInto) throw new AppError('conflict', { what: input.keepId });
  const duplicates = await db
    .select()
    .from(incidentReports)
    .where(
      and(
        eq(incidentReports.organisationId, actor.organisationId),
        inArray(incidentReports.id, input.duplicateIds),
      ),
    );
  if (duplicates.length !== new Set(input.duplicateIds).size) throw new AppError('not_found');
  await db.transaction(async (tx) => {
    await tx
      .update(incidentReports)
      .set({ mergedInto: keep.id, status: 'reviewed', updatedAt: new Date() })
      .where(inArray(incidentReports.id, input.duplicateIds));
    // Anything merged into a duplicate now points at the report that stays.
    await tx
      .update(incidentReports)
      .set({ mergedInto: keep.id })
      .where(
        and(
          eq(incidentReports.organisationId, actor.organisationId),
          inArray(incidentReports.mergedInto, input.duplicateIds),
        ),
      );
    if (keep.status === 'submitted') {
      await tx.update(incidentReports).set({ status: 'reviewed' }).where(eq(incidentReports.id, keep.id));
    }
    await writeAudit(
      tx,
      actor,
      {
        action: 'merge',
        entity: 'situation_report',
        entityId: keep.id,
        before: duplicates.map((d) => ({ id: d.id, ...auditable(d) })),
        after: { keepId: keep.id, merged: input.duplicateIds },
      },
      requestId,
    );
  });
  return getReport({ db, requestId }, actor, keep.id);
}
