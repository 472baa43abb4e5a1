/**
 * Monthly roll-ups per area (index sums) and per area × question (tallies), kept in step with the
 * answers in the same transaction as every write and import. Dashboards read only these.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import {
  surveyIndexRollups,
  surveyInstruments,
  surveyQuestionRollups,
  surveyResponses,
} from './safety-index.table';
import {
  type Answers,
  addSums,
  addTally,
  emptySums,
  emptyTally,
  type IndexSums,
  type QuestionTally,
  respondentIndexSums,
  respondentTallies,
} from './statistics';

export type RolledResponse = {
  areaId: string;
  month: string;
  answers: Answers;
  indexCodes: readonly string[];
};

export type IndexCell = IndexSums & { respondents: number };
export type Contributions = {
  index: Map<string, IndexCell>; // key area|month
  questions: Map<string, QuestionTally>; // key area|month|code
};

export const emptyContributions = (): Contributions => ({ index: new Map(), questions: new Map() });

/** Adds (sign 1) or takes away (sign −1) responses' contributions, in memory. */
export function contribute(into: Contributions, responses: readonly RolledResponse[], sign: 1 | -1 = 1) {
  for (const r of responses) {
    const codes = Object.keys(r.answers);
    if (codes.length === 0) continue;
    const key = `${r.areaId}|${r.month}`;
    const cell = into.index.get(key) ?? { ...emptySums(), respondents: 0 };
    const sums = addSums(cell, respondentIndexSums(r.answers, r.indexCodes), sign);
    into.index.set(key, { ...sums, respondents: cell.respondents + sign });
    for (const [code, tally] of respondentTallies(r.answers, codes)) {
      const qKey = `${key}|${code}`;
      into.questions.set(qKey, addTally(into.questions.get(qKey) ?? emptyTally(), tally, sign));
    }
  }
  return into;
}

const batch = 2000;

/** Writes the in-memory contributions into the roll-up tables by adding to what is there. */
export async function applyContributions(tx: Db, organisationId: string, c: Contributions): Promise<void> {
  const indexRows = [...c.index].map(([key, v]) => {
    const [areaId, month] = key.split('|');
    return { organisationId, areaId, month, ...v };
  });
  for (let i = 0; i < indexRows.length; i += batch) {
    const t = surveyIndexRollups;
    await tx
      .insert(t)
      .values(indexRows.slice(i, i + batch))
      .onConflictDoUpdate({
        target: [t.organisationId, t.areaId, t.month],
        set: {
          respondents: sql`${t.respondents} + excluded.respondents`,
          n: sql`${t.n} + excluded.n`,
          sy: sql`${t.sy} + excluded.sy`,
          sm: sql`${t.sm} + excluded.sm`,
          syy: sql`${t.syy} + excluded.syy`,
          sym: sql`${t.sym} + excluded.sym`,
          smm: sql`${t.smm} + excluded.smm`,
        },
      });
  }
  const questionRows = [...c.questions].map(([key, v]) => {
    const [areaId, month, code] = key.split('|');
    return { organisationId, areaId, month, code, ...v };
  });
  for (let i = 0; i < questionRows.length; i += batch) {
    const t = surveyQuestionRollups;
    await tx
      .insert(t)
      .values(questionRows.slice(i, i + batch))
      .onConflictDoUpdate({
        target: [t.organisationId, t.areaId, t.month, t.code],
        set: {
          valid: sql`${t.valid} + excluded.valid`,
          top: sql`${t.top} + excluded.top`,
          dontKnow: sql`${t.dontKnow} + excluded.dont_know`,
          pairN: sql`${t.pairN} + excluded.pair_n`,
          sumX: sql`${t.sumX} + excluded.sum_x`,
          sumO: sql`${t.sumO} + excluded.sum_o`,
          sumXX: sql`${t.sumXX} + excluded.sum_xx`,
          sumOO: sql`${t.sumOO} + excluded.sum_oo`,
          sumXO: sql`${t.sumXO} + excluded.sum_xo`,
        },
      });
  }
}

/** Recomputes every roll-up from the raw answers (for checks and for an admin's rebuild). */
export async function recomputeFromAnswers(db: Db, organisationId: string): Promise<Contributions> {
  const rows = await db
    .select({
      areaId: surveyResponses.areaId,
      month: surveyResponses.month,
      answers: surveyResponses.answers,
      indexCodes: surveyInstruments.indexCodes,
    })
    .from(surveyResponses)
    .innerJoin(surveyInstruments, eq(surveyInstruments.id, surveyResponses.instrumentId))
    .where(eq(surveyResponses.organisationId, organisationId));
  return contribute(emptyContributions(), rows);
}

/** Reads the stored roll-ups back as Contributions (zero rows left out), to compare. */
export async function storedRollups(db: Db, organisationId: string): Promise<Contributions> {
  const out = emptyContributions();
  const index = await db
    .select()
    .from(surveyIndexRollups)
    .where(eq(surveyIndexRollups.organisationId, organisationId));
  for (const r of index) {
    if (r.respondents === 0) continue;
    out.index.set(`${r.areaId}|${r.month}`, {
      respondents: r.respondents,
      n: r.n,
      sy: r.sy,
      sm: r.sm,
      syy: r.syy,
      sym: r.sym,
      smm: r.smm,
    });
  }
  const questions = await db
    .select()
    .from(surveyQuestionRollups)
    .where(eq(surveyQuestionRollups.organisationId, organisationId));
  for (const r of questions) {
    const { organisationId: _o, areaId, month, code, ...tally } = r;
    if (Object.values(tally).every((v) => v === 0)) continue;
    out.questions.set(`${areaId}|${month}|${code}`, tally);
  }
  return out;
}
