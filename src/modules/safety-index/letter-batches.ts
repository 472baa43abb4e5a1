/**
 * The printed letters of a month's draw or reminders, kept as one PDF until an admin removes it
 * (the PDF is the only copy of the households' tokens): the list, a download, and the removal.
 */
import { and, desc, eq } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { safetyPermissions as p } from './safety-index.policy';
import { surveyLetters } from './safety-index.table';

const admin = p['safety-index.admin'];

/** The batch by id, if it is the actor's organisation's. */
const ownBatch = (actor: Actor, id: string) =>
  and(eq(surveyLetters.id, id), eq(surveyLetters.organisationId, actor.organisationId));

/** The organisation's batches, newest month first, each saying whether its PDF is still there. */
export async function listLetterBatches({ db }: ServiceContext, actor: Actor) {
  assertCan(actor, admin);
  const rows = await db
    .select({
      id: surveyLetters.id,
      month: surveyLetters.month,
      kind: surveyLetters.kind,
      letters: surveyLetters.letters,
      pdf: surveyLetters.pdf,
    })
    .from(surveyLetters)
    .where(eq(surveyLetters.organisationId, actor.organisationId))
    .orderBy(desc(surveyLetters.month));
  return rows.map(({ pdf, ...r }) => ({ ...r, available: pdf !== null }));
}

/** A batch's PDF to download, audited; not_found once it has been removed. */
export async function letterBatchPdf({ db, requestId }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, admin);
  const [row] = await db.select().from(surveyLetters).where(ownBatch(actor, id));
  if (!row?.pdf) throw new AppError('not_found');
  await writeAudit(db, actor, { action: 'download', entity: 'survey_letters', entityId: row.id }, requestId);
  return { name: `trygghetsenkat-${row.kind}-${row.month}`, pdf: row.pdf };
}

/** Removes a printed batch's PDF (the count stays), audited in the same transaction. */
export async function removeLetterBatch({ db, requestId }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, admin);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(surveyLetters)
      .set({ pdf: null })
      .where(ownBatch(actor, id))
      .returning({ id: surveyLetters.id });
    if (!row) throw new AppError('not_found');
    await writeAudit(tx, actor, { action: 'delete', entity: 'survey_letters', entityId: row.id }, requestId);
  });
}
