import { formatCount, formatNumber } from '../../../shared/format';

/** An amount in whole kronor: 1 375 000 kr (sv), SEK 1,375,000 (en). */
export function formatSek(value: number, language: string): string {
  const amount = formatCount(value, language);
  return language === 'sv' ? `${amount}\u00a0kr` : `SEK\u00a0${amount}`;
}

/** A share 0–1 as per cent with up to one decimal: 0.25 → "25 %". */
export function formatShare(value: number, language: string): string {
  return `${formatNumber(value * 100, language)}\u00a0%`;
}
