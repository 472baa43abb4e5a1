import { formatNumber } from '../../../web/components/format';
import { locale } from '../../../web/i18n';
import type { Rate } from './queries';

export { formatNumber };

/** "46,7 % (34,6–59,1)" — a rate with its 95 % interval, or a dash without a base. */
export function formatRate(rate: Rate, language: string): string {
  if (rate.rate === null || rate.ciLow === null || rate.ciHigh === null) return '–';
  const pct = (v: number) =>
    (v * 100).toLocaleString(locale(language), { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${pct(rate.rate)} % (${pct(rate.ciLow)}–${pct(rate.ciHigh)})`;
}
