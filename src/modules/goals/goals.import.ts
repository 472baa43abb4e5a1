import { cells } from '../../core/import/cells';
import { type ColumnSpec, defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { areaCodeColumn, lookUp, unknownName } from '../../core/import/look-up';
import { areaCodeMap } from '../areas';
import type { GoalInput } from './goals.contract';
import { goalPermissions } from './goals.policy';
import { upsertGoal } from './goals.service';
import {
  firstGoalYear,
  type KnownIndicator,
  knownIndicators,
  lastGoalYear,
  targetFits,
  targetRange,
} from './rules';

type Ctx = {
  indicators: Map<string, KnownIndicator>;
  areas: Map<string, string>;
  /** Indicator, year and area of the rows so far. */
  seen: Set<string>;
};

const yearCell = cells.integer({ required: true, min: firstGoalYear, max: lastGoalYear });

const columns: ColumnSpec[] = [
  {
    name: 'indicator_id',
    aliases: ['indicator', 'indikator', 'indikator_id'],
    required: true,
    cell: cells.text({ required: true, max: 80 }),
  },
  { name: 'year', aliases: ['år', 'ar'], required: true, cell: yearCell },
  // Empty (or a file without the column): the goal is the whole organisation's.
  areaCodeColumn({ required: false }),
  {
    name: 'target',
    aliases: ['mål', 'malvarde', 'målvärde'],
    required: true,
    cell: cells.number({ required: true }),
  },
  {
    name: 'baseline_year',
    aliases: ['basår', 'basar', 'baslinje'],
    cell: cells.integer({ min: firstGoalYear, max: lastGoalYear }),
  },
];

/**
 * `goals`: indicator_id,year,area_code,target (+ optional baseline_year), see docs/import-formats.md.
 * The key is indicator + year + area: importing a goal again replaces its target (re-import upserts);
 * the same key twice in one file refuses the file.
 */
export const goalsImport = defineImportKind<GoalInput, Ctx>({
  kind: 'goals',
  permission: goalPermissions['goals.write'],
  columns,
  limits: { maxBytes: 5 * 2 ** 20, maxRows: 20_000, maxUnpackedBytes: 40 * 2 ** 20 },
  prepare: async (db, actor) => ({
    indicators: new Map(
      (await knownIndicators(db, actor.organisationId)).map((k) => [k.definition.id.toLowerCase(), k]),
    ),
    areas: await areaCodeMap(db, actor.organisationId),
    seen: new Set(),
  }),
  toRow: (v, ctx) => {
    const problems: RowProblem[] = [];
    const indicator = lookUp(ctx.indicators, v.indicator_id);
    if (!indicator)
      problems.push(unknownName('indicator_id', 'goals:import.unknown_indicator', v.indicator_id));
    const areaCode = v.area_code as string | null | undefined;
    const areaId = areaCode ? (lookUp(ctx.areas, areaCode) ?? null) : null;
    if (areaCode && !areaId) problems.push(unknownName('area_code', 'unknown_area', areaCode));
    const year = v.year as number;
    const target = v.target as number;
    const baselineYear = (v.baseline_year as number | null | undefined) ?? undefined;
    if (indicator && !targetFits(indicator.definition.unit, target)) {
      const { min, max } = targetRange(indicator.definition.unit);
      problems.push({
        column: 'target',
        code: `goals:import.target_out_of_range_${indicator.definition.unit === 'fraction' ? 'share' : 'amount'}`,
        params: { value: target, min, max },
      });
    }
    if (baselineYear !== undefined && baselineYear > year) {
      problems.push({ column: 'baseline_year', code: 'goals:import.baseline_after_year', params: { year } });
    }
    if (problems.length || !indicator) return problems;
    const input: GoalInput = { indicatorId: indicator.definition.id, year, areaId, target, baselineYear };
    const key = `${input.indicatorId}|${year}|${areaId ?? ''}`;
    if (ctx.seen.has(key)) {
      return [
        {
          column: 'indicator_id',
          code: 'goals:import.duplicate_goal',
          params: { year, area: areaCode || '–' },
        },
      ];
    }
    ctx.seen.add(key);
    return input;
  },
  commit: async (tx, actor, rows, _ctx, progress) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const [i, row] of rows.entries()) {
      const { change } = await upsertGoal(tx, actor, row);
      counts[change]++;
      if (i % 200 === 0) await progress(i, rows.length);
    }
    return counts;
  },
});
