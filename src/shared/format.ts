import { swedishTimeZone } from './time';

/**
 * Numbers and dates as a Swedish or English reader expects them, the same on a page, in an export
 * and in a PDF: "1 234,5" and "78,4 %" in Swedish (decimal comma, no-break space between thousands
 * and before the per-cent sign), "1,234.5" and "78.4 %" in English, ISO dates in Swedish.
 */

/** sv-SE for Swedish (and the survey's other languages), en-GB (day before month) for English. */
export function localeOf(language: string): 'sv-SE' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

/** What a missing, withheld or impossible figure is shown as: a dash, never a made-up zero. */
export const noFigure = '–';

export type Digits = {
  /** At most this many decimals (default 1). */
  digits?: number;
  /** At least this many decimals (default 0): 2 for "78,40". */
  minDigits?: number;
};

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, digits: number, minDigits: number): Intl.NumberFormat {
  const key = `${language}:${digits}:${minDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), {
      maximumFractionDigits: Math.max(digits, minDigits),
      minimumFractionDigits: minDigits,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A number in the reader's language, or a dash for null. The minus is a plain hyphen-minus, not
 * sv-SE's U+2212: spreadsheets read it as a number and the PDF's standard fonts have it.
 */
export function formatNumber(
  value: number | null | undefined,
  language: string,
  digits: Digits = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noFigure;
  const { digits: max = 1, minDigits = 0 } = digits;
  return numberFormat(language, max, minDigits).format(value).replace('\u2212', '-');
}

/** A whole number: 1234 → "1 234" (sv), "1,234" (en). */
export function formatCount(value: number | null | undefined, language: string): string {
  return formatNumber(value, language, { digits: 0 });
}

/** A fraction as per cent with a fixed number of decimals: 0.784 → "78,4 %" (sv), "78.4 %" (en). */
export function formatPercent(fraction: number | null | undefined, language: string, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return noFigure;
  return `${formatNumber(fraction * 100, language, { digits, minDigits: digits })}\u00a0%`;
}

const dateStyles = {
  /** 2026-11-16 (sv), 16/11/2026 (en). */
  numeric: { year: 'numeric', month: '2-digit', day: '2-digit' },
  /** 16 november 2026 (sv), 16 November 2026 (en). */
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  /** måndag 16 november (sv), Monday 16 November (en): a calendar's day heading. */
  weekday: { weekday: 'long', day: 'numeric', month: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof dateStyles;

/** A calendar day (`YYYY-MM-DD`, no time zone) in the reader's language. */
export function formatDate(day: string, language: string, style: DateStyle = 'numeric'): string {
  // The day is read and written at UTC midnight, so no time zone can move it to the day before.
  return new Intl.DateTimeFormat(localeOf(language), { ...dateStyles[style], timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** An instant as Swedish wall-clock time: "2026-11-16 09:05" (sv), "16/11/2026, 09:05" (en). */
export function formatDateTime(instant: Date | string, language: string, { seconds = false } = {}): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'short',
    timeStyle: seconds ? 'medium' : 'short',
    timeZone: swedishTimeZone,
  }).format(new Date(instant));
}

/**
 * A published share (0–1, already rounded by the publication layer) as a per cent number for a table
 * cell or a chart: 0.47 → 47, 0.467 → 46.7; null stays null (a gap, not a zero).
 */
export const sharePercent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;

/** The unit of a figure in a table cell: shares 0–1 are written as per cent, the rest as numbers. */
export const figureCellUnits = ['fraction', 'count', 'days', 'hours', 'per_1000', 'sek', 'number'] as const;
export type FigureCellUnit = (typeof figureCellUnits)[number];

/**
 * A published figure (already rounded by the publication layer) as a table shows it: a share as
 * per cent with the decimals it was published with (0.47 → "47 %", 0.467 → "46,7 %"), a count whole,
 * anything else to one decimal; null as a dash, text as it is.
 */
export function formatFigureCell(
  cell: string | number | null,
  unit: FigureCellUnit | 'text',
  language: string,
): string {
  if (cell === null) return noFigure;
  if (typeof cell === 'string') return cell;
  if (unit === 'fraction') {
    const percent = sharePercent(cell) as number;
    return `${formatNumber(percent, language, { digits: 1 })}\u00a0%`;
  }
  if (unit === 'count') return formatCount(cell, language);
  return formatNumber(cell, language);
}

/**
 * Per cent as a form takes it (4,7) and a share 0–1 as the API takes it (0.047), and back; rounded
 * to four decimals of a per cent so that 0.1 × 3 stays 0.3.
 */
export const shareFromPercent = (percent: number) => Math.round(percent * 1e4) / 1e6;
export const percentFromShare = (share: number) => Math.round(share * 1e6) / 1e4;
