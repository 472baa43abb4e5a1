import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatFigureCell,
  formatNumber,
  formatPercent,
  localeOf,
} from './format';

// The expected strings are written out by hand from the conventions, not taken from Intl: Swedish
// (Språkrådet, Svenska skrivregler §§ 11.2, 11.3) writes a decimal comma, a space between groups of
// three digits and a space before the per-cent sign; ISO 8601 dates; English (en-GB) a decimal
// point, comma groups and day-month-year. \u00a0 is the no-break space, so "78,4 %" never wraps.
describe('numbers', () => {
  it('writes Swedish with a decimal comma and no-break spaces, English with a point and commas', () => {
    expect(formatNumber(1234.56, 'sv')).toBe('1\u00a0234,6');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(1234567, 'sv', { digits: 0 })).toBe('1\u00a0234\u00a0567');
    expect(formatNumber(2.5, 'sv', { digits: 2, minDigits: 2 })).toBe('2,50');
    expect(formatNumber(10.25, 'sv')).toBe('10,3');
  });

  it('writes a negative number with a hyphen-minus that spreadsheets read', () => {
    expect(formatNumber(-1.5, 'sv')).toBe('-1,5');
    expect(formatNumber(-1234, 'en', { digits: 0 })).toBe('-1,234');
  });

  it('writes a missing figure as a dash, never as zero', () => {
    expect(formatNumber(null, 'sv')).toBe('–');
    expect(formatCount(undefined, 'en')).toBe('–');
    expect(formatPercent(null, 'sv')).toBe('–');
    expect(formatNumber(Number.NaN, 'sv')).toBe('–');
  });

  it('writes a share as per cent with fixed decimals and a no-break space before the sign', () => {
    expect(formatPercent(0.784, 'sv')).toBe('78,4\u00a0%');
    expect(formatPercent(0.784, 'en')).toBe('78.4\u00a0%');
    expect(formatPercent(0.76, 'sv', 0)).toBe('76\u00a0%');
    expect(formatPercent(0.5, 'sv')).toBe('50,0\u00a0%');
    expect(formatPercent(1, 'en', 0)).toBe('100\u00a0%');
  });

  it('counts in whole numbers', () => {
    expect(formatCount(12345.4, 'sv')).toBe('12\u00a0345');
    expect(formatCount(12345.4, 'en')).toBe('12,345');
  });

  it('reads every language but English as Swedish', () => {
    expect(localeOf('en')).toBe('en-GB');
    for (const language of ['sv', 'ar', 'so']) expect(localeOf(language)).toBe('sv-SE');
  });
});

describe('dates', () => {
  it('writes a day as ISO 8601 in Swedish and day/month/year in English', () => {
    expect(formatDate('2026-11-16', 'sv')).toBe('2026-11-16');
    expect(formatDate('2026-11-16', 'en')).toBe('16/11/2026');
    expect(formatDate('2026-01-05', 'sv', 'long')).toBe('5 januari 2026');
    expect(formatDate('2026-01-05', 'en', 'long')).toBe('5 January 2026');
  });

  it('names the weekday of a calendar day, in any time zone of the server', () => {
    // 16 November 2026 is a Monday (ISO week 47).
    expect(formatDate('2026-11-16', 'sv', 'weekday')).toBe('måndag 16 november');
    expect(formatDate('2026-11-16', 'en', 'weekday')).toBe('Monday 16 November');
  });

  it('writes an instant in Swedish wall-clock time, across the spring clock change', () => {
    // 29 March 2026 01:30 UTC is 03:30 summer time in Stockholm (the clocks went 02:00 → 03:00 at 01:00 UTC).
    expect(formatDateTime(new Date('2026-03-29T01:30:00Z'), 'sv')).toBe('2026-03-29 03:30');
    // 16 November 2026 08:05 UTC is 09:05 winter time.
    expect(formatDateTime('2026-11-16T08:05:07Z', 'sv', { seconds: true })).toBe('2026-11-16 09:05:07');
    expect(formatDateTime('2026-11-16T08:05:07Z', 'en')).toBe('16/11/2026, 09:05');
  });
});

describe('formatFigureCell', () => {
  it('writes shares as per cent with their published decimals, counts whole, text as it is', () => {
    expect(formatFigureCell(0.47, 'fraction', 'sv')).toBe('47\u00a0%');
    expect(formatFigureCell(0.467, 'fraction', 'sv')).toBe('46,7\u00a0%');
    expect(formatFigureCell(0.467, 'fraction', 'en')).toBe('46.7\u00a0%');
    expect(formatFigureCell(1234, 'count', 'sv')).toBe('1\u00a0234');
    expect(formatFigureCell(12.34, 'per_1000', 'en')).toBe('12.3');
    expect(formatFigureCell(null, 'fraction', 'sv')).toBe('–');
    expect(formatFigureCell('Bäckby', 'text', 'sv')).toBe('Bäckby');
  });
});
