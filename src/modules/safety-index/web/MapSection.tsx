import { Box, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../web/components/DataTable';
import { PanelSection } from '../../../web/components/PanelSection';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { TableToggle } from '../../../web/components/TableToggle';
import { areaQueries } from '../../areas/web';
import { count, interval, percent, responseRate, shareDigits } from './format';
import { colourScale, type GroupResultDto, resultColour } from './queries';

type MapRow = { id: string; name: string; district: string; group: GroupResultDto | undefined };

/** The group's areas coloured by result, with the same areas as a table for those who cannot see the map. */
export function MapSection({
  parent,
  allGroups,
  min,
  onOpen,
  mapTileUrl,
}: {
  /** Null for a host: their own areas. */
  parent: GroupResultDto | null;
  allGroups: GroupResultDto[];
  min: number;
  onOpen: (id: string) => void;
  mapTileUrl: string | null;
}) {
  const { t, i18n } = useTranslation('safety-index');
  const shapes = useQuery(areaQueries.list());

  const rows = useMemo<MapRow[]>(() => {
    const byId = new Map(allGroups.map((g) => [g.id, g]));
    return (shapes.data ?? [])
      .filter(
        (a) => !parent || parent.level === 'organisation' || a.districtId === parent.id || a.id === parent.id,
      )
      .map((a) => ({
        id: a.id,
        name: a.name,
        district: byId.get(a.districtId)?.name ?? '',
        group: byId.get(a.id),
      }));
  }, [shapes.data, allGroups, parent]);

  const result = useCallback(
    (g: GroupResultDto | undefined) =>
      !g || (g.respondents === 0 && !g.reason)
        ? t('dashboard.noFigures')
        : g.reason
          ? t(`reason.${g.reason}`)
          : percent(g.value, i18n.language, shareDigits(g.respondents)),
    [t, i18n.language],
  );

  const features = useMemo<MapFeature[]>(() => {
    const geometry = new Map((shapes.data ?? []).map((a) => [a.id, a.geometry]));
    return rows
      .filter((r) => geometry.get(r.id))
      .map((r) => ({
        id: r.id,
        geometry: geometry.get(r.id)!,
        label: `${r.name}: ${result(r.group)}`,
        color: resultColour(r.group && !r.group.suppressed ? r.group.value : null),
        fillOpacity: 0.55,
        dashed: r.group?.suppressed,
      }));
  }, [rows, shapes.data, result]);

  const mapColumns: Column<MapRow>[] = [
    { key: 'name', header: t('dashboard.area'), render: (r) => r.name, rowHeader: true },
    { key: 'district', header: t('dashboard.district'), render: (r) => r.district },
    {
      key: 'n',
      header: t('dashboard.respondents'),
      render: (r) => count(r.group?.respondents, i18n.language),
      align: 'right',
    },
    { key: 'value', header: t('dashboard.index'), render: (r) => result(r.group), align: 'right' },
    {
      key: 'interval',
      header: t('dashboard.interval'),
      render: (r) =>
        r.group ? interval(r.group.low, r.group.high, i18n.language, shareDigits(r.group.respondents)) : '–',
    },
    {
      key: 'rate',
      header: t('dashboard.responseRate'),
      render: (r) => (r.group ? responseRate(r.group, i18n.language, t) : '–'),
      align: 'right',
    },
  ];

  return (
    <PanelSection id="si-map" title={t('dashboard.map')}>
      <PolygonMap
        features={features}
        ariaLabel={t('dashboard.mapLabel')}
        tileUrl={mapTileUrl}
        height={340}
        onSelect={onOpen}
      />
      <MapLegend min={min} />
      <TableToggle
        table={{
          caption: t('dashboard.mapTable'),
          rows,
          rowKey: (r) => r.id,
          columns: mapColumns,
        }}
      />
    </PanelSection>
  );
}

/** The colours of the results, and why an area may be grey. */
function MapLegend({ min }: { min: number }) {
  const { t } = useTranslation('safety-index');
  return (
    <Stack gap={4} mt="xs" aria-label={t('dashboard.legend')} role="group">
      <Group gap="sm" wrap="wrap">
        {[
          ...colourScale,
          { colour: '#adb5bd', label: `${t('dashboard.hidden')} / ${t('dashboard.noFigures')}` },
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
  );
}
