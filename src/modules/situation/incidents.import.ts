import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { cells } from '../../core/import/cells';
import { defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { areaCodeColumn, lookUp, lookupByNames, unknownName } from '../../core/import/look-up';
import { findPersonalData } from '../../core/personal-data';
import { areaCodeMap } from '../areas';
import { situationPermissions } from './situation.policy';
import { incidentCategories, incidentReports, partnerOrganisations } from './situation.table';
import { isIsoWeek, isoWeekOfDay } from './week';

type IncidentRow = {
  week: string;
  date: string;
  areaId: string;
  categoryId: string;
  count: number;
  description: string;
  sourceId: string;
  restricted: boolean;
  importKey: string;
};

type Ctx = {
  areas: Map<string, string>;
  categories: Map<string, string>;
  sources: Map<string, string>;
  seen: Map<string, number>;
  row: number;
};

/** The natural key of a row: the same event from the same source, re-imported, is the same report. */
export function incidentImportKey(r: Omit<IncidentRow, 'importKey' | 'count' | 'restricted'>): string {
  const text = [r.date, r.areaId, r.categoryId, r.sourceId, r.description.trim().replace(/\s+/g, ' ')].join(
    '|',
  );
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * `incidents`: week,date,area_code,category,count,description,source,restricted. Category by code
 * or Swedish/English name; source by partner-organisation name. The same personal-data check as
 * the form; all-or-nothing; a re-import updates count and restricted flag of the same rows.
 */
export const incidentsImport = defineImportKind<IncidentRow, Ctx>({
  kind: 'incidents',
  permission: situationPermissions['situation.coordinate'],
  columns: [
    { name: 'week', aliases: ['vecka'], cell: cells.text({ max: 8 }) },
    { name: 'date', aliases: ['datum'], required: true, cell: cells.date({ required: true }) },
    areaCodeColumn(),
    {
      name: 'category',
      aliases: ['kategori'],
      required: true,
      cell: cells.text({ required: true, max: 100 }),
    },
    { name: 'count', aliases: ['antal'], cell: cells.integer({ min: 1, max: 500 }) },
    { name: 'description', aliases: ['beskrivning'], cell: cells.text({ max: 500 }) },
    {
      name: 'source',
      aliases: ['källa', 'kalla', 'aktör', 'aktor'],
      required: true,
      cell: cells.text({ required: true, max: 100 }),
    },
    { name: 'restricted', aliases: ['sekretess', 'begränsad'], cell: cells.boolean() },
  ],
  prepare: async (db, actor) => {
    const categoryRows = await db
      .select()
      .from(incidentCategories)
      .where(eq(incidentCategories.organisationId, actor.organisationId));
    const partnerRows = await db
      .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
      .from(partnerOrganisations)
      .where(eq(partnerOrganisations.organisationId, actor.organisationId));
    const activeCategories = categoryRows.filter((x) => x.active);
    return {
      areas: await areaCodeMap(db, actor.organisationId),
      categories: lookupByNames(
        activeCategories,
        (c) => [c.code, c.nameSv, c.nameEn],
        (c) => c.id,
      ),
      sources: lookupByNames(
        partnerRows,
        (p) => [p.name],
        (p) => p.id,
      ),
      seen: new Map(),
      row: 1,
    };
  },
  toRow: (v, ctx) => {
    ctx.row++;
    const problems: RowProblem[] = [];
    const date = String(v.date);
    const actual = isoWeekOfDay(date);
    const week = v.week === null ? actual : String(v.week);
    if (!isIsoWeek(week))
      problems.push({ column: 'week', code: 'situation:import.not_week', params: { value: week } });
    else if (week !== actual) {
      problems.push({
        column: 'week',
        code: 'situation:import.week_mismatch',
        params: { date, week, actual },
      });
    }
    const areaId = lookUp(ctx.areas, v.area_code);
    if (!areaId) problems.push(unknownName('area_code', 'unknown_area', v.area_code));
    const categoryId = lookUp(ctx.categories, v.category);
    if (!categoryId) problems.push(unknownName('category', 'situation:import.unknown_category', v.category));
    const sourceId = lookUp(ctx.sources, v.source);
    if (!sourceId) problems.push(unknownName('source', 'situation:import.unknown_source', v.source));
    const description = (v.description as string | null) ?? '';
    for (const f of findPersonalData(description)) {
      problems.push({
        column: 'description',
        code: 'situation:import.personal_data',
        params: { kind: f.kind, masked: f.masked },
      });
    }
    if (problems.length || !areaId || !categoryId || !sourceId) return problems;
    const base = { week, date, areaId, categoryId, sourceId, description };
    const importKey = incidentImportKey(base);
    const other = ctx.seen.get(importKey);
    if (other) return [{ column: null, code: 'situation:import.duplicate_row', params: { other } }];
    ctx.seen.set(importKey, ctx.row);
    return {
      ...base,
      count: (v.count as number | null) ?? 1,
      restricted: (v.restricted as boolean | null) ?? false,
      importKey,
    };
  },
  commit: async (tx, actor, rows, _ctx, progress) => {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      const result = await tx
        .insert(incidentReports)
        .values(
          batch.map((r) => ({
            organisationId: actor.organisationId,
            week: r.week,
            date: r.date,
            areaId: r.areaId,
            categoryId: r.categoryId,
            count: r.count,
            description: r.description,
            sourceId: r.sourceId,
            restricted: r.restricted,
            importKey: r.importKey,
            reportedBy: actor.userId,
            // The coordinator imports (their permission): the rows arrive reviewed, ready to compile.
            status: 'reviewed' as const,
          })),
        )
        .onConflictDoUpdate({
          target: [incidentReports.organisationId, incidentReports.importKey],
          set: {
            count: sql`excluded.count`,
            restricted: sql`excluded.restricted`,
            updatedAt: sql`now()`,
          },
        })
        // xmax = 0 only for freshly inserted rows (a PostgreSQL system column).
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      for (const r of result) {
        if (r.inserted) created++;
        else updated++;
      }
      await progress(i + batch.length, rows.length);
    }
    return { created, updated };
  },
});
