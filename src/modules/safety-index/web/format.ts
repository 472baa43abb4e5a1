import { locale } from '../../../web/i18n';

/** 0.784 → "78,4 %" (sv) or "78.4 %" (en), with a no-break space so the sign never wraps alone. */
export function percent(value: number | null | undefined, language: string, digits = 1): string {
  if (value === null || value === undefined) return '–';
  return `${(value * 100).toLocaleString(locale(language), { minimumFractionDigits: digits, maximumFractionDigits: digits })}\u00a0%`;
}

export function interval(low: number | null, high: number | null, language: string): string {
  if (low === null || high === null) return '–';
  return `${percent(low, language)}\u00a0– ${percent(high, language)}`;
}

export function decimal(value: number | null, language: string, digits = 2): string {
  if (value === null) return '–';
  return value.toLocaleString(locale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
