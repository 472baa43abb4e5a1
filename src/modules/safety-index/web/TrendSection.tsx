import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { chartPercent, zoomedPercentAxis } from './charts';
import { count, interval, percent, shareDigits } from './format';
import { type Granularity, type GroupResultDto, safetyQueries, type TrendDto, trendRange } from './queries';

/** The group's index over time: line, 95 % band and the target line, with a table alternative. */
export function TrendSection({
  group,
  granularity,
  period,
  groupLabel,
}: {
  group: GroupResultDto;
  granularity: Granularity;
  period: string;
  groupLabel: string;
}) {
  const { t, i18n } = useTranslation('safety-index');
  const { from, to } = trendRange(granularity, period);
  const trend = useQuery(safetyQueries.trend(group.id, granularity, from, to));
  const points = trend.data?.points ?? [];
  const option = useMemo(() => trendOption(points, t('dashboard.index'), t('dashboard.target')), [points, t]);

  return (
    <PanelSection id="si-trend" title={t('dashboard.trend')}>
      <QueryState query={trend}>
        {() => (
          <EChart
            option={option}
            ariaLabel={t('dashboard.trendLabel', { group: groupLabel })}
            table={{
              caption: t('dashboard.trendTable'),
              rows: points,
              rowKey: (p) => p.period,
              columns: [
                {
                  key: 'period',
                  header: t('dashboard.granularity'),
                  render: (p) => p.period.replace('R12:', ''),
                  rowHeader: true,
                },
                {
                  key: 'value',
                  header: t('dashboard.index'),
                  render: (p) =>
                    p.reason
                      ? t(`reason.${p.reason}`)
                      : percent(p.value, i18n.language, shareDigits(p.respondents)),
                  align: 'right',
                },
                {
                  key: 'interval',
                  header: t('dashboard.interval'),
                  render: (p) => interval(p.low, p.high, i18n.language),
                  align: 'right',
                },
                {
                  key: 'n',
                  header: t('dashboard.respondents'),
                  render: (p) => count(p.respondents, i18n.language),
                  align: 'right',
                },
                {
                  key: 'target',
                  header: t('dashboard.target'),
                  render: (p) => percent(p.target, i18n.language, 0),
                  align: 'right',
                },
              ],
            }}
          />
        )}
      </QueryState>
    </PanelSection>
  );
}

function trendOption(points: TrendDto['points'], indexName: string, targetName: string): EChartsOption {
  const low = points.map((p) => chartPercent(p.low));
  const band = points.map((p) => (p.low === null || p.high === null ? null : chartPercent(p.high - p.low)));
  return {
    grid: { left: 44, right: 16, top: 24, bottom: 48 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [indexName, targetName] },
    xAxis: { type: 'category', data: points.map((p) => p.period.replace('R12:', '')) },
    yAxis: zoomedPercentAxis(5),
    series: [
      {
        name: 'low',
        type: 'line',
        data: low,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
      },
      {
        name: '95 %',
        type: 'line',
        data: band,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: '#1c5d99', opacity: 0.15 },
        tooltip: { show: false },
      },
      {
        name: indexName,
        type: 'line',
        data: points.map((p) => chartPercent(p.value)),
        connectNulls: false,
        color: '#1c5d99',
        symbolSize: 6,
      },
      {
        name: targetName,
        type: 'line',
        data: points.map((p) => chartPercent(p.target)),
        color: '#c92a2a',
        symbol: 'none',
        lineStyle: { type: 'dashed' },
        step: 'middle',
      },
    ],
  };
}
