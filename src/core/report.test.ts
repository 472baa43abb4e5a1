import { describe, expect, it } from 'vitest';
import { publishIndicator } from './report';

const share = { unit: 'fraction' as const, higherIsBetter: true };

describe('publishIndicator: the report through the publication layer', () => {
  it('rounds a share of 54 to whole points, so 41/54 = 0.759259… is published as 0.76 (bounds outwards)', () => {
    const out = publishIndicator(share, { value: 41 / 54, n: 54, ciLow: 0.6271, ciHigh: 0.8542 });
    expect(out).toMatchObject({ value: 0.76, ci_low: 0.62, ci_high: 0.86, n: 54 });
  });

  it('gives a share of 1,000 respondents to one decimal: the seeds’ 78.4 % against 82 % is not met', () => {
    // Interval of ±2.5 points around 0.784 (n = 1,000): wholly below the 0.82 target.
    const out = publishIndicator(share, {
      value: 0.7842,
      n: 1000,
      ciLow: 0.7591,
      ciHigh: 0.8093,
      target: 0.82,
    });
    expect(out).toMatchObject({ value: 0.784, ci_low: 0.759, ci_high: 0.81, status: 'not met' });
  });

  it('derives status from the published interval, not from the unrounded one', () => {
    // Unrounded low 0.8196 < 0.82 would be "too close to call"; published outwards it is 0.81, still below: consistent.
    const out = publishIndicator(share, { value: 0.88, n: 89, ciLow: 0.8196, ciHigh: 0.94, target: 0.82 });
    expect(out.ci_low).toBe(0.81);
    expect(out.status).toBe('too close to call');
    // A module's own status is not trusted over the interval.
    const claimed = publishIndicator(share, {
      value: 0.88,
      n: 89,
      ciLow: 0.8196,
      ciHigh: 0.94,
      target: 0.82,
      status: 'met',
    });
    expect(claimed.status).toBe('too close to call');
  });

  it('publishes a suppressed figure without value, count or bounds, and says why', () => {
    const out = publishIndicator(share, {
      value: 1,
      n: 1,
      ciLow: 0.2,
      ciHigh: 1,
      suppressed: true,
      reason: 'small_group',
    });
    expect(out).toEqual({
      value: null,
      n: null,
      ci_low: null,
      ci_high: null,
      status: null,
      suppressed: true,
      suppressed_reason: 'small_group',
    });
  });

  it('gives counts and days to one decimal and judges exact figures against the target without an interval', () => {
    const out = publishIndicator(
      { unit: 'days', higherIsBetter: false },
      { value: 12.345, n: 40, ciLow: null, ciHigh: null, target: 14 },
    );
    expect(out).toMatchObject({ value: 12.3, status: 'met' });
  });
});
