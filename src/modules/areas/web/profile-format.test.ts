import { describe, expect, it } from 'vitest';
import { formatCell, formatFigure } from './profile-format';

const sv = { days: 'dagar', hours: 'timmar', per1000: 'per 1 000 hushåll' };
const en = { days: 'days', hours: 'hours', per1000: 'per 1,000 households' };
// Swedish number formatting uses a no-break space (U+00A0) for thousands and before %.
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFigure', () => {
  it('shows the 2020 safety index 0.784 as 78,4 % in Swedish and 78.4% in English', () => {
    expect(nbsp(formatFigure(0.784, 'fraction', 'sv', sv))).toBe('78,4 %');
    expect(formatFigure(0.784, 'fraction', 'en', en)).toBe('78.4%');
  });

  it('shows counts as whole numbers with the thousands separator of the language', () => {
    expect(nbsp(formatFigure(12034, 'count', 'sv', sv))).toBe('12 034');
    expect(formatFigure(12034, 'count', 'en', en)).toBe('12,034');
  });

  // 37 incidents in an area of 12,087 households: 3.06 per 1,000.
  it('gives hours, days and rates one decimal and their unit', () => {
    expect(nbsp(formatFigure(412.25, 'hours', 'sv', sv))).toBe('412,3 timmar');
    expect(formatFigure(6.5, 'days', 'en', en)).toBe('6.5 days');
    expect(nbsp(formatFigure(37 / 12.087, 'per_1000', 'sv', sv))).toBe('3,1 per 1 000 hushåll');
  });

  it('shows money in whole kronor and a missing value as a dash', () => {
    expect(nbsp(formatFigure(25000, 'sek', 'sv', sv))).toBe('25 000 kr');
    expect(formatFigure(null, 'fraction', 'sv', sv)).toBe('–');
  });
});

describe('formatCell', () => {
  it('formats numbers, keeps text and dashes a null', () => {
    expect(nbsp(formatCell(1234.56, 'sv'))).toBe('1 234,6');
    expect(formatCell('v. 12', 'sv')).toBe('v. 12');
    expect(formatCell(null, 'en')).toBe('–');
  });
});
