import { Anchor, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { StatusBadge } from './DashboardPage';
import { interval, percent } from './format';
import { colourScale, type GroupResultDto, resultColour } from './queries';

type AreaShape = {
  id: string;
  districtId: string;
  name: string;
  code: string;
  geometry: Polygon | MultiPolygon | null;
};

/** Map of the group's areas coloured by result, and its districts or areas side by side. */
export function CompareSection({
  parent,
  items,
  allGroups,
  min,
  onOpen,
  mapTileUrl,
}: {
  parent: GroupResultDto;
  items: GroupResultDto[];
  allGroups: GroupResultDto[];
  min: number;
  onOpen: (id: string) => void;
  mapTileUrl: string | null;
}) {
  const { t, i18n } = useTranslation('safety-index');
  const shapes = useQuery({
    queryKey: ['safety-index', 'area-shapes'],
    queryFn: () => api.get<AreaShape[]>('/areas'),
  });
  const parentName = parent.level === 'organisation' ? t('dashboard.organisation') : parent.name;

  const features = useMemo<MapFeature[]>(() => {
    const byId = new Map(allGroups.map((g) => [g.id, g]));
    return (shapes.data ?? [])
      .filter((a) => a.geometry)
      .filter((a) => parent.level === 'organisation' || a.districtId === parent.id || a.id === parent.id)
      .map((a) => {
        const g = byId.get(a.id);
        const shown = g && !g.suppressed ? g.value : null;
        const text =
          !g || g.respondents === 0
            ? t('dashboard.noFigures')
            : g.suppressed
              ? t('dashboard.tooFew')
              : percent(g.value, i18n.language);
        return {
          id: a.id,
          geometry: a.geometry!,
          label: `${a.name}: ${text}`,
          color: resultColour(shown),
          fillOpacity: 0.55,
          dashed: g?.suppressed,
        };
      });
  }, [shapes.data, allGroups, parent, t, i18n.language]);

  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 120, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', data: items.map((g) => g.name), inverse: true },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'bar',
          data: items.map((g) => ({
            value: g.suppressed || g.value === null ? null : Math.round(g.value * 1000) / 10,
            itemStyle: { color: resultColour(g.suppressed ? null : g.value) },
          })),
          markLine:
            parent.target === null
              ? undefined
              : {
                  symbol: 'none',
                  data: [{ xAxis: parent.target * 100 }],
                  lineStyle: { color: '#c92a2a', type: 'dashed' },
                },
        },
      ],
    }),
    [items, parent.target],
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
        render: (g: GroupResultDto) => g.respondents,
        align: 'right' as const,
      },
      {
        key: 'value',
        header: t('dashboard.index'),
        align: 'right' as const,
        render: (g: GroupResultDto) =>
          g.suppressed ? t('dashboard.tooFew') : percent(g.value, i18n.language),
      },
      {
        key: 'interval',
        header: t('dashboard.interval'),
        render: (g: GroupResultDto) => interval(g.low, g.high, i18n.language),
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
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="md" component="section" aria-labelledby="si-map">
        <Title order={2} size="h3" id="si-map" mb="sm">
          {t('dashboard.map')}
        </Title>
        <PolygonMap
          features={features}
          ariaLabel={t('dashboard.mapLabel')}
          tileUrl={mapTileUrl}
          height={340}
          onSelect={onOpen}
        />
        <Stack gap={4} mt="xs" aria-label={t('dashboard.legend')} role="group">
          <Group gap="sm" wrap="wrap">
            {[
              ...colourScale,
              { colour: '#adb5bd', label: `${t('dashboard.tooFew')} / ${t('dashboard.noFigures')}` },
            ].map((c) => (
              <Group key={c.label} gap={4} wrap="nowrap">
                <Box w={14} h={14} style={{ background: c.colour, borderRadius: 2 }} aria-hidden />
                <Text size="xs">{c.label}</Text>
              </Group>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {t('dashboard.tooFewHint', { min })}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="si-compare">
        <Title order={2} size="h3" id="si-compare" mb="sm">
          {t('dashboard.compare')}
        </Title>
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
      </Paper>
    </SimpleGrid>
  );
}
