import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { parseSalaryRow } from './salary-row';

const valid = {
  year: '2025',
  employee_ref: 'E-10234',
  gender: 'kvinna',
  job_title: 'Uthyrare',
  work_group: 'Uthyrare',
  job_value_level: '3',
  monthly_salary: '24 000',
  fte: '0,75',
  birth_year: '1984',
  hired_on: '2013-06-01',
  variable_pay: '',
};

const problemsOf = (patch: Partial<typeof valid>) => {
  const result = parseSalaryRow({ ...valid, ...patch });
  return result.ok ? [] : result.problems.map((p) => [p.column, p.code]);
};

describe('parseSalaryRow', () => {
  it('reads a row with Swedish words and numbers (kvinna, 24 000, 0,75) and no variable pay', () => {
    expect(parseSalaryRow(valid)).toEqual({
      ok: true,
      row: {
        year: 2025,
        employeeRef: 'E-10234',
        gender: 'woman',
        jobTitle: 'Uthyrare',
        workGroup: 'Uthyrare',
        jobValueLevel: 3,
        monthlySalary: 24_000,
        fte: 0.75,
        birthYear: 1984,
        hiredOn: '2013-06-01',
        variablePay: null,
      },
    });
  });

  it('reads man, annat and the English words', () => {
    for (const [word, gender] of [
      ['man', 'man'],
      ['Annat', 'other'],
      ['woman', 'woman'],
      ['other', 'other'],
    ]) {
      const result = parseSalaryRow({ ...valid, gender: word });
      expect(result.ok && result.row.gender).toBe(gender);
    }
  });

  it('refuses a reference that is a personal identity number, with or without a valid check digit', () => {
    // 19121212-1212 is Skatteverket's test number (Luhn-valid); 850415-1235 fails the check but is
    // still a date and a serial: a mistyped identity number identifies a person all the same.
    for (const ref of ['19121212-1212', '191212121212', '850415-1235']) {
      expect(problemsOf({ employee_ref: ref })).toEqual([
        ['employee_ref', 'pay-survey:import.ref_identity_number'],
      ]);
    }
  });

  it('refuses a coordination number (day + 60) and an e-mail address', () => {
    expect(problemsOf({ employee_ref: '701063-2391' })).toEqual([
      ['employee_ref', 'pay-survey:import.ref_identity_number'],
    ]);
    expect(problemsOf({ employee_ref: 'anna.svensson@bolaget.se' })).toEqual([
      ['employee_ref', 'pay-survey:import.ref_email'],
    ]);
  });

  it('takes employee numbers that are not dates', () => {
    for (const ref of ['1234567', 'E-10234', '20250001', 'A-W1'])
      expect(problemsOf({ employee_ref: ref })).toEqual([]);
  });

  it('refuses fte 0 (no pay level) and above 1, each with its own code', () => {
    expect(problemsOf({ fte: '0' })).toEqual([['fte', 'pay-survey:import.fte_zero']]);
    expect(problemsOf({ fte: '1,2' })).toEqual([['fte', 'out_of_range']]);
  });

  it('refuses a birth year or a hiring date after the survey year', () => {
    expect(problemsOf({ birth_year: '2025' })).toEqual([['birth_year', 'pay-survey:import.born_after_year']]);
    expect(problemsOf({ hired_on: '2026-01-01' })).toEqual([
      ['hired_on', 'pay-survey:import.hired_after_year'],
    ]);
    // Hired during the survey year is tenure 0, not an error.
    expect(problemsOf({ hired_on: '2025-12-31' })).toEqual([]);
  });

  it('reports every cell it cannot read, with core’s codes', () => {
    expect(
      problemsOf({ gender: 'x', job_value_level: '2,5', monthly_salary: '', hired_on: '2025-02-30' }),
    ).toEqual([
      ['gender', 'not_one_of'],
      ['job_value_level', 'not_integer'],
      ['monthly_salary', 'required'],
      ['hired_on', 'not_date'],
    ]);
  });

  it('has every code of its own translated in Swedish and English', () => {
    // duplicate_ref is the import kind's (salaries.import.ts): one employee twice in a year.
    const codes = [
      'ref_identity_number',
      'ref_email',
      'fte_zero',
      'born_after_year',
      'hired_after_year',
      'duplicate_ref',
    ];
    for (const messages of [sv, en]) expect(Object.keys(messages.import).sort()).toEqual([...codes].sort());
  });
});
