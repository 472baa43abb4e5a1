import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { recordAudit, writeAudit } from '../../core/audit';
import { type Actor, assertCan, systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import type { ServiceContext } from '../../core/module';
import { addMonths } from '../../shared/time';
import { participantOf } from './participants.service';
import { programPermissions as p } from './programs.policy';
import { participantIdentities, participants, questionnaireAnswers } from './programs.table';
import { settingsOf } from './settings.service';

/**
 * Removes who a participant is while keeping what the counts need: the reference, birth year,
 * gender, consent date and the encrypted identity go; enrolment and exit dates are cut to the
 * first of the month; outcome, satisfaction, area and questionnaire answers stay, now anonymous.
 */
export async function anonymiseParticipants(tx: Db, organisationId: string, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  await tx.delete(participantIdentities).where(inArray(participantIdentities.participantId, ids));
  await tx
    .update(questionnaireAnswers)
    .set({ answeredOn: sql`date_trunc('month', ${questionnaireAnswers.answeredOn})::date` })
    .where(inArray(questionnaireAnswers.participantId, ids));
  const rows = await tx
    .update(participants)
    .set({
      ref: null,
      birthYear: null,
      gender: null,
      consentOn: null,
      enrolledOn: sql`date_trunc('month', ${participants.enrolledOn})::date`,
      exitedOn: sql`date_trunc('month', ${participants.exitedOn})::date`,
      erasedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(participants.organisationId, organisationId),
        inArray(participants.id, ids),
        isNull(participants.erasedAt),
      ),
    )
    .returning({ id: participants.id });
  return rows.length;
}

/** Right to erasure, on request. */
export async function eraseParticipant({ db, requestId }: ServiceContext, actor: Actor, id: string) {
  assertCan(actor, p['programs.erase']);
  return db.transaction(async (tx) => {
    const row = await participantOf(tx, actor, id, p['programs.erase']);
    if (row.erasedAt) return;
    await anonymiseParticipants(tx, actor.organisationId, [id]);
    const audited = { actor, entity: 'program_participant', requestId };
    await recordAudit(tx, audited, 'erase', id, { after: { programId: row.programId } });
  });
}

/** Anonymises everyone who left the program more than the retention period before `today`. */
export async function applyRetention(db: Db, organisationId: string, today: string): Promise<number> {
  const settings = await settingsOf(db, organisationId);
  const cutoff = addMonths(today, -settings.retentionMonths);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: participants.id })
      .from(participants)
      .where(
        and(
          eq(participants.organisationId, organisationId),
          isNull(participants.erasedAt),
          lt(participants.exitedOn, cutoff),
        ),
      );
    const count = await anonymiseParticipants(
      tx,
      organisationId,
      due.map((r) => r.id),
    );
    if (count) {
      await writeAudit(tx, systemActor(organisationId, 'retention'), {
        action: 'anonymise',
        entity: 'program_participant',
        after: { count, exitedBefore: cutoff },
      });
    }
    return count;
  });
}
