import { formatCount, formatNumber, formatPercent, noFigure } from '../../../shared/format';
import type { PublishedFigure } from './queries';

type Unit = 'fraction' | 'count' | 'days' | 'hours' | 'per_1000' | 'sek';

/** Decimals a published share carries: whole points under 100 contributors, one from 100 (as the server rounds). */
const shareDigits = (n: number | null) => (n !== null && n < 100 ? 0 : 1);

/** A figure's value in its unit: "78,4 %", "7 943", "18 dagar" … (a dash when there is none). */
export function formatValue(
  value: number | null,
  unit: Unit,
  language: string,
  unitWord: (unit: Unit) => string,
  n: number | null = null,
): string {
  if (value === null) return noFigure;
  if (unit === 'fraction') return formatPercent(value, language, shareDigits(n));
  const number = unit === 'count' ? formatCount(value, language) : formatNumber(value, language);
  const word = unitWord(unit);
  return word ? `${number}\u00a0${word}` : number;
}

/** A target in its unit: a share as per cent with up to one decimal ("82 %", "82,5 %"). */
export function formatTarget(target: number, unit: Unit, language: string, unitWord: (unit: Unit) => string) {
  if (unit === 'fraction') return `${formatNumber(target * 100, language)}\u00a0%`;
  return formatValue(target, unit, language, unitWord);
}

/** The published interval, "76,0–80,6 %" or "12,1–14,3"; null without one. */
export function formatInterval(figure: PublishedFigure, unit: Unit, language: string): string | null {
  if (figure.ciLow === null || figure.ciHigh === null) return null;
  if (unit === 'fraction') {
    const digits = shareDigits(figure.n);
    const low = formatNumber(figure.ciLow * 100, language, { digits, minDigits: digits });
    return `${low}–${formatPercent(figure.ciHigh, language, digits)}`;
  }
  return `${formatNumber(figure.ciLow, language)}–${formatNumber(figure.ciHigh, language)}`;
}
