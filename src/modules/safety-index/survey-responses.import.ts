import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { isUniqueViolation } from '../../core/db/errors';
import { type Cell, cells } from '../../core/import/cells';
import { type ColumnSpec, defineImportKind } from '../../core/import/import-kind';
import { areaCodeColumn, lookUp, unknownName } from '../../core/import/look-up';
import { unpublishedImports } from '../../core/import/publication';
import { ChangedMeanwhileError } from '../../core/import/run-import';
import { resultRows } from '../../core/import/staging';
import { areaCodeMap } from '../areas';
import { currentInstrument, type Instrument, instrumentsById } from './instrument';
import {
  applyContributions,
  type Contributions,
  contribute,
  emptyContributions,
  type RolledResponse,
} from './rollups';
import { safetyPermissions } from './safety-index.policy';
import { surveyResponses, visibleResponses } from './safety-index.table';
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
  /** Rows staged as new responses, as replacements, and left alone. */
  created: number;
  updated: number;
  unchanged: number;
};
type Slice = { from: number; to: number; publication: string };

const fixedColumns: ColumnSpec[] = [
  {
    name: 'response_id',
    aliases: ['svar_id', 'id'],
    required: true,
    cell: cells.text({ required: true, max: 100 }),
  },
  areaCodeColumn({ aliases: ['område'] }),
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
 * Staged: rows are classified against what is stored while the file is read; the publish writes
 * them in slices that readers do not see (writeResponses) and makes them seen with the roll-up
 * changes in one short transaction (core publication.ts).
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
    return {
      areaIds: await areaCodeMap(db, actor.organisationId),
      instrument: await currentInstrument(db, actor.organisationId),
      instruments: await instrumentsById(db, actor.organisationId),
      organisationId: actor.organisationId,
      contributions: emptyContributions(),
      created: 0,
      updated: 0,
      unchanged: 0,
    };
  },
  toRow: (v, ctx) => {
    const areaId = lookUp(ctx.areaIds, v.area_code);
    if (!areaId) return [unknownName('area_code', 'safety-index:import.unknown_area', v.area_code)];
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
    sliced: {
      writeSlice: (tx, table, slice, ctx) => writeResponses(tx, table, slice, ctx),
      finish: (tx, _actor, ctx) => finishResponses(tx, ctx),
      discard: discardResponses,
      clearAway: clearReplaced,
    },
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
        visibleResponses,
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
      ctx.created++;
      staged.push({ action: 'insert', ...values });
      continue;
    }
    ctx.updated++;
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
 * One slice of the sliced publish (core publication.ts), in its own transaction. A replacement
 * does not change the stored row: the stored row is marked replaced by this import — only if it
 * is still what staging saw, else the roll-up changes would be wrong and the import is refused —
 * and the new version is inserted beside it, like a new response, tagged with this import. Until
 * the import is published readers see the old rows and not the new ones; after, the other way.
 */
async function writeResponses(tx: Db, table: SQL, slice: Slice, ctx: Ctx) {
  const { organisationId, instrument } = ctx;
  const inSlice = sql`seq > ${slice.from} and seq <= ${slice.to}`;
  if (ctx.updated > 0) {
    const [marks] = resultRows<{ marked: number; wanted: number }>(
      await tx.execute(sql`with marked as (
        update survey_responses s set replaced_by = ${slice.publication}::uuid
        from ${table} t
        where t.seq > ${slice.from} and t.seq <= ${slice.to} and t.action = 'update' and s.id = t.old_id
          and s.organisation_id = ${organisationId}::uuid and s.replaced_by is null
          and (s.import_id is null or s.import_id not in ${unpublishedImports})
          and s.area_id = t.old_area_id and s.month = t.old_month and s.answers = t.old_answers
          and s.comment is not distinct from t.old_comment and s.instrument_id = t.old_instrument_id
        returning 1)
      select (select count(*) from marked)::int as marked,
        (select count(*) from ${table} where ${inSlice} and action = 'update')::int as wanted`),
    );
    if (marks.marked !== marks.wanted) throw new ChangedMeanwhileError();
  }
  // A plain insert: no ORDER BY, no ON CONFLICT (measured: a third of the old publish's time).
  // A response_id stored since staging breaks the unique index instead.
  try {
    await tx.execute(sql`insert into survey_responses
        (organisation_id, area_id, month, instrument_id, answers, comment, source, external_id, import_id)
      select ${organisationId}::uuid, area_id, month, ${instrument.id}::uuid, answers, comment, 'import',
        external_id, ${slice.publication}::uuid
      from ${table} where ${inSlice}`);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ChangedMeanwhileError();
    throw error;
  }
}

/** In the final transaction, the import now seen: the roll-ups by the changes added up while staging. */
async function finishResponses(tx: Db, ctx: Ctx) {
  await applyContributions(tx, ctx.organisationId, ctx.contributions);
  return { created: ctx.created, updated: ctx.updated, unchanged: ctx.unchanged };
}

/** A step of undoing an import that will not be published: its rows first, then its marks. */
async function discardResponses(db: Db, publication: string, limit: number): Promise<number> {
  const deleted = countOf(
    await db.execute(sql`with gone as (delete from survey_responses where id in
        (select id from survey_responses where import_id = ${publication}::uuid limit ${limit})
      returning 1) select count(*)::int as n from gone`),
  );
  if (deleted > 0) return deleted;
  // Only once its rows are gone: the unique index admits an unmarked row's response_id again.
  return countOf(
    await db.execute(sql`with undone as (update survey_responses set replaced_by = null where id in
        (select id from survey_responses where replaced_by = ${publication}::uuid limit ${limit})
      returning 1) select count(*)::int as n from undone`),
  );
}

/** A step of deleting the rows a published import replaced (nobody sees them any more). */
async function clearReplaced(db: Db, publication: string, limit: number): Promise<number> {
  return countOf(
    await db.execute(sql`with gone as (delete from survey_responses where id in
        (select id from survey_responses where replaced_by = ${publication}::uuid limit ${limit})
      returning 1) select count(*)::int as n from gone`),
  );
}
