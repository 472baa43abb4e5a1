import { cells } from '../../core/import/cells';
import { type ColumnSpec, defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { bodiesOf } from './bodies';
import { type HeadcountEntry, upsertHeadcount } from './headcount.service';
import { workingLifePermissions } from './working-life.policy';

type Ctx = {
  /** The organisation's body codes, lower-cased. */
  bodies: Set<string>;
  /** Year and body of the rows so far. */
  seen: Set<string>;
};

const count = (required: boolean) => cells.integer({ required, min: 0, max: 1_000_000 });

const columns: ColumnSpec[] = [
  {
    name: 'year',
    aliases: ['år', 'ar'],
    required: true,
    cell: cells.integer({ required: true, min: 2000, max: 2100 }),
  },
  {
    name: 'body',
    aliases: ['organ', 'grupp'],
    required: true,
    cell: cells.text({ required: true, max: 40 }),
  },
  { name: 'women', aliases: ['kvinnor'], required: true, cell: count(true) },
  { name: 'men', aliases: ['män', 'man'], required: true, cell: count(true) },
  // Empty, or a file without the column: nobody of another gender.
  { name: 'other', aliases: ['annat', 'övriga', 'ovriga'], cell: count(false) },
];

/**
 * `workforce`: year,body,women,men (+ optional other), see docs/import-formats.md. The key is year +
 * body: importing a year again replaces its counts; the same key twice in one file refuses the file.
 */
export const workforceImport = defineImportKind<HeadcountEntry, Ctx>({
  kind: 'workforce',
  permission: workingLifePermissions['working-life.write'],
  columns,
  limits: { maxBytes: 2 * 2 ** 20, maxRows: 10_000, maxUnpackedBytes: 16 * 2 ** 20 },
  prepare: async (db, actor) => ({
    bodies: new Set((await bodiesOf(db, actor.organisationId, actor.language)).map((b) => b.code)),
    seen: new Set(),
  }),
  toRow: (v, ctx) => {
    const body = String(v.body).trim().toLowerCase();
    const year = v.year as number;
    if (!ctx.bodies.has(body)) {
      const known = [...ctx.bodies].join(', ');
      return [{ column: 'body', code: 'working-life:import.unknown_body', params: { value: v.body, known } }];
    }
    const key = `${year}|${body}`;
    if (ctx.seen.has(key)) {
      const problem: RowProblem = {
        column: 'body',
        code: 'working-life:import.duplicate',
        params: { year, body },
      };
      return [problem];
    }
    ctx.seen.add(key);
    return {
      year,
      body,
      women: v.women as number,
      men: v.men as number,
      other: (v.other as number | null) ?? 0,
    };
  },
  commit: async (tx, actor, rows, _ctx, progress) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const [i, row] of rows.entries()) {
      counts[(await upsertHeadcount(tx, actor, row)).change]++;
      if (i % 200 === 0) await progress(i, rows.length);
    }
    return counts;
  },
});
