import { sharePercent } from '../../../shared/format';

/** The per-cent axes and values the dashboard's charts share, so that every chart reads its shares alike. */

/** A published share (0–1) as the chart's per cent: the same conversion as the report's tables. */
export const chartPercent = sharePercent;

/** The whole 0–100 % value axis, for bars of shares side by side. */
export const fullPercentAxis = {
  type: 'value',
  min: 0,
  max: 100,
  axisLabel: { formatter: '{value} %', hideOverlap: true },
} as const;

/** A value axis up to 100 %, its floor zoomed to the data in steps of `step` points (never below 0). */
export const zoomedPercentAxis = (step: number) =>
  ({
    type: 'value',
    min: (v: { min: number }) => Math.max(0, Math.floor(v.min / step) * step - step),
    max: 100,
    axisLabel: { formatter: '{value} %' },
  }) as const;
