import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import { defineImportKind } from '../../core/import/import-kind';
import { payPermissions } from './pay-survey.policy';
import { salaryRecords } from './pay-survey.table';
import { type SalaryRow, salaryColumns, salaryRowFromValues } from './salary-row';

/** Year and employee reference of the rows so far: one employee appears once a year. */
type Ctx = { seen: Set<string> };

const batch = 500;

/**
 * `salaries`: HR's salary file for the pay survey (docs/pay-survey.md, docs/import-formats.md), all
 * or nothing. A file replaces every stored row of each year it holds: the pay system's file is the
 * whole year, so an employee who has left must not stay behind from an earlier import.
 */
export const salariesImport = defineImportKind<SalaryRow, Ctx>({
  kind: 'salaries',
  permission: payPermissions['pay-survey.write'],
  columns: salaryColumns,
  limits: { maxBytes: 10 * 2 ** 20, maxRows: 50_000, maxUnpackedBytes: 80 * 2 ** 20 },
  prepare: async () => ({ seen: new Set() }),
  toRow: (values, ctx) => {
    const row = salaryRowFromValues(values);
    if (Array.isArray(row)) return row;
    const key = `${row.year}|${row.employeeRef}`;
    if (ctx.seen.has(key)) {
      return [
        {
          column: 'employee_ref',
          code: 'pay-survey:import.duplicate_ref',
          params: { value: row.employeeRef, year: row.year },
        },
      ];
    }
    ctx.seen.add(key);
    return row;
  },
  commit: async (tx, actor, rows, _ctx, progress) => {
    const years = [...new Set(rows.map((r) => r.year))].sort();
    const ofOrganisation = eq(salaryRecords.organisationId, actor.organisationId);
    const removed = await tx
      .delete(salaryRecords)
      .where(and(ofOrganisation, inArray(salaryRecords.year, years)))
      .returning({ year: salaryRecords.year });
    for (let i = 0; i < rows.length; i += batch) {
      await tx
        .insert(salaryRecords)
        .values(rows.slice(i, i + batch).map((r) => ({ organisationId: actor.organisationId, ...r })));
      await progress(Math.min(i + batch, rows.length), rows.length);
    }
    // One audit row per year replaced, with counts only: the audit log is no place for salaries.
    for (const year of years) {
      await recordAudit(tx, { actor, entity: 'salary_records' }, 'replace', null, {
        before: { year, rows: removed.filter((r) => r.year === year).length },
        after: { year, rows: rows.filter((r) => r.year === year).length },
      });
    }
    return { imported: rows.length, replaced: removed.length, years: years.length };
  },
});
