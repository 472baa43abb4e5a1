import { localeOf as locale } from '../../shared/format';

import type { ProfileFigure } from './areas.contract';

export type ProfileUnit = ProfileFigure['unit'];

/** Unit words in the UI language; the number is formatted here, the words come from i18n. */
export type UnitWords = { days: string; hours: string; per1000: string };

/**
 * A profile figure as the page shows it: fractions as percent with one decimal ("78,4 %"), money in
 * whole kronor, counts as whole numbers, the rest with one decimal and its unit. Null is a dash.
 */
export function formatFigure(
  value: number | null,
  unit: ProfileUnit,
  language: string,
  words: UnitWords,
): string {
  if (value === null) return '–';
  const number = (digits: number) =>
    value.toLocaleString(locale(language), { maximumFractionDigits: digits });
  switch (unit) {
    case 'fraction':
      return value.toLocaleString(locale(language), { style: 'percent', maximumFractionDigits: 1 });
    case 'sek':
      return value.toLocaleString(locale(language), {
        style: 'currency',
        currency: 'SEK',
        maximumFractionDigits: 0,
      });
    case 'count':
      return number(0);
    case 'days':
      return `${number(1)} ${words.days}`;
    case 'hours':
      return `${number(1)} ${words.hours}`;
    case 'per_1000':
      return `${number(1)} ${words.per1000}`;
  }
}

/** A table cell: numbers in the UI language, text as it is, null as a dash. */
export function formatCell(value: string | number | null, language: string): string {
  if (value === null) return '–';
  return typeof value === 'number'
    ? value.toLocaleString(locale(language), { maximumFractionDigits: 1 })
    : value;
}
