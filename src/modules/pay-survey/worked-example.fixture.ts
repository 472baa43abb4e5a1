/**
 * The worked pay survey of the tests (issue 14's acceptance example), every row written out: 2025,
 * four work groups, 38 employees. The same rows are in pay-survey.reference.py, which gives the
 * adjusted gap independently.
 *
 *   Fastighetsskötare, level 2: 6 women, 6 men and 1 of gender `other` — equal work, shown.
 *   Uthyrare, level 3: 8 women and 5 men — women-dominated (8 / 13 = 61.5 %), shown.
 *   Ekonomer, level 4: 5 women and 2 men — too few men, hidden.
 *   Tekniker, level 1: 1 woman and 4 men — too few women, hidden.
 */
import type { Gender, SalaryRow } from './salary-row';

export const workedYear = 2025;

const row = (
  employeeRef: string,
  gender: Gender,
  workGroup: string,
  jobValueLevel: number,
  monthlySalary: number,
  fte: number,
  birthYear: number,
  hiredOn: string,
  variablePay: number | null = null,
): SalaryRow => ({
  year: workedYear,
  employeeRef,
  gender,
  jobTitle: workGroup,
  workGroup,
  jobValueLevel,
  monthlySalary,
  fte,
  birthYear,
  hiredOn,
  variablePay,
});

const caretakers = 'Fastighetsskötare';
const letting = 'Uthyrare';
const finance = 'Ekonomer';
const technicians = 'Tekniker';
export const workedGroups = { caretakers, letting, finance, technicians };

export const workedRows: SalaryRow[] = [
  // Pay levels 30 000, 31 000, 32 000 (24 000 at 75 %), 33 000, 34 000, 35 000.
  row('A-W1', 'woman', caretakers, 2, 30_000, 1, 1990, '2018-03-01'),
  row('A-W2', 'woman', caretakers, 2, 31_000, 1, 1985, '2015-08-15', 5_000),
  row('A-W3', 'woman', caretakers, 2, 24_000, 0.75, 1979, '2010-01-10', 6_000),
  row('A-W4', 'woman', caretakers, 2, 33_000, 1, 1972, '2004-05-01', 7_000),
  row('A-W5', 'woman', caretakers, 2, 34_000, 1, 1968, '2001-09-01', 8_000),
  row('A-W6', 'woman', caretakers, 2, 35_000, 1, 1965, '1995-02-01', 9_000),
  // Pay levels 31 000, 32 000, 33 000, 34 000, 35 000, 37 000 (18 500 at 50 %).
  row('A-M1', 'man', caretakers, 2, 31_000, 1, 1995, '2021-06-01'),
  row('A-M2', 'man', caretakers, 2, 32_000, 1, 1988, '2016-04-01', 6_000),
  row('A-M3', 'man', caretakers, 2, 33_000, 1, 1982, '2012-10-01', 7_000),
  row('A-M4', 'man', caretakers, 2, 34_000, 1, 1976, '2008-03-15', 8_000),
  row('A-M5', 'man', caretakers, 2, 35_000, 1, 1970, '2000-11-01', 9_000),
  row('A-M6', 'man', caretakers, 2, 18_500, 0.5, 1963, '1992-01-01', 10_000),
  row('A-X1', 'other', caretakers, 2, 33_000, 1, 1980, '2011-05-01'),
  row('B-W1', 'woman', letting, 3, 30_000, 1, 1997, '2022-02-01'),
  row('B-W2', 'woman', letting, 3, 30_000, 1, 1993, '2020-09-01', 4_000),
  row('B-W3', 'woman', letting, 3, 31_000, 1, 1991, '2019-01-15'),
  row('B-W4', 'woman', letting, 3, 31_000, 1, 1987, '2017-03-01', 4_000),
  row('B-W5', 'woman', letting, 3, 32_000, 1, 1984, '2013-06-01', 5_000),
  row('B-W6', 'woman', letting, 3, 32_000, 1, 1981, '2011-08-01'),
  row('B-W7', 'woman', letting, 3, 33_000, 1, 1975, '2006-04-01', 5_000),
  row('B-W8', 'woman', letting, 3, 33_000, 1, 1969, '1999-10-01', 6_000),
  row('B-M1', 'man', letting, 3, 32_000, 1, 1994, '2020-03-01', 4_000),
  row('B-M2', 'man', letting, 3, 33_000, 1, 1989, '2017-09-01', 4_000),
  row('B-M3', 'man', letting, 3, 34_000, 1, 1983, '2012-01-01', 5_000),
  row('B-M4', 'man', letting, 3, 35_000, 1, 1977, '2007-05-01', 6_000),
  row('B-M5', 'man', letting, 3, 36_000, 1, 1971, '2002-08-01', 6_000),
  row('C-W1', 'woman', finance, 4, 40_000, 1, 1992, '2019-05-01'),
  row('C-W2', 'woman', finance, 4, 41_000, 1, 1986, '2014-02-01'),
  row('C-W3', 'woman', finance, 4, 42_000, 1, 1980, '2009-09-01'),
  row('C-W4', 'woman', finance, 4, 43_000, 1, 1974, '2003-01-01'),
  row('C-W5', 'woman', finance, 4, 44_000, 1, 1967, '1997-06-01'),
  row('C-M1', 'man', finance, 4, 45_000, 1, 1978, '2010-03-01'),
  row('C-M2', 'man', finance, 4, 47_000, 1, 1966, '1998-11-01'),
  row('D-W1', 'woman', technicians, 1, 29_000, 1, 1996, '2023-04-01'),
  row('D-M1', 'man', technicians, 1, 28_000, 1, 1999, '2024-01-15'),
  row('D-M2', 'man', technicians, 1, 29_000, 1, 1990, '2019-08-01'),
  row('D-M3', 'man', technicians, 1, 30_000, 1, 1984, '2014-05-01'),
  row('D-M4', 'man', technicians, 1, 31_000, 1, 1973, '2005-02-01'),
];
