import { locale } from '../i18n';

/** A number in the user's language ("1 234,5" in Swedish), or a dash where there is none. */
export function formatNumber(value: number | null, language: string, digits = 1): string {
  return value === null ? '–' : value.toLocaleString(locale(language), { maximumFractionDigits: digits });
}

/** Today's date in Sweden as YYYY-MM-DD, the value a date input expects (not the phone's UTC date). */
export function todayInSweden(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}
