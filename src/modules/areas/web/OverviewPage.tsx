import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../web/components/DataTable';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { locale } from '../../../web/i18n';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { districtOutline, useAreaColumns, useCountColumns } from './places';
import { areaQueries, districtTotals } from './queries';

/** "Översikt": the organisation's districts and areas on a map, with household counts. */
export default function OverviewPage() {
  const { t, i18n } = useTranslation('areas');
  const me = useMe();
  const districts = useQuery(areaQueries.districts());
  const areas = useQuery(areaQueries.list());
  const number = (n: number) => n.toLocaleString(locale(i18n.language));
  const navigate = useNavigate();
  const areaIds = useMemo(() => new Set((areas.data ?? []).map((a) => a.id)), [areas.data]);
  // A click on an area opens its profile; districts only outline the areas.
  const openArea = useCallback(
    (id: string) => {
      if (areaIds.has(id)) navigate(`/areas/${id}`);
    },
    [areaIds, navigate],
  );

  const countColumns = useCountColumns();
  const areaColumns = useAreaColumns([
    {
      key: 'district',
      header: t('fields.district'),
      render: (a) => (
        <Anchor component={Link} to={`/districts/${a.districtId}`}>
          {a.districtName}
        </Anchor>
      ),
    },
  ]);

  const features = useMemo<MapFeature[]>(() => {
    const list: MapFeature[] = (districts.data ?? []).flatMap(districtOutline);
    for (const a of areas.data ?? []) {
      if (a.geometry)
        list.push({
          id: a.id,
          geometry: a.geometry,
          label: `${a.name} (${a.code}) · ${t('overview.householdsCount', { count: a.households })}`,
        });
    }
    return list;
  }, [districts.data, areas.data, t]);

  if (districts.isPending || areas.isPending) return <PageLoader />;
  if (districts.error || areas.error) return <ErrorAlert error={districts.error ?? areas.error} />;

  const totals = districtTotals(districts.data, areas.data);
  const households = areas.data.reduce((sum, a) => sum + a.households, 0);
  const sortedAreas = [...areas.data].sort(
    (a, b) => a.districtName.localeCompare(b.districtName, 'sv') || a.name.localeCompare(b.name, 'sv'),
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('overview.title')} description={me.organisation.name} />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Figure label={t('overview.districts')} value={number(districts.data.length)} />
        <Figure label={t('overview.areas')} value={number(areas.data.length)} />
        <Figure label={t('overview.households')} value={number(households)} />
      </SimpleGrid>

      <section aria-labelledby="overview-map">
        <Title order={2} size="h3" id="overview-map" mb="xs">
          {t('overview.map')}
        </Title>
        <PolygonMap
          features={features}
          ariaLabel={t('overview.mapLabel')}
          tileUrl={me.mapTileUrl}
          onSelect={openArea}
        />
      </section>

      <div>
        <Title order={2} size="h3" mb="xs">
          {t('overview.perDistrict')}
        </Title>
        <EChart
          option={districtChart(totals, t('overview.households'), number)}
          ariaLabel={t('overview.chartLabel')}
          height={48 + 30 * totals.length}
          tableOpen
          table={{
            caption: t('overview.perDistrict'),
            captionHidden: true,
            columns: [
              {
                key: 'name',
                header: t('fields.district'),
                render: (d) => (
                  <Anchor component={Link} to={`/districts/${d.id}`}>
                    {d.name}
                  </Anchor>
                ),
                rowHeader: true,
              },
              { key: 'areas', header: t('overview.areas'), render: (d) => number(d.areas), align: 'right' },
              ...countColumns,
            ],
            rows: totals,
            rowKey: (d) => d.id,
          }}
        />
      </div>

      <DataTable
        caption={t('overview.perArea')}
        columns={areaColumns}
        rows={sortedAreas}
        rowKey={(a) => a.id}
      />
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="baseline" gap="xs">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fw={700} size="xl">
          {value}
        </Text>
      </Group>
    </Paper>
  );
}

/** Horizontal bars, largest district on top. */
function districtChart(
  totals: { name: string; households: number }[],
  label: string,
  number: (n: number) => string,
): EChartsOption {
  const sorted = [...totals].sort((a, b) => a.households - b.households);
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => number(Number(v)) },
    xAxis: {
      type: 'value',
      name: label,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: number },
    },
    yAxis: { type: 'category', data: sorted.map((d) => d.name) },
    series: [
      { type: 'bar', name: label, data: sorted.map((d) => d.households), itemStyle: { color: '#1c5d99' } },
    ],
  };
}
