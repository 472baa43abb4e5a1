import type { LineSeriesOption } from 'echarts/charts';
import { formatNumber, sharePercent } from '../../../shared/format';
import type { EChartsOption } from '../../../web/components/EChart';
import type { Curve } from './queries';

type Unit = Curve['indicator']['unit'];

/** A figure in the chart's scale: a share (0–1) as per cent, anything else as it is. */
export const chartValue = (value: number | null, unit: Unit): number | null =>
  unit === 'fraction' ? sharePercent(value) : value;

/** A figure as the reader reads it: "78,4 %" for a share, "12,5" for the rest; a dash for none. */
export function figureText(value: number | null, unit: Unit, language: string): string {
  const shown = formatNumber(chartValue(value, unit), language);
  return unit === 'fraction' && value !== null ? `${shown}\u00a0%` : shown;
}

/** "70,1 % – 74,5 %", or a dash without an interval. */
export function intervalText(low: number | null, high: number | null, unit: Unit, language: string): string {
  if (low === null || high === null) return '–';
  return `${figureText(low, unit, language)} – ${figureText(high, unit, language)}`;
}

export type CurveLabels = {
  figure: string;
  forecast: string;
  goal: string;
  baseline: string;
  interval: string;
};

const colours = { figure: '#1c5d99', forecast: '#5f3dc4', goal: '#c92a2a', baseline: '#495057' };

/** An invisible line under a band and the band on it (ECharts stacks the band's height on its floor). */
function band(
  stack: string,
  lows: (number | null)[],
  highs: (number | null)[],
  colour: string,
): LineSeriesOption[] {
  const height = lows.map((low, i) => (low === null || highs[i] === null ? null : highs[i]! - low));
  const common = {
    type: 'line',
    stack,
    symbol: 'none',
    lineStyle: { opacity: 0 },
    tooltip: { show: false },
  } as const;
  return [
    { ...common, name: `${stack}-low`, data: lows },
    { ...common, name: `${stack}-band`, data: height, areaStyle: { color: colour, opacity: 0.15 } },
  ];
}

/**
 * The turn-the-curve chart: the published history with its interval band, the forecast if nothing
 * changes dashed with its prediction band (joined to the last year it was fitted to), the goals as
 * markers on a dashed line, and the baseline as a horizontal line.
 */
export function curveOption(curve: Curve, labels: CurveLabels): EChartsOption {
  const { unit } = curve.indicator;
  const scale = (v: number | null) => chartValue(v, unit);
  const forecast = curve.forecast?.points ?? [];
  const years = [...curve.history.map((y) => y.year), ...forecast.map((p) => p.year)];
  const unique = [...new Set(years)].sort((a, b) => a - b);
  const historyOf = new Map(curve.history.map((y) => [y.year, y]));
  const forecastOf = new Map(forecast.map((p) => [p.year, p]));
  const lastFitted = curve.forecast?.fittedYears.at(-1);
  const forecastLine = unique.map((year) => {
    if (forecastOf.has(year)) return scale(forecastOf.get(year)!.value);
    return year === lastFitted ? scale(historyOf.get(year)?.value ?? null) : null;
  });
  const goal = unique.map((year) =>
    scale(historyOf.get(year)?.target ?? forecastOf.get(year)?.target ?? null),
  );
  const percentAxis = unit === 'fraction';
  return {
    grid: { left: 56, right: 24, top: 24, bottom: 56 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [labels.figure, labels.forecast, labels.goal] },
    xAxis: { type: 'category', data: unique.map(String) },
    yAxis: {
      type: 'value',
      scale: true,
      ...(percentAxis ? { max: 100 } : {}),
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min * 0.9)),
      axisLabel: { formatter: percentAxis ? '{value} %' : '{value}', hideOverlap: true },
    },
    series: [
      ...band(
        'history',
        unique.map((y) => scale(historyOf.get(y)?.ciLow ?? null)),
        unique.map((y) => scale(historyOf.get(y)?.ciHigh ?? null)),
        colours.figure,
      ),
      ...band(
        'forecast',
        unique.map((y) => scale(forecastOf.get(y)?.low ?? null)),
        unique.map((y) => scale(forecastOf.get(y)?.high ?? null)),
        colours.forecast,
      ),
      {
        name: labels.figure,
        type: 'line',
        data: unique.map((y) => scale(historyOf.get(y)?.value ?? null)),
        color: colours.figure,
        symbolSize: 7,
        connectNulls: false,
        markLine: curve.baseline
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: colours.baseline, type: 'dotted' },
              label: { formatter: `${labels.baseline} ${curve.baseline.year}`, position: 'insideStartTop' },
              data: [{ yAxis: scale(curve.baseline.value) ?? 0 }],
            }
          : undefined,
      },
      {
        name: labels.forecast,
        type: 'line',
        data: forecastLine,
        color: colours.forecast,
        lineStyle: { type: 'dashed' },
        symbol: 'emptyCircle',
        symbolSize: 6,
      },
      {
        name: labels.goal,
        type: 'line',
        data: goal,
        color: colours.goal,
        lineStyle: { type: 'dashed', width: 1 },
        symbol: 'diamond',
        symbolSize: 10,
        connectNulls: false,
      },
    ],
  };
}
