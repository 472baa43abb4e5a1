import { describe, expect, it } from 'vitest';
import { indexMonths, type MonthDefinitions } from './definitions';

const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
const v1 = { version: 1, key: 'contact,evening' };
const v2 = { version: 2, key: 'contact' };
const v3 = { version: 3, key: 'contact' }; // new texts, same index questions

describe('one index definition per figure', () => {
  it('keeps the whole period when every month has one definition (versions with equal index questions are one)', () => {
    const defs: MonthDefinitions = new Map([
      ['2025-01', [v2]],
      ['2025-03', [v3]],
    ]);
    expect(indexMonths(months, defs)).toEqual({
      months,
      definition: { versions: [2, 3], fromMonth: null, pooled: false },
    });
  });

  it('cuts the period to the months of the newest definition, leaving out a month that holds both', () => {
    const defs: MonthDefinitions = new Map([
      ['2025-01', [v1]],
      ['2025-02', [v1, v2]],
      ['2025-03', [v2]],
    ]);
    expect(indexMonths(months, defs)).toEqual({
      months: ['2025-03', '2025-04'],
      definition: { versions: [2], fromMonth: '2025-03', pooled: false },
    });
  });

  it('pools, and says so, only when no month holds the newest definition alone', () => {
    const defs: MonthDefinitions = new Map([['2025-02', [v1, v2]]]);
    expect(indexMonths(['2025-02'], defs)).toEqual({
      months: ['2025-02'],
      definition: { versions: [1, 2], fromMonth: null, pooled: true },
    });
  });
});
