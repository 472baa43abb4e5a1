import { cells } from '../../core/import/cells';
import { type ColumnSpec, defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { lookUp, unknownName } from '../../core/import/look-up';
import { type ValuationInput, valuedOutcomes } from './social-value.contract';
import { socialValuePermissions } from './social-value.policy';
import { programmeCodes, upsertValuation } from './social-value.service';

type Ctx = {
  /** The organisation's programme codes, lower-cased, to the code as the programme has it. */
  codes: Map<string, string>;
  /** Outcome, programme and first year of the rows so far. */
  seen: Set<string>;
};

const share = cells.number({ min: 0, max: 1 });

const columns: ColumnSpec[] = [
  {
    name: 'outcome',
    aliases: ['utfall'],
    required: true,
    cell: cells.oneOf(valuedOutcomes, { required: true }),
  },
  {
    name: 'label',
    aliases: ['benämning', 'benamning'],
    required: true,
    cell: cells.text({ required: true, max: 160 }),
  },
  {
    name: 'value_per_person_year',
    aliases: ['värde_per_person_och_år', 'varde_per_person_och_ar', 'värde'],
    required: true,
    cell: cells.number({ required: true, min: 0, max: 100_000_000 }),
  },
  {
    name: 'deadweight',
    aliases: ['dödvikt', 'dodvikt'],
    required: true,
    cell: cells.number({ required: true, min: 0, max: 1 }),
  },
  {
    name: 'attribution',
    aliases: ['tillskrivning', 'andras_andel'],
    required: true,
    cell: cells.number({ required: true, min: 0, max: 1 }),
  },
  {
    name: 'duration_years',
    aliases: ['varaktighet_år', 'varaktighet_ar'],
    required: true,
    cell: cells.integer({ required: true, min: 1, max: 50 }),
  },
  // Empty (or no such column): no drop-off, the value lasts in full.
  { name: 'drop_off', aliases: ['avtagande'], cell: share },
  {
    name: 'source',
    aliases: ['källa', 'kalla'],
    required: true,
    cell: cells.text({ required: true, max: 2000 }),
  },
  {
    name: 'valid_from_year',
    aliases: ['gäller_från_år', 'galler_fran_ar', 'från_år', 'fran_ar'],
    required: true,
    cell: cells.integer({ required: true, min: 2000, max: 2100 }),
  },
  // Empty (or no such column): every programme without a valuation of its own for the outcome.
  { name: 'program_code', aliases: ['programkod', 'program'], cell: cells.text({ max: 40 }) },
];

/**
 * `valuations`: the organisation's valuation table, see docs/import-formats.md. The key is outcome +
 * programme + first year: importing a valuation again replaces its assumptions (re-import upserts);
 * the same key twice in one file refuses the file.
 */
export const valuationsImport = defineImportKind<ValuationInput, Ctx>({
  kind: 'valuations',
  permission: socialValuePermissions['social-value.write'],
  columns,
  limits: { maxBytes: 2 * 2 ** 20, maxRows: 5_000, maxUnpackedBytes: 16 * 2 ** 20 },
  prepare: async (db, actor) => ({ codes: await programmeCodes(db, actor.organisationId), seen: new Set() }),
  toRow: (v, ctx) => {
    const raw = v.program_code as string | null | undefined;
    const programCode = raw ? (lookUp(ctx.codes, raw) ?? null) : null;
    if (raw && !programCode) return [unknownName('program_code', 'social-value:import.unknown_program', raw)];
    const input: ValuationInput = {
      outcome: v.outcome as ValuationInput['outcome'],
      programCode,
      label: v.label as string,
      valuePerPersonYear: v.value_per_person_year as number,
      deadweight: v.deadweight as number,
      attribution: v.attribution as number,
      durationYears: v.duration_years as number,
      dropOff: (v.drop_off as number | null | undefined) ?? 0,
      source: v.source as string,
      validFromYear: v.valid_from_year as number,
    };
    const key = `${input.outcome}|${programCode ?? ''}|${input.validFromYear}`;
    if (ctx.seen.has(key)) {
      const problem: RowProblem = {
        column: 'outcome',
        code: 'social-value:import.duplicate_valuation',
        params: { outcome: input.outcome, program: raw || '–', year: input.validFromYear },
      };
      return [problem];
    }
    ctx.seen.add(key);
    return input;
  },
  commit: async (tx, actor, rows, _ctx, progress) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const [i, row] of rows.entries()) {
      counts[(await upsertValuation(tx, actor, row)).change]++;
      if (i % 200 === 0) await progress(i, rows.length);
    }
    return counts;
  },
});
