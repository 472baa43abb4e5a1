import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { type Actor, assertCan } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import {
  type HiddenReason,
  organisationMember,
  protectTable,
  roundMean,
  roundShare,
  unitKey,
} from '../../core/disclosure';
import { AppError } from '../../core/errors';
import type { Language } from '../../core/i18n/i18n';
import type { ServiceContext } from '../../core/module';
import { formatPValue } from '../../core/paired-tests';
import { type Pair, pairedComparison, topOf } from './paired';
import { type ProgrammeTables, programmeTables } from './programme-tables';
import type { AnswerInput } from './programs.contract';
import { programPermissions as p } from './programs.policy';
import { programOf } from './programs.service';
import { participants, type Question, questionnaireAnswers, questionnaires } from './programs.table';

function toQuestionnaire(row: typeof questionnaires.$inferSelect) {
  return { id: row.id, programId: row.programId, name: row.name, questions: row.questions };
}

export async function listQuestionnaires({ db }: ServiceContext, actor: Actor, programId: string) {
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
  { db, requestId }: ServiceContext,
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
    const audited = { actor, entity: 'program_questionnaire', requestId };
    await recordAudit(tx, audited, 'create', row.id, { after: result });
    return result;
  });
}

async function questionnaireOf(db: Db, actor: Actor, id: string) {
  const row = await organisationRow(db, questionnaires, id, actor.organisationId);
  return toQuestionnaire(row);
}

/** Records one participant's answers at start or end (replacing an earlier answer of that phase). */
export async function submitAnswers(
  { db, requestId }: ServiceContext,
  actor: Actor,
  questionnaireId: string,
  input: AnswerInput,
) {
  assertCan(actor, p['programs.participants.write']);
  return db.transaction(async (tx) => {
    const questionnaire = await questionnaireOf(tx, actor, questionnaireId);
    const participant = await organisationRow(tx, participants, input.participantId, actor.organisationId);
    if (participant.programId !== questionnaire.programId) throw new AppError('not_found');
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
    const { participantId, phase } = input;
    await recordAudit(tx, { actor, entity: 'program_questionnaire', requestId }, 'answer', questionnaireId, {
      after: { participantId, phase, questions: Object.keys(input.values) },
    });
    return { ok: true };
  });
}

type Answers = { start?: Record<string, number>; end?: Record<string, number> };

/** Each participant's start and end answers, keyed by the year their end answer falls in. */
function answersByYear(rows: readonly (typeof questionnaireAnswers.$inferSelect)[]) {
  const endYear = new Map<string, number>();
  for (const a of rows) if (a.phase === 'end') endYear.set(a.participantId, Number(a.answeredOn.slice(0, 4)));
  const years = new Map<number, Map<string, Answers>>();
  for (const a of rows) {
    const year = endYear.get(a.participantId);
    if (year === undefined) continue;
    const ofYear = years.get(year) ?? new Map<string, Answers>();
    const entry = ofYear.get(a.participantId) ?? {};
    entry[a.phase] = a.values;
    ofYear.set(a.participantId, entry);
    years.set(year, ofYear);
  }
  return years;
}

const pairsOf = (answers: Iterable<Answers>, code: string): Pair[] =>
  [...answers]
    .filter((e) => e.start?.[code] !== undefined && e.end?.[code] !== undefined)
    .map((e) => ({ before: e.start?.[code] as number, after: e.end?.[code] as number }));

/**
 * Which questions of a year may be shown: the pairs are people (kind participants), each question
 * a cell of its own (no sums over questions are published), and none while the programme's own
 * cell of that year is hidden.
 */
function yearReasons(
  tables: ProgrammeTables,
  questionnaire: { programId: string; questions: Question[] },
  year: number,
  answers: Map<string, Answers>,
) {
  const codes = questionnaire.questions.map((q) => q.code);
  const table = protectTable({
    threshold: tables.threshold,
    dimensions: [{ members: codes.map((id) => ({ id, leaves: [id] })), partitions: [] }],
    units: new Map(codes.map((code) => [unitKey([code]), [pairsOf(answers.values(), code).length]])),
  });
  const programme = tables.year(year).reason(questionnaire.programId, organisationMember);
  return (code: string): HiddenReason | null => programme ?? table.hiddenReason([code]);
}

