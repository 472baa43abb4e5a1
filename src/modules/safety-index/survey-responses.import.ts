import { and, eq, sql } from 'drizzle-orm';
import { type Cell, cells } from '../../core/import/cells';
import { type ColumnSpec, defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { areas } from '../areas';
import { currentInstrument, type Instrument, instrumentsById } from './instrument';
import { applyContributions, contribute, emptyContributions, type RolledResponse } from './rollups';
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
type Ctx = { areaIds: Map<string, string>; instrument: Instrument; organisationId: string };

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
 */
export const surveyResponsesImport = defineImportKind<ResponseRow, Ctx>({
  kind: 'survey-responses',
  permission: safetyPermissions['safety-index.import'],
  key: 'response_id',
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
      organisationId: actor.organisationId,
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
  commit: async (tx, actor, rows, ctx, progress) => {
    const organisationId = actor.organisationId;
    const instruments = await instrumentsById(tx, organisationId);
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const contributions = emptyContributions();
    const toInsert: ResponseRow[] = [];
    const chunk = 5000;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      const existing = await tx
        .select()
        .from(surveyResponses)
        .where(
          and(
            eq(surveyResponses.organisationId, organisationId),
            sql`${surveyResponses.externalId} in (select jsonb_array_elements_text(${JSON.stringify(part.map((r) => r.externalId))}::jsonb))`,
          ),
        );
      const byId = new Map(existing.map((e) => [e.externalId!, e]));
      const added: RolledResponse[] = [];
      const removed: RolledResponse[] = [];
      for (const row of part) {
        const old = byId.get(row.externalId);
        if (!old) {
          toInsert.push(row);
          added.push({ ...row, indexCodes: ctx.instrument.indexCodes });
          continue;
        }
        if (sameResponse(row, { ...old, externalId: row.externalId })) {
          counts.unchanged++;
          continue;
        }
        removed.push({ ...old, indexCodes: instruments.get(old.instrumentId)?.indexCodes ?? [] });
        added.push({ ...row, indexCodes: ctx.instrument.indexCodes });
        await tx
          .update(surveyResponses)
          .set({
            areaId: row.areaId,
            month: row.month,
            answers: row.answers,
            comment: row.comment,
            instrumentId: ctx.instrument.id,
          })
          .where(eq(surveyResponses.id, old.id));
        counts.updated++;
      }
      contribute(contributions, removed, -1);
      contribute(contributions, added, 1);
      // Reading what is there is the first half of the writing, inserting the second.
      await progress(Math.floor((i + part.length) / 2), rows.length);
    }
    // One JSON parameter per batch: far fewer bind parameters for the database to parse than a
    // multi-row VALUES list (measured: bench/safety-index.bench.ts).
    const batch = 5000;
    for (let i = 0; i < toInsert.length; i += batch) {
      const part = toInsert.slice(i, i + batch).map((r) => ({
        area_id: r.areaId,
        month: r.month,
        answers: r.answers,
        comment: r.comment,
        external_id: r.externalId,
      }));
      await tx.execute(sql`
        insert into survey_responses (organisation_id, area_id, month, instrument_id, answers, comment, source, external_id)
        select ${organisationId}::uuid, r.area_id, r.month, ${ctx.instrument.id}::uuid, r.answers, r.comment, 'import', r.external_id
        from jsonb_to_recordset(${JSON.stringify(part)}::jsonb)
          as r(area_id uuid, month text, answers jsonb, comment text, external_id text)`);
      await progress(Math.min(rows.length, Math.floor(rows.length / 2 + (i + batch) / 2)), rows.length);
    }
    counts.created = toInsert.length;
    await applyContributions(tx, organisationId, contributions);
    return counts;
  },
});
