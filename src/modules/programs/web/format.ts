import type { TFunction } from 'i18next';
import { formatNumber } from '../../../web/components/format';
import { locale } from '../../../web/i18n';
import type { HiddenReason, Share } from './queries';

export { formatNumber };

/** A share in per cent as published: whole points under 100 contributors, one decimal from 100. */
function percent(value: number, n: number | null, language: string): string {
  const digits = (n ?? 0) >= 100 ? 1 : 0;
  return (value * 100).toLocaleString(locale(language), {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/** "47 % (34–60)" — a published share with its 95 % interval, or a dash without a base or when hidden. */
export function formatRate(share: Share, language: string): string {
  if (share.value === null || share.low === null || share.high === null) return '–';
  const pct = (v: number) => percent(v, share.n, language);
  return `${pct(share.value)} % (${pct(share.low)}–${pct(share.high)})`;
}

/** Why a figure is not shown, in words ("Visas inte: färre än 10 deltagare"). */
export function hiddenText(t: TFunction, reason: HiddenReason, threshold: number): string {
  return t(`hidden.${reason}`, { threshold });
}

/** A count as published, or a dash when hidden (the reason is said beside it). */
export const formatCount = (value: number | null) => (value === null ? '–' : String(value));

/** "47 % (34–60)", or why it is hidden. */
export function rateOrReason(share: Share, language: string, t: TFunction, threshold: number): string {
  return share.reason ? hiddenText(t, share.reason, threshold) : formatRate(share, language);
}
