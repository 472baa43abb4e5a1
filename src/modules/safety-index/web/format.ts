import { locale } from '../../../web/i18n';

/** 0.784 → "78,4 %" (sv) or "78.4 %" (en), with a no-break space so the sign never wraps alone. */
export function percent(value: number | null | undefined, language: string, digits = 1): string {
  if (value === null || value === undefined) return '–';
  return `${(value * 100).toLocaleString(locale(language), { minimumFractionDigits: digits, maximumFractionDigits: digits })}\u00a0%`;
}

/** Digits a published share carries: whole points under 100 respondents, one decimal from 100 (as the server rounds). */
export const shareDigits = (n: number | null | undefined) => (typeof n === 'number' && n < 100 ? 0 : 1);

export function interval(low: number | null, high: number | null, language: string, digits = 1): string {
  if (low === null || high === null) return '–';
  return `${percent(low, language, digits)}\u00a0– ${percent(high, language, digits)}`;
}

/** A count that may be withheld (null): a dash, never a made-up zero. */
export function count(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  return value.toLocaleString(locale(language));
}

export type { HiddenReason } from '../safety-index.contract';

export function decimal(value: number | null, language: string, digits = 2): string {
  if (value === null) return '–';
  return value.toLocaleString(locale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** "43 % av inbjudna" / "6 % av hushållen": the response rate and what it is a share of. */
export function responseRate(
  g: {
    responseRate: number | null;
    responseRateBasis: 'invitations' | 'households' | null;
    respondents: number | null;
  },
  language: string,
  t: (key: string) => string,
): string {
  if (g.responseRate === null || !g.responseRateBasis) return '–';
  return `${percent(g.responseRate, language, shareDigits(g.respondents))} ${t(`dashboard.rateBasis.${g.responseRateBasis}`)}`;
}
