import { describe, expect, it } from 'vitest';
import { poissonUpperTail, proposeGrade, trendOf } from './grading';

// Reference values computed with SciPy 1.17: scipy.stats.poisson.sf(k - 1, 2.5).
describe('poissonUpperTail', () => {
  it.each([
    [5, 0.10882198108584877],
    [6, 0.04202103819530614],
    [7, 0.014187311990913347],
    [8, 0.004246695489344507],
    [10, 0.0002773520946208362],
  ])('P(X ≥ %i | λ = 2.5) = %f', (k, p) => {
    expect(poissonUpperTail(k, 2.5)).toBeCloseTo(p, 10);
  });

  it('is 1 for k = 0', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
  });
});

describe('proposeGrade — worked example', () => {
  // Bäckby norra, the 12 weeks before week 48: 2+3+1+4+2+3+2+1+3+2+4+3 = 30 incidents, mean 30 / 12 = 2.5.
  const baseline = [2, 3, 1, 4, 2, 3, 2, 1, 3, 2, 4, 3];

  it('has a baseline mean of 2.5 a week', () => {
    expect(proposeGrade(0, baseline).baselineMean).toBe(2.5);
  });

  it('does not flag 5 incidents: P(X ≥ 5 | 2.5) = 0.109, above 5 %', () => {
    expect(proposeGrade(5, baseline)).toMatchObject({ level: 1, flagged: false });
  });

  it('flags 6 incidents as level 2: P(X ≥ 6 | 2.5) = 0.042 < 0.05', () => {
    const p = proposeGrade(6, baseline);
    expect(p).toMatchObject({ level: 2, flagged: true });
    expect(p.pValue).toBeCloseTo(0.04202, 5);
  });

  it('proposes level 3 for 8 incidents: P(X ≥ 8 | 2.5) = 0.0042 < 0.01', () => {
    expect(proposeGrade(8, baseline).level).toBe(3);
  });

  it('proposes level 4 for 10 incidents: P(X ≥ 10 | 2.5) = 0.00028 < 0.001', () => {
    expect(proposeGrade(10, baseline).level).toBe(4);
  });

  it('never proposes above the top of a shorter scale', () => {
    expect(proposeGrade(10, baseline, 3).level).toBe(3);
  });

  it('does not flag a count at or below the baseline mean', () => {
    expect(proposeGrade(2, baseline)).toMatchObject({ level: 1, pValue: 1 });
  });
});

describe('proposeGrade — a quiet area', () => {
  // 0 incidents in 12 weeks: λ floored at 0.5 / 12 = 0.0417. P(X ≥ 1) = 1 − e^−0.0417 = 0.0408 (< 5 %),
  // P(X ≥ 2) = 0.00084 (< 0.1 %) — SciPy: poisson.sf(0, 0.5/12), poisson.sf(1, 0.5/12).
  const quiet = Array(12).fill(0);
  it('proposes level 2 for one incident and level 4 for two', () => {
    expect(proposeGrade(1, quiet)).toMatchObject({ level: 2, lambda: 0.5 / 12 });
    expect(proposeGrade(1, quiet).pValue).toBeCloseTo(0.040810542890861806, 10);
    expect(proposeGrade(2, quiet).level).toBe(4);
  });
});

describe('trendOf', () => {
  it('compares with the week before; higher level is worse', () => {
    expect(trendOf(3, 2)).toBe('up');
    expect(trendOf(1, 2)).toBe('down');
    expect(trendOf(2, 2)).toBe('same');
    expect(trendOf(2, null)).toBeNull();
  });
});
