import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { type Cell, cells } from '../../core/import/cells';
import { type ColumnSpec, defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { ChangedMeanwhileError } from '../../core/import/run-import';
import { resultRows } from '../../core/import/staging';
import { areas } from '../areas';
import { currentInstrument, type Instrument, instrumentsById } from './instrument';
import {
  applyContributions,
  type Contributions,
  contribute,
  emptyContributions,
  type RolledResponse,
} from './rollups';
import { safetyPermissions } from './safety-index.policy';
import { surveyResponses } from './safety-index.table';
import type { Answers, AnswerValue } from './statistics';

/** An answer cell: 1–5; empty = no answer; 0 or "vet ej" / "don't know" = don't know. */
export const answerCell: Cell<AnswerValue | null> = (raw) => {
  const v = raw.trim().toLowerCase();
  if (v === '') return { ok: true, value: null };
  if (v === '0' || v === 'vet ej' || v === 'vetej' || v === "don't know" || v === 'dont know')
    return { ok: true, value: 0 };
  if (/^[1-5]$/.test(v)) return { ok: true, value: Number(v) as AnswerValue };
  return { ok: false, error: { code: 'safety-index:import.not_answer', params: { value: raw.trim() } } };
};

type ResponseRow = {
  externalId: string;
  areaId: string;
  month: string;
  answers: Answers;
  comment: string | null;
};
type Ctx = {
  areaIds: Map<string, string>;
  instrument: Instrument;
  instruments: Map<string, Instrument>;
  organisationId: string;
  /** Roll-up changes of the staged rows, added up while staging and applied in the publish. */
  contributions: Contributions;
  unchanged: number;
};

const fixedColumns: ColumnSpec[] = [
  {
    name: 'response_id',
    aliases: ['svar_id', 'id'],
    required: true,
    cell: cells.text({ required: true, max: 100 }),
  },
  {
    name: 'area_code',
    aliases: ['områdeskod', 'omradeskod', 'område'],
    required: true,
    cell: cells.text({ required: true, max: 32 }),
  },
  {
    name: 'answered_on',
    aliases: ['datum', 'svarsdatum'],
    required: true,
    cell: cells.date({ required: true }),
  },
  { name: 'comment', aliases: ['kommentar', 'fritext'], cell: cells.text({ max: 2000 }) },
];

/** The staging table: what to do with each row, and for a replacement what it replaces. */
const stagingColumns = {
  action: 'text',
  area_id: 'uuid',
  month: 'text',
  answers: 'jsonb',
  comment: 'text',
  external_id: 'text',
  old_id: 'uuid',
  old_area_id: 'uuid',
  old_month: 'text',
  old_answers: 'jsonb',
  old_comment: 'text',
  old_instrument_id: 'uuid',
};

/** Same answers, same place and month, same comment: a re-import changes nothing. */
const sameResponse = (a: ResponseRow, b: ResponseRow) =>
  a.areaId === b.areaId &&
  a.month === b.month &&
  (a.comment ?? null) === (b.comment ?? null) &&
  canonical(a.answers) === canonical(b.answers);
const canonical = (answers: Answers) =>
  JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((k) => [k, answers[k]]),
  );

/**
 * `survey-responses`: response_id,area_code,answered_on,<question codes…>[,comment]. The question
 * columns are those of the current question set. Keyed on response_id: a row already imported with
 * the same content is left alone; with other content it is replaced, and the roll-ups follow.
 * Staged: rows are classified against what is stored while the file is read; the publish inserts
 * and replaces them with two statements and applies the roll-up changes in the same transaction.
 */
export const surveyResponsesImport = defineImportKind<ResponseRow, Ctx>({
  kind: 'survey-responses',
  permission: safetyPermissions['safety-index.import'],
  key: 'response_id',
  limits: { maxBytes: 100 * 2 ** 20, maxRows: 500_000, maxUnpackedBytes: 512 * 2 ** 20 },
  columns: (_header, ctx) => [
    ...fixedColumns,
    ...ctx.instrument.questions.map((q) => ({ name: q.code, cell: answerCell })),
  ],
  prepare: async (db, actor) => {
    const rows = await db
      .select({ id: areas.id, code: areas.code })
      .from(areas)
      .where(eq(areas.organisationId, actor.organisationId));
    return {
      areaIds: new Map(rows.map((r) => [r.code.toLowerCase(), r.id])),
      instrument: await currentInstrument(db, actor.organisationId),
      instruments: await instrumentsById(db, actor.organisationId),
      organisationId: actor.organisationId,
      contributions: emptyContributions(),
      unchanged: 0,
    };
  },
  toRow: (v, ctx) => {
    const areaId = ctx.areaIds.get(String(v.area_code).toLowerCase());
    if (!areaId) {
      return [
        {
          column: 'area_code',
          code: 'safety-index:import.unknown_area',
          params: { value: v.area_code },
        } as RowProblem,
      ];
    }
    const answers: Answers = {};
    for (const q of ctx.instrument.questions) {
      const value = v[q.code];
      if (value !== null && value !== undefined) answers[q.code] = value as AnswerValue;
    }
    return {
      externalId: String(v.response_id),
      areaId,
      month: String(v.answered_on).slice(0, 7),
      answers,
      comment: (v.comment as string | null) ?? null,
    };
  },
  staged: {
    columns: stagingColumns,
    stage: async (db, _actor, rows, ctx) => stageResponses(db, rows, ctx),
    publish: async (tx, _actor, table, ctx) => publishResponses(tx, table, ctx),
  },
});

