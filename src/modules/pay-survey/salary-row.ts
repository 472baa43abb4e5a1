/**
 * One row of HR's salary file for the pay survey (docs/pay-survey.md): its columns, parsed with
 * core's cell parsers, and the checks across cells. The employee reference must be pseudonymous, so a
 * reference that looks like a personal identity or coordination number (or an e-mail address) is
 * refused — with core's detector, not a pattern of our own.
 */
import { type Cell, cells } from '../../core/import/cells';
import type { ColumnSpec, RowProblem } from '../../core/import/import-kind';
import { findPersonalData } from '../../core/personal-data';
import type { PayGender } from './pay-survey.table';

export type Gender = PayGender;

/** One employee in one survey year, as the statistics use it. */
export type SalaryRow = {
  year: number;
  employeeRef: string;
  gender: Gender;
  jobTitle: string;
  workGroup: string;
  /** The job's level in the organisation's job evaluation (higher is more demanding). */
  jobValueLevel: number;
  /** SEK a month as paid, for the employee's own working time. */
  monthlySalary: number;
  /** Full-time equivalent, 0 < fte ≤ 1. */
  fte: number;
  birthYear: number;
  /** YYYY-MM-DD. */
  hiredOn: string;
  /** Complementary and variable components paid in the year, SEK; null when the file has none. */
  variablePay: number | null;
};

/** Gender words in English and Swedish (the file's own spelling, any case). */
const genderWords: Record<string, Gender> = {
  woman: 'woman',
  kvinna: 'woman',
  man: 'man',
  other: 'other',
  annat: 'other',
};

const genderCell: Cell<Gender> = (raw) => {
  const found = genderWords[raw.trim().toLowerCase()];
  if (found) return { ok: true, value: found };
  const code = raw.trim() ? 'not_one_of' : 'required';
  return { ok: false, error: { code, params: { value: raw, allowed: 'kvinna, man, annat' } } };
};

/** The salary file's columns (documented names first, Swedish headers as aliases). */
export const salaryColumns: ColumnSpec[] = [
  { name: 'year', aliases: ['år', 'ar'], required: true, cell: cells.integer({ required: true, min: 1900 }) },
  {
    name: 'employee_ref',
    aliases: ['anställningsreferens', 'referens'],
    required: true,
    cell: cells.text({ required: true, max: 40 }),
  },
  { name: 'gender', aliases: ['kön', 'kon'], required: true, cell: genderCell },
  {
    name: 'job_title',
    aliases: ['befattning'],
    required: true,
    cell: cells.text({ required: true, max: 200 }),
  },
  {
    name: 'work_group',
    aliases: ['arbetsgrupp'],
    required: true,
    cell: cells.text({ required: true, max: 120 }),
  },
  {
    name: 'job_value_level',
    aliases: ['arbetsvärderingsnivå', 'niva', 'nivå'],
    required: true,
    cell: cells.integer({ required: true, min: 1 }),
  },
  {
    name: 'monthly_salary',
    aliases: ['månadslön', 'manadslon'],
    required: true,
    cell: cells.number({ required: true, min: 1 }),
  },
  {
    name: 'fte',
    aliases: ['sysselsättningsgrad', 'syssgrad'],
    required: true,
    cell: cells.number({ required: true, min: 0, max: 1 }),
  },
  {
    name: 'birth_year',
    aliases: ['födelseår', 'fodelsear'],
    required: true,
    cell: cells.integer({ required: true, min: 1900 }),
  },
  {
    name: 'hired_on',
    aliases: ['anställd', 'anstalld'],
    required: true,
    cell: cells.date({ required: true }),
  },
  { name: 'variable_pay', aliases: ['rörlig_lön', 'rorlig_lon'], cell: cells.number({ min: 0 }) },
];

/** What refuses a reference: a person can be found from an identity number or an e-mail address. */
const identifyingKinds = new Set(['personal_identity_number', 'coordination_number', 'email']);

/**
 * Why the reference may not be stored, as a message key; null when it is pseudonymous. Without the
 * checksum: a mistyped identity number identifies a person as well as a correct one, and a refused
 * pseudonym only costs HR a renamed reference.
 */
export function identifyingRefProblem(ref: string): string | null {
  const found = findPersonalData(ref, { checksum: false }).find((f) => identifyingKinds.has(f.kind));
  if (!found) return null;
  return found.kind === 'email' ? 'pay-survey:import.ref_email' : 'pay-survey:import.ref_identity_number';
}

const problem = (column: string, code: string, params?: Record<string, unknown>): RowProblem => ({
  column,
  code,
  params,
});

/**
 * The checks across a row's parsed cells (the import kind's `toRow`): a pseudonymous reference,
 * 0 < fte, and a birth year and hiring date that fall before the survey year ends.
 */
export function salaryRowFromValues(v: Record<string, unknown>): SalaryRow | RowProblem[] {
  const row: SalaryRow = {
    year: v.year as number,
    employeeRef: String(v.employee_ref),
    gender: v.gender as Gender,
    jobTitle: String(v.job_title),
    workGroup: String(v.work_group),
    jobValueLevel: v.job_value_level as number,
    monthlySalary: v.monthly_salary as number,
    fte: v.fte as number,
    birthYear: v.birth_year as number,
    hiredOn: String(v.hired_on),
    variablePay: (v.variable_pay as number | null | undefined) ?? null,
  };
  const problems: RowProblem[] = [];
  const refProblem = identifyingRefProblem(row.employeeRef);
  if (refProblem) problems.push(problem('employee_ref', refProblem));
  // A zero fte would make the pay level infinite; the cell's range allows 0 because it is inclusive.
  if (row.fte <= 0) problems.push(problem('fte', 'pay-survey:import.fte_zero'));
  if (row.birthYear >= row.year)
    problems.push(problem('birth_year', 'pay-survey:import.born_after_year', { year: row.year }));
  if (Number(row.hiredOn.slice(0, 4)) > row.year)
    problems.push(problem('hired_on', 'pay-survey:import.hired_after_year', { year: row.year }));
  return problems.length ? problems : row;
}

export type SalaryRowResult = { ok: true; row: SalaryRow } | { ok: false; problems: RowProblem[] };

/**
 * Parses one row of the salary file (cells keyed by the documented column names) into a SalaryRow,
 * or every problem found: first the cells' own (core's import.* codes), then the row's checks.
 */
export function parseSalaryRow(raw: Readonly<Record<string, string | undefined>>): SalaryRowResult {
  const values: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  for (const column of salaryColumns) {
    const parsed = column.cell(raw[column.name] ?? '');
    if (parsed.ok) values[column.name] = parsed.value;
    else problems.push({ column: column.name, ...parsed.error });
  }
  if (problems.length) return { ok: false, problems };
  const row = salaryRowFromValues(values);
  return Array.isArray(row) ? { ok: false, problems: row } : { ok: true, row };
}
