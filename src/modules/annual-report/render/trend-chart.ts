/**
 * An indicator's trend chart as geometry, drawn the same way by the PDF (pdfkit vector graphics)
 * and the HTML (inline SVG): the published value per year as a line with points, the 95 % interval
 * as whiskers, the target as a dashed line with markers; a year without a figure is a gap in the
 * line, never a zero. Coordinates run from the top left, as in both PDF (pdfkit) and SVG.
 */
import type { ReportIndicator } from '../../../core/report';
import { formatNumber, noFigure } from '../../../shared/format';
import { figureText, figureWithUnit, intervalText } from './figures';
import { labelsFor, type ReportLanguage } from './labels';

export type Box = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

export type TrendChart = {
  /** The whole chart, legend and axes included. */
  box: Box;
  /** The area the figures are plotted in. */
  plot: Box;
  yTicks: { y: number; label: string }[];
  years: { x: number; label: string }[];
  /** Runs of consecutive years with a figure: each is one polyline (a single year is a lone point). */
  lines: Point[][];
  points: Point[];
  whiskers: { x: number; top: number; bottom: number }[];
  /** Runs of consecutive years with a target. */
  targetLines: Point[][];
  targets: Point[];
  legend: { value: string; interval: string; target: string };
  /** The chart's text alternative: every figure and the target, in words. */
  alt: string;
};

/** Chart spacing (points or CSS pixels): room for the legend, the y labels and the years. */
const pad = { top: 22, right: 12, bottom: 20, left: 50 };

/** A round step for about `parts` intervals over `span`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span: number, parts: number): number {
  const raw = span / parts;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/** The y axis: from zero (or below, for a negative figure) to a round number above every figure. */
function yDomain(i: ReportIndicator): { low: number; high: number; step: number } {
  const numbers = i.trend
    .flatMap((p) => [p.value, p.ci_low, p.ci_high, p.target])
    .filter((v): v is number => v !== null);
  const min = Math.min(0, ...numbers);
  const max = Math.max(0, ...numbers);
  if (max === min)
    return i.unit === 'fraction' ? { low: 0, high: 1, step: 0.25 } : { low: 0, high: 10, step: 2.5 };
  const step = niceStep((max - min) * 1.05, 4);
  return { low: Math.floor(min / step) * step, high: Math.ceil((max * 1.05) / step) * step || step, step };
}

function runs<T>(items: (T | null)[]): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  for (const item of items) {
    if (item === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(item);
  }
  if (run.length) out.push(run);
  return out;
}

/** The chart of an indicator's trend placed in a box. */
export function trendChart(i: ReportIndicator, language: ReportLanguage, box: Box): TrendChart {
  const l = labelsFor(language);
  const plot = {
    x: box.x + pad.left,
    y: box.y + pad.top,
    width: box.width - pad.left - pad.right,
    height: box.height - pad.top - pad.bottom,
  };
  const { low, high, step } = yDomain(i);
  const yOf = (v: number) => plot.y + plot.height - ((v - low) / (high - low)) * plot.height;
  const slot = plot.width / Math.max(1, i.trend.length);
  const xOf = (k: number) => plot.x + (k + 0.5) * slot;
  const yTicks = [];
  for (let v = low; v <= high + step / 1000; v += step) {
    // Whole steps from a round start: clear the floating-point dust before the label is written.
    const tick = Math.round(v / step) * step;
    const value = Number(tick.toPrecision(12));
    // An axis label, not a published figure: a step of 0.25 keeps its two decimals.
    const label =
      i.unit === 'fraction'
        ? figureText(value, i.unit, language)
        : formatNumber(value, language, { digits: 2 });
    yTicks.push({ y: yOf(tick), label });
  }
  const valuePoints = i.trend.map((p, k) => (p.value === null ? null : { x: xOf(k), y: yOf(p.value) }));
  const targetPoints = i.trend.map((p, k) => (p.target === null ? null : { x: xOf(k), y: yOf(p.target) }));
  return {
    box,
    plot,
    yTicks,
    years: i.trend.map((p, k) => ({ x: xOf(k), label: String(p.year) })),
    lines: runs(valuePoints),
    points: valuePoints.filter((p): p is Point => p !== null),
    whiskers: i.trend.flatMap((p, k) =>
      p.ci_low === null || p.ci_high === null
        ? []
        : [{ x: xOf(k), top: yOf(p.ci_high), bottom: yOf(p.ci_low) }],
    ),
    targetLines: runs(targetPoints),
    targets: targetPoints.filter((p): p is Point => p !== null),
    legend: { value: l.chartValue, interval: l.chartInterval, target: l.chartTarget },
    alt: trendAltText(i, language),
  };
}

/**
 * The chart in words, for a screen reader and for anyone who cannot see it: "Trygghetsindex
 * 2021–2025: 2021 74 %, 2022 uppgift saknas, …, 2025 78,4 % (95 % konfidensintervall 75,7–80,9 %);
 * mål 82 %."
 */
export function trendAltText(i: ReportIndicator, language: ReportLanguage): string {
  const l = labelsFor(language);
  const first = i.trend[0]?.year;
  const last = i.trend.at(-1)?.year;
  const years = i.trend.map((p) => {
    const shown = p.suppressed
      ? l.notShown
      : p.value === null
        ? l.noFigure
        : figureWithUnit(p.value, i.unit, language);
    const interval = intervalText(p, i.unit, language);
    return `${p.year} ${shown}${interval === noFigure ? '' : ` (${l.chartInterval} ${interval})`}`;
  });
  const withTarget = i.trend.filter((p) => p.target !== null);
  const distinct = new Set(withTarget.map((p) => p.target));
  const target =
    withTarget.length === 0
      ? l.noTarget
      : distinct.size === 1
        ? `${l.chartTarget} ${figureWithUnit(withTarget[0].target, i.unit, language)}`
        : `${l.chartTarget} ${withTarget.map((p) => `${p.year} ${figureWithUnit(p.target, i.unit, language)}`).join(', ')}`;
  const span = first === last ? `${first}` : `${first}–${last}`;
  return `${i.name} ${span}: ${years.join(', ')}; ${target}.`;
}
