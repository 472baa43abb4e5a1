import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatNumber } from '../../../shared/format';
import { EChart } from '../../../web/components/EChart';
import { PanelSection } from '../../../web/components/PanelSection';
import { curveOption, figureText, intervalText } from './curve-chart';
import type { Curve, CurveYear, ForecastPoint } from './queries';

/** A row of the chart's table: a year of the history, a year of the forecast, or both. */
type Row = { year: number; figure?: CurveYear; forecast?: ForecastPoint };

const statusKeys = { met: 'met', 'not met': 'notMet', 'too close to call': 'tooClose' } as const;

function rowsOf(curve: Curve): Row[] {
  const rows = new Map<number, Row>(curve.history.map((y) => [y.year, { year: y.year, figure: y }]));
  for (const p of curve.forecast?.points ?? [])
    rows.set(p.year, { ...(rows.get(p.year) ?? { year: p.year }), forecast: p });
  return [...rows.values()].sort((a, b) => a.year - b.year);
}

/** The curve: chart, one sentence for screen readers, and the same figures as a table under it. */
export function CurveSection({ curve }: { curve: Curve }) {
  const { t, i18n } = useTranslation('turn-the-curve');
  const language = i18n.language;
  const { unit } = curve.indicator;
  const fig = (v: number | null) => figureText(v, unit, language);
  const labels = useMemo(
    () => ({
      figure: t('chart.figure'),
      forecast: t('chart.forecast'),
      goal: t('chart.goal'),
      baseline: t('chart.baseline'),
      interval: t('chart.interval'),
    }),
    [t],
  );
  const option = useMemo(() => curveOption(curve, labels), [curve, labels]);
  const latest = [...curve.history].reverse().find((y) => y.value !== null);
  const lastForecast = curve.forecast?.points.at(-1);
  const summary = [
    curve.baseline
      ? t(curve.baseline.fromGoal ? 'summary.baselineGoal' : 'summary.baseline', {
          year: curve.baseline.year,
          value: fig(curve.baseline.value),
        })
      : t('summary.noFigures'),
    latest && latest.year !== curve.baseline?.year
      ? t('summary.latest', { year: latest.year, value: fig(latest.value) })
      : '',
    lastForecast
      ? t('summary.forecast', {
          year: lastForecast.year,
          value: fig(lastForecast.value),
          low: fig(lastForecast.low),
          high: fig(lastForecast.high),
        })
      : t('summary.noForecast'),
    latest?.target != null ? t('summary.goal', { year: latest.year, value: fig(latest.target) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const rows = rowsOf(curve);
  return (
    <PanelSection id="curve-chart" title={t('chart.title')} hint={t('chart.hint')}>
      <Text size="sm" mb="sm" id="curve-summary">
        {summary}
      </Text>
      <EChart
        option={option}
        ariaLabel={`${t('chart.label', { name: curve.indicator.name })} ${summary}`}
        tableOpen
        table={{
          caption: t('table.caption', { name: curve.indicator.name }),
          rows,
          rowKey: (r) => String(r.year),
          columns: [
            { key: 'year', header: t('table.year'), rowHeader: true, render: (r) => r.year },
            {
              key: 'value',
              header: t('table.value'),
              align: 'right',
              render: (r) => {
                if (!r.figure) return '';
                if (r.figure.suppressed) return t(`table.hidden.${r.figure.reason ?? 'small_group'}`);
                const value = fig(r.figure.value);
                return r.figure.complete ? value : `${value} (${t('table.soFar')})`;
              },
            },
            {
              key: 'interval',
              header: t('table.interval'),
              align: 'right',
              render: (r) => (r.figure ? intervalText(r.figure.ciLow, r.figure.ciHigh, unit, language) : ''),
            },
            {
              key: 'n',
              header: t('table.n'),
              align: 'right',
              render: (r) => (r.figure?.n == null ? '' : formatCount(r.figure.n, language)),
            },
            {
              key: 'forecast',
              header: t('table.forecast'),
              align: 'right',
              render: (r) =>
                r.forecast
                  ? `${fig(r.forecast.value)} (${intervalText(r.forecast.low, r.forecast.high, unit, language)})`
                  : '',
            },
            {
              key: 'goal',
              header: t('table.goal'),
              align: 'right',
              render: (r) => {
                const target = r.figure?.target ?? r.forecast?.target ?? null;
                return target === null ? '' : fig(target);
              },
            },
            {
              key: 'status',
              header: t('table.status'),
              render: (r) => (r.figure?.status ? t(`status.${statusKeys[r.figure.status]}`) : ''),
            },
          ],
        }}
      />
      {curve.forecast && (
        <Text size="xs" c="dimmed" mt="xs">
          {t(unit === 'fraction' ? 'chart.methodPoints' : 'chart.method', {
            years: curve.forecast.fittedYears.join(', '),
            slope: formatNumber(
              unit === 'fraction' ? curve.forecast.slope * 100 : curve.forecast.slope,
              language,
            ),
          })}
        </Text>
      )}
    </PanelSection>
  );
}
