import { describe, expect, it } from 'vitest';
import { addDays, localDate, localToInstant, startOfLocalDay, swedishToday } from './local-time';

describe('Swedish local time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(localToInstant('2026-01-15', '18:00').toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(localToInstant('2026-07-15', '18:00').toISOString()).toBe('2026-07-15T16:00:00.000Z');
  });

  it('handles the day daylight saving time ends (25 October 2026)', () => {
    expect(localToInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('gives the local date just after midnight', () => {
    expect(localDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });

  it('starts a local day at 23:00 or 22:00 UTC the day before', () => {
    expect(startOfLocalDay('2026-11-23').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(startOfLocalDay('2026-06-01').toISOString()).toBe('2026-05-31T22:00:00.000Z');
  });

  it('takes "today" as the Swedish date, which runs ahead of UTC around midnight', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Stockholm (UTC+1 in winter).
    expect(swedishToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('counts calendar days across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