/** Outside any transaction: which rows are new, which replace a stored response, which are the same. */
async function stageResponses(db: Db, rows: ResponseRow[], ctx: Ctx) {
  const existing = await db
    .select()
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organisationId, ctx.organisationId),
        sql`${surveyResponses.externalId} in (select jsonb_array_elements_text(${JSON.stringify(rows.map((r) => r.externalId))}::jsonb))`,
      ),
    );
  const byId = new Map(existing.map((e) => [e.externalId ?? '', e]));
  const added: RolledResponse[] = [];
  const removed: RolledResponse[] = [];
  const staged: Record<string, unknown>[] = [];
  for (const row of rows) {
    const old = byId.get(row.externalId);
    const values = {
      area_id: row.areaId,
      month: row.month,
      answers: row.answers,
      comment: row.comment,
      external_id: row.externalId,
    };
    if (old && sameResponse(row, { ...old, externalId: row.externalId })) {
      ctx.unchanged++;
      continue;
    }
    added.push({ ...row, indexCodes: ctx.instrument.indexCodes });
    if (!old) {
      staged.push({ action: 'insert', ...values });
      continue;
    }
    removed.push({ ...old, indexCodes: ctx.instruments.get(old.instrumentId)?.indexCodes ?? [] });
    staged.push({
      action: 'update',
      ...values,
      old_id: old.id,
      old_area_id: old.areaId,
      old_month: old.month,
      old_answers: old.answers,
      old_comment: old.comment,
      old_instrument_id: old.instrumentId,
    });
  }
  contribute(ctx.contributions, removed, -1);
  contribute(ctx.contributions, added, 1);
  return staged;
}

const countOf = (result: unknown) => Number(resultRows<{ n: number }>(result)[0]?.n ?? 0);

/**
 * In the publish transaction: new rows in, replaced rows changed — each only if the stored row is
 * still what staging saw (else the roll-up changes would be wrong: refuse, nothing is written) —
 * then the roll-ups by the changes added up while staging.
 */
async function publishResponses(tx: Db, table: SQL, ctx: Ctx) {
  const { organisationId, instrument } = ctx;
  const wanted = resultRows<{ inserts: number; updates: number }>(
    await tx.execute(sql`select count(*) filter (where action = 'insert')::int as inserts,
      count(*) filter (where action = 'update')::int as updates from ${table}`),
  )[0];
  const inserted = countOf(
    await tx.execute(sql`with done as (
      insert into survey_responses (organisation_id, area_id, month, instrument_id, answers, comment, source, external_id)
      select ${organisationId}::uuid, area_id, month, ${instrument.id}::uuid, answers, comment, 'import', external_id
      from ${table} where action = 'insert' order by seq
      on conflict (organisation_id, external_id) do nothing
      returning 1) select count(*)::int as n from done`),
  );
  const updated = countOf(
    await tx.execute(sql`with done as (
      update survey_responses s set area_id = t.area_id, month = t.month, answers = t.answers,
        comment = t.comment, instrument_id = ${instrument.id}::uuid
      from ${table} t
      where t.action = 'update' and s.id = t.old_id and s.organisation_id = ${organisationId}::uuid
        and s.area_id = t.old_area_id and s.month = t.old_month and s.answers = t.old_answers
        and s.comment is not distinct from t.old_comment and s.instrument_id = t.old_instrument_id
      returning 1) select count(*)::int as n from done`),
  );
  if (inserted !== wanted.inserts || updated !== wanted.updates) throw new ChangedMeanwhileError();
  await applyContributions(tx, organisationId, ctx.contributions);
  return { created: inserted, updated, unchanged: ctx.unchanged };
}
