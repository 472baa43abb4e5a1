/**
 * Periods the results are shown for, each a run of whole months: "2025" (year), "2025-Q3"
 * (quarter), "2025-T2" (tertial, May–August), "2025-07" (month), "R12:2025-07" (the 12 months to July 2025).
 */
import { monthIndex, monthOfIndex } from './sampling';
import { periodPattern } from './vocabulary';

export type Granularity = 'month' | 'quarter' | 'tertial' | 'year' | 'rolling12';
export type Period = { key: string; granularity: Granularity; from: number; to: number };

export function parsePeriod(key: string): Period | null {
  const m = periodPattern.exec(key);
  if (!m) return null;
  if (m[1]) {
    const from = monthIndex(`${m[1]}-01`);
    return { key, granularity: 'year', from, to: from + 11 };
  }
  if (m[2]) {
    const from = monthIndex(`${m[2]}-01`) + (Number(m[3]) - 1) * 3;
    return { key, granularity: 'quarter', from, to: from + 2 };
  }
  if (m[4]) {
    if (Number(m[5]) < 1 || Number(m[5]) > 12) return null;
    const at = monthIndex(`${m[4]}-${m[5]}`);
    return { key, granularity: 'month', from: at, to: at };
  }
  if (m[7]) {
    const from = monthIndex(`${m[7]}-01`) + (Number(m[8]) - 1) * 4;
    return { key, granularity: 'tertial', from, to: from + 3 };
  }
  const to = monthIndex(m[6]);
  if (Number(m[6].slice(5)) < 1 || Number(m[6].slice(5)) > 12) return null;
  return { key, granularity: 'rolling12', from: to - 11, to };
}

/** The period of the same length just before (rolling 12 months: the 12 months before, not overlapping). */
export function previousPeriod(p: Period): Period {
  return periodEndingAt(p.granularity, p.from - 1);
}

/** The period of a granularity that contains (month, quarter, year) or ends at (rolling) a month. */
export function periodEndingAt(granularity: Granularity, month: number): Period {
  const name = monthOfIndex(month);
  const year = name.slice(0, 4);
  switch (granularity) {
    case 'month':
      return parsePeriod(name)!;
    case 'quarter':
      return parsePeriod(`${year}-Q${Math.floor((Number(name.slice(5)) - 1) / 3) + 1}`)!;
    case 'tertial':
      return parsePeriod(`${year}-T${Math.floor((Number(name.slice(5)) - 1) / 4) + 1}`)!;
    case 'year':
      return parsePeriod(year)!;
    case 'rolling12':
      return parsePeriod(`R12:${name}`)!;
  }
}

/** The series of periods of a granularity from one month to another (a trend's x axis). */
export function periodSeries(granularity: Granularity, fromMonth: number, toMonth: number): Period[] {
  const out: Period[] = [];
  let at = periodEndingAt(granularity, toMonth);
  while (at.to >= fromMonth && out.length < 400) {
    out.unshift(at);
    at = granularity === 'rolling12' ? periodEndingAt('rolling12', at.to - 1) : previousPeriod(at);
  }
  return out;
}

export function monthsOf(p: Pick<Period, 'from' | 'to'>): string[] {
  const out: string[] = [];
  for (let m = p.from; m <= p.to; m++) out.push(monthOfIndex(m));
  return out;
}

/** The calendar year a period's targets come from: the year of its last month. */
export const targetYearOf = (p: Pick<Period, 'to'>) => Number(monthOfIndex(p.to).slice(0, 4));
