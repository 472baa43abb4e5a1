import { describe, expect, it } from 'vitest';
import { datesInOrder, phaseOn } from './phases';

const dates = {
  proposalsFrom: '2026-03-01',
  reviewFrom: '2026-04-01',
  votingFrom: '2026-05-01',
  resultFrom: '2026-05-15',
  implementationFrom: '2026-06-01',
};

describe('the phase of a day', () => {
  it('is the latest phase started on or before it', () => {
    expect(phaseOn(dates, '2026-02-28')).toBe('upcoming');
    expect(phaseOn(dates, '2026-03-01')).toBe('proposals');
    expect(phaseOn(dates, '2026-03-31')).toBe('proposals');
    expect(phaseOn(dates, '2026-04-01')).toBe('review');
    expect(phaseOn(dates, '2026-05-14')).toBe('voting');
    expect(phaseOn(dates, '2026-05-15')).toBe('result');
    expect(phaseOn(dates, '2027-01-01')).toBe('implementation');
  });

  it('skips a phase of no days (two phases starting on the same day)', () => {
    expect(phaseOn({ ...dates, reviewFrom: '2026-05-01' }, '2026-05-01')).toBe('voting');
  });

  it('needs the dates in order', () => {
    expect(datesInOrder(dates)).toBe(true);
    expect(datesInOrder({ ...dates, votingFrom: '2026-03-15' })).toBe(false);
  });
});