function publishedComparison(
  question: Question,
  pairs: Pair[],
  reason: HiddenReason | null,
  language: Language,
) {
  const base = {
    code: question.code,
    label: question.label,
    higherIsBetter: question.higherIsBetter,
    top: topOf(question),
  };
  if (reason) return { ...base, ...hiddenComparison, reason };
  const c = pairedComparison(pairs, question);
  const p = (value: number) => ({ value, text: formatPValue(value, language) });
  return {
    ...base,
    n: c.n,
    suppressed: false,
    reason: null,
    meanBefore: c.meanBefore === null ? null : roundMean(c.meanBefore, c.n),
    meanAfter: c.meanAfter === null ? null : roundMean(c.meanAfter, c.n),
    meanChange: c.meanChange === null ? null : roundMean(c.meanChange, c.n),
    up: c.up,
    same: c.same,
    down: c.down,
    topBefore: c.topBefore === null ? null : roundShare(c.topBefore, c.n),
    topAfter: c.topAfter === null ? null : roundShare(c.topAfter, c.n),
    wilcoxon: c.n ? p(c.wilcoxonP) : null,
    sign: c.n ? p(c.signP) : null,
    mcNemar: c.n ? p(c.mcNemarP) : null,
  };
}

const hiddenComparison = {
  n: null,
  suppressed: true,
  meanBefore: null,
  meanAfter: null,
  meanChange: null,
  up: null,
  same: null,
  down: null,
  topBefore: null,
  topAfter: null,
  wilcoxon: null,
  sign: null,
  mcNemar: null,
};

/**
 * Start and end answers paired per participant, per question, through the publication layer. With
 * a year, those whose end answer falls in it (that year's finishers). Without one, every year: a
 * question is then shown only where each year's cell of it is shown or empty, so that all years −
 * the years shown never gives a hidden year's few pairs.
 */
export async function compareQuestionnaire(
  db: Db,
  actor: Actor,
  questionnaireId: string,
  year?: number,
  known?: ProgrammeTables,
) {
  const questionnaire = await questionnaireOf(db, actor, questionnaireId);
  const tables = known ?? (await programmeTables(db, actor.organisationId));
  const rows = await db
    .select()
    .from(questionnaireAnswers)
    .where(
      and(
        eq(questionnaireAnswers.organisationId, actor.organisationId),
        eq(questionnaireAnswers.questionnaireId, questionnaireId),
      ),
    );
  const byYear = answersByYear(rows);
  const years = year === undefined ? [...byYear.keys()] : [year];
  const reasons = new Map(
    years.map((y) => [y, yearReasons(tables, questionnaire, y, byYear.get(y) ?? new Map())]),
  );
  const questions = questionnaire.questions.map((q) => {
    const perYear = years.map((y) => ({ y, pairs: pairsOf(byYear.get(y)?.values() ?? [], q.code) }));
    const pairs = perYear.flatMap((x) => x.pairs);
    const withPairs = perYear.filter((x) => x.pairs.length > 0);
    const hidden = withPairs.map((x) => reasons.get(x.y)?.(q.code) ?? null).find(Boolean) ?? null;
    // Over several years a hidden year makes the sum hidden to protect it; one year is that year.
    const reason = withPairs.length > 1 && hidden ? 'protects_another' : hidden;
    return publishedComparison(q, pairs, reason, actor.language);
  });
  return { questionnaire, year: year ?? null, threshold: tables.threshold, questions };
}
export async function questionnaireComparison(
  { db }: ServiceContext,
  actor: Actor,
  questionnaireId: string,
  year?: number,
) {
  assertCan(actor, p['programs.read']);
  return compareQuestionnaire(db, actor, questionnaireId, year);
}
