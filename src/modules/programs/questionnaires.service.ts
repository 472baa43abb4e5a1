import { and, asc, eq } from 'drizzle-orm';
import { writeAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { minimumPairs, pairedComparison } from './paired';
import type { AnswerInput } from './programs.contract';
import { programPermissions as p } from './programs.policy';
import { type Ctx, programOf } from './programs.service';
import { participants, type Question, questionnaireAnswers, questionnaires } from './programs.table';

function toQuestionnaire(row: typeof questionnaires.$inferSelect) {
  return { id: row.id, programId: row.programId, name: row.name, questions: row.questions };
}

export async function listQuestionnaires({ db }: Ctx, actor: Actor, programId: string) {
  assertCan(actor, p['programs.read']);
  await programOf(db, actor, programId);
  const rows = await db
    .select()
    .from(questionnaires)
    .where(
      and(eq(questionnaires.organisationId, actor.organisationId), eq(questionnaires.programId, programId)),
    )
    .orderBy(asc(questionnaires.name));
  return rows.map(toQuestionnaire);
}

export async function createQuestionnaire(
  { db, requestId }: Ctx,
  actor: Actor,
  programId: string,
  input: { name: string; questions: Question[] },
) {
  assertCan(actor, p['programs.write']);
  const codes = input.questions.map((q) => q.code);
  if (new Set(codes).size !== codes.length || input.questions.some((q) => q.min >= q.max)) {
    throw new AppError('validation', {}, 400, 'programs:errors.questions');
  }
  return db.transaction(async (tx) => {
    await programOf(tx, actor, programId);
    const [row] = await tx
      .insert(questionnaires)
      .values({ ...input, programId, organisationId: actor.organisationId })
      .returning();
    const result = toQuestionnaire(row);
    await writeAudit(
      tx,
      actor,
      { action: 'create', entity: 'program_questionnaire', entityId: row.id, after: result },
      requestId,
    );
    return result;
  });
}

async function questionnaireOf(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(questionnaires)
    .where(and(eq(questionnaires.id, id), eq(questionnaires.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  return toQuestionnaire(row);
}

/** Records one participant's answers at start or end (replacing an earlier answer of that phase). */
export async function submitAnswers(
  { db, requestId }: Ctx,
  actor: Actor,
  questionnaireId: string,
  input: AnswerInput,
) {
  assertCan(actor, p['programs.participants.write']);
  return db.transaction(async (tx) => {
    const questionnaire = await questionnaireOf(tx, actor, questionnaireId);
    const [participant] = await tx
      .select()
      .from(participants)
      .where(
        and(eq(participants.id, input.participantId), eq(participants.organisationId, actor.organisationId)),
      );
    if (!participant || participant.programId !== questionnaire.programId) throw new AppError('not_found');
    assertCan(actor, p['programs.participants.write'], participant.areaId);
    if (participant.erasedAt) throw new AppError('conflict', {}, 409, 'programs:errors.erased');
    for (const [code, value] of Object.entries(input.values)) {
      const question = questionnaire.questions.find((q) => q.code === code);
      if (!question || !Number.isInteger(value) || value < question.min || value > question.max) {
        throw new AppError('validation', { details: code }, 400, 'programs:errors.answer', { code });
      }
    }
    await tx
      .insert(questionnaireAnswers)
      .values({ ...input, questionnaireId, organisationId: actor.organisationId })
      .onConflictDoUpdate({
        target: [
          questionnaireAnswers.questionnaireId,
          questionnaireAnswers.participantId,
          questionnaireAnswers.phase,
        ],
        set: { answeredOn: input.answeredOn, values: input.values },
      });
    await writeAudit(
      tx,
      actor,
      {
        action: 'answer',
        entity: 'program_questionnaire',
        entityId: questionnaireId,
        after: {
          participantId: input.participantId,
          phase: input.phase,
          questions: Object.keys(input.values),
        },
      },
      requestId,
    );
    return { ok: true };
  });
}

/**
 * Start and end answers paired per participant, per question; groups under the minimum suppressed.
 * With a year, only those whose end answer falls in it: the change reported for that year's finishers.
 */
export async function compareQuestionnaire(db: Db, actor: Actor, questionnaireId: string, year?: number) {
  const questionnaire = await questionnaireOf(db, actor, questionnaireId);
  const answers = await db
    .select()
    .from(questionnaireAnswers)
    .where(eq(questionnaireAnswers.questionnaireId, questionnaireId));
  const byParticipant = new Map<string, { start?: Record<string, number>; end?: Record<string, number> }>();
  const finishedIn = new Set(
    answers
      .filter((a) => a.phase === 'end' && (year === undefined || a.answeredOn.startsWith(`${year}-`)))
      .map((a) => a.participantId),
  );
  for (const a of answers) {
    if (!finishedIn.has(a.participantId)) continue;
    const entry = byParticipant.get(a.participantId) ?? {};
    entry[a.phase] = a.values;
    byParticipant.set(a.participantId, entry);
  }
  const questions = questionnaire.questions.map((q) => {
    const pairs = [...byParticipant.values()]
      .filter((e) => e.start?.[q.code] !== undefined && e.end?.[q.code] !== undefined)
      .map((e) => ({ before: e.start?.[q.code] as number, after: e.end?.[q.code] as number }));
    const result = pairedComparison(pairs);
    const shown = result.suppressed ? null : result;
    return {
      code: q.code,
      label: q.label,
      higherIsBetter: q.higherIsBetter,
      n: result.n,
      suppressed: result.suppressed,
      meanBefore: shown?.meanBefore ?? null,
      meanAfter: shown?.meanAfter ?? null,
      meanChange: shown?.meanChange ?? null,
      ciLow: shown?.ciLow ?? null,
      ciHigh: shown?.ciHigh ?? null,
      pValue: shown?.pValue ?? null,
    };
  });
  return { questionnaire, year: year ?? null, minimumPairs, questions };
}

export async function questionnaireComparison(
  { db }: Ctx,
  actor: Actor,
  questionnaireId: string,
  year?: number,
) {
  assertCan(actor, p['programs.read']);
  return compareQuestionnaire(db, actor, questionnaireId, year);
}
