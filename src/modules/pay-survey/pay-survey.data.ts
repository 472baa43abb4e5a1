/**
 * What the service and the indicators read: a year's salary rows as the statistics take them, HR's
 * findings, and the year's survey published (rows → paySurvey → publishPaySurvey). Reads only; the
 * callers check access and audit the view.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { disclosureThresholds } from '../../core/disclosure';
import { publishPaySurvey } from './pay-publication';
import { type CategoryKey, levelKey, workGroupKey } from './pay-statistics';
import { type PaySurvey, paySurvey } from './pay-survey';
import { type PayCategoryKind, payFindings, salaryRecords } from './pay-survey.table';
import type { SalaryRow } from './salary-row';

/** The organisation's salary rows of one year, in employee_ref order. */
export async function salaryRowsOf(db: Db, organisationId: string, year: number): Promise<SalaryRow[]> {
  const rows = await db
    .select()
    .from(salaryRecords)
    .where(and(eq(salaryRecords.organisationId, organisationId), eq(salaryRecords.year, year)))
    .orderBy(asc(salaryRecords.employeeRef));
  return rows.map((r) => ({
    year: r.year,
    employeeRef: r.employeeRef,
    gender: r.gender,
    jobTitle: r.jobTitle,
    workGroup: r.workGroup,
    jobValueLevel: r.jobValueLevel,
    monthlySalary: r.monthlySalary,
    fte: r.fte,
    birthYear: r.birthYear,
    hiredOn: r.hiredOn,
    variablePay: r.variablePay,
  }));
}

/** The years the organisation has salary rows of, latest first. */
export async function salaryYearsOf(db: Db, organisationId: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: salaryRecords.year })
    .from(salaryRecords)
    .where(eq(salaryRecords.organisationId, organisationId))
    .orderBy(desc(salaryRecords.year));
  return rows.map((r) => r.year);
}

/** The flag's key of a finding's category; null for an equal-value pair (it has no flag of its own). */
export function flagKeyOf(kind: PayCategoryKind, key: string): CategoryKey | null {
  if (kind === 'work_group') return workGroupKey(key);
  if (kind === 'job_value_level') return levelKey(Number(key));
  return null;
}

/** The year's findings, oldest category kind first. */
export function findingsOf(db: Db, organisationId: string, year: number) {
  return db
    .select()
    .from(payFindings)
    .where(and(eq(payFindings.organisationId, organisationId), eq(payFindings.year, year)))
    .orderBy(asc(payFindings.categoryKind), asc(payFindings.categoryKey));
}

/** The year's survey with HR's explanations fed into its flags, and as it may be published. */
export async function yearSurvey(db: Db, organisationId: string, year: number) {
  const [rows, findings, thresholds] = await Promise.all([
    salaryRowsOf(db, organisationId, year),
    findingsOf(db, organisationId, year),
    disclosureThresholds(db, organisationId),
  ]);
  const explained = findings.flatMap((f) =>
    f.explained ? (flagKeyOf(f.categoryKind, f.categoryKey) ?? []) : [],
  );
  const survey: PaySurvey = paySurvey(year, rows, { explained });
  return { rows, findings, survey, published: publishPaySurvey(survey, thresholds) };
}
