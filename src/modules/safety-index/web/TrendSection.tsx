import { Paper, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageLoader } from '../../../web/layout/PageLoader';
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
    <Paper withBorder p="md" component="section" aria-labelledby="si-trend">
      <Title order={2} size="h3" id="si-trend" mb="sm">
        {t('dashboard.trend')}
      </Title>
      {trend.isPending ? (
        <PageLoader />
      ) : trend.error ? (
        <ErrorAlert error={trend.error} />
      ) : (
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
    </Paper>
  );
}

function trendOption(points: TrendDto['points'], indexName: string, targetName: string): EChartsOption {
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  const low = points.map((p) => pct(p.low));
  const band = points.map((p) =>
    p.low === null || p.high === null ? null : Math.round((p.high - p.low) * 1000) / 10,
  );
  return {
    grid: { left: 44, right: 16, top: 24, bottom: 48 },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [indexName, targetName] },
    xAxis: { type: 'category', data: points.map((p) => p.period.replace('R12:', '')) },
    yAxis: {
      type: 'value',
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 5) * 5 - 5),
      max: 100,
      axisLabel: { formatter: '{value} %' },
    },
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
        data: points.map((p) => pct(p.value)),
        connectNulls: false,
        color: '#1c5d99',
        symbolSize: 6,
      },
      {
        name: targetName,
        type: 'line',
        data: points.map((p) => pct(p.target)),
        color: '#c92a2a',
        symbol: 'none',
        lineStyle: { type: 'dashed' },
        step: 'middle',
      },
    ],
  };
}
