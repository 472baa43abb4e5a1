import { locale } from '../i18n';

/** A number in the user's language ("1 234,5" in Swedish), or a dash where there is none. */
export function formatNumber(value: number | null, language: string, digits = 1): string {
  return value === null ? '–' : value.toLocaleString(locale(language), { maximumFractionDigits: digits });
}
