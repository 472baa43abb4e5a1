import { formatCount, formatNumber, noFigure, sharePercent } from '../../../shared/format';
import type { FrameworkIndicator } from './queries';

type Unit = FrameworkIndicator['unit'];

/**
 * A published figure in its unit as the page shows it: a share as per cent to the precision the
 * publication layer left it ("75 %", "76,3 %"), a count whole, kronor whole, the rest to one decimal.
 */
export function formatValue(value: number | null | undefined, unit: Unit, language: string): string {
  if (value === null || value === undefined) return noFigure;
  switch (unit) {
    case 'fraction':
      return `${formatNumber(sharePercent(value), language, { digits: 1 })}\u00a0%`;
    case 'count':
    case 'sek':
      return formatCount(value, language);
    default:
      return formatNumber(value, language, { digits: 1 });
  }
}

/** A value as it was entered by hand (a share of 0.785 as "78,5 %"), not yet through the publication layer. */
export function formatEntered(value: number, unit: Unit, language: string): string {
  if (unit === 'fraction') return `${formatNumber(value * 100, language, { digits: 2 })}\u00a0%`;
  return formatNumber(value, language, { digits: 2 });
}
