import { Anchor, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { PanelSection } from '../../../web/components/PanelSection';
import { chartPercent, fullPercentAxis } from './charts';
import { count, interval, percent, responseRate, shareDigits } from './format';
import { type GroupResultDto, resultColour } from './queries';
import { StatusBadge } from './StatusBadge';

/** The group's districts or areas side by side, against the target, with the table open. */
export function CompareSection({
  parent,
  items,
  onOpen,
}: {
  /** Null for a host, who sees their own areas without a district or organisation above them. */
  parent: GroupResultDto | null;
  items: GroupResultDto[];
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('safety-index');
  const parentName =
    parent === null
      ? t('dashboard.yourAreas')
      : parent.level === 'organisation'
        ? t('dashboard.organisation')
        : parent.name;
  const target = parent?.target ?? null;

  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 120, right: 24, top: 8, bottom: 24 },
      xAxis: fullPercentAxis,
      yAxis: { type: 'category', data: items.map((g) => g.name), inverse: true },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'bar',
          data: items.map((g) => ({
            value: g.suppressed ? null : chartPercent(g.value),
            itemStyle: { color: resultColour(g.suppressed ? null : g.value) },
          })),
          markLine:
            target === null
              ? undefined
              : {
                  symbol: 'none',
                  data: [{ xAxis: target * 100 }],
                  lineStyle: { color: '#c92a2a', type: 'dashed' },
                },
        },
      ],
    }),
    [items, target],
  );

  const table = {
    caption: t('dashboard.compareTable', { group: parentName }),
    rows: items,
    rowKey: (g: GroupResultDto) => g.id,
    columns: [
      {
        key: 'name',
        header: t('dashboard.name'),
        rowHeader: true,
        render: (g: GroupResultDto) => (
          <Anchor
            component="button"
            type="button"
            onClick={() => onOpen(g.id)}
            aria-label={t('dashboard.open', { name: g.name })}
          >
            {g.name}
          </Anchor>
        ),
      },
      {
        key: 'n',
        header: t('dashboard.respondents'),
        render: (g: GroupResultDto) => count(g.respondents, i18n.language),
        align: 'right' as const,
      },
      {
        key: 'value',
        header: t('dashboard.index'),
        align: 'right' as const,
        render: (g: GroupResultDto) =>
          g.reason ? t(`reason.${g.reason}`) : percent(g.value, i18n.language, shareDigits(g.respondents)),
      },
      {
        key: 'interval',
        header: t('dashboard.interval'),
        render: (g: GroupResultDto) => interval(g.low, g.high, i18n.language, shareDigits(g.respondents)),
      },
      {
        key: 'rate',
        header: t('dashboard.responseRate'),
        align: 'right' as const,
        render: (g: GroupResultDto) => responseRate(g, i18n.language, t),
      },
      {
        key: 'status',
        header: t('dashboard.status'),
        render: (g: GroupResultDto) => (g.status ? <StatusBadge status={g.status} /> : '–'),
      },
      {
        key: 'change',
        header: t('dashboard.change'),
        render: (g: GroupResultDto) => (g.change ? t(`changes.${g.change}`) : '–'),
      },
    ],
  };

  return (
    <PanelSection id="si-compare" title={t('dashboard.compare')}>
      {items.length > 0 ? (
        <EChart
          option={option}
          ariaLabel={t('dashboard.compareLabel', { group: parentName })}
          height={Math.max(160, items.length * 28 + 40)}
          tableOpen
          table={table}
        />
      ) : (
        <Text c="dimmed">{t('dashboard.noData')}</Text>
      )}
    </PanelSection>
  );
}
