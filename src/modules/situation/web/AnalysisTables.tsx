import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../web/components/DataTable';
import { formatNumber } from '../../../web/components/format';
import type { Analysis } from './queries';

/** One area's incidents by category in the period, per 1,000 of its households. */
export function AreaCategoryTable({ data }: { data: Analysis }) {
  const { t, i18n } = useTranslation('situation');
  const [areaId, setAreaId] = useState<string | null>(data.areas[0]?.id ?? null);
  const area = data.areas.find((a) => a.id === areaId) ?? data.areas[0];
  if (!area) return null;
  const names = new Map(data.categories.map((c) => [c.categoryId, c]));
  // Categories with nothing to count are left out; hidden ones stay, saying so.
  const rows = area.byCategory
    .filter((c) => c.count !== 0)
    .map((c) => {
      const category = names.get(c.categoryId);
      const name = category?.name ?? '';
      return {
        id: c.categoryId,
        name: category?.positive ? `${name} (${t('analysis.positive')})` : name,
        count: c.count,
        per1000: c.per1000,
      };
    });
  return (
    <Stack gap="xs">
      <Select
        label={t('analysis.area')}
        data={data.areas.map((a) => ({ value: a.id, label: a.name }))}
        value={area.id}
        onChange={setAreaId}
        allowDeselect={false}
        searchable
        maw={360}
      />
      <DataTable
        caption={t('analysis.areaCategoriesIn', { area: area.name, households: area.households })}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('analysis.none')}
        columns={[
          { key: 'name', header: t('analysis.category'), render: (r) => r.name, rowHeader: true },
          {
            key: 'n',
            header: t('analysis.incidents'),
            render: (r) => (r.count === null ? t('analysis.hidden') : r.count),
            align: 'right',
          },
          {
            key: 'rate',
            header: t('analysis.per1000'),
            render: (r) => formatNumber(r.per1000, i18n.language),
            align: 'right',
          },
        ]}
      />
    </Stack>
  );
}

/** Weeks each partner reported (or said it had nothing to report) of the period's weeks. */
export function PartnerTable({ data }: { data: Analysis }) {
  const { t, i18n } = useTranslation('situation');
  return (
    <DataTable
      caption={t('analysis.partnersCaption', { weeks: data.weeks })}
      captionHidden
      rows={data.partners}
      rowKey={(p) => p.name}
      empty={t('analysis.none')}
      columns={[
        { key: 'name', header: t('analysis.partner'), render: (p) => p.name, rowHeader: true },
        {
          key: 'weeks',
          header: t('analysis.weeksReported'),
          render: (p) => `${p.weeks} / ${p.of}`,
          align: 'right',
        },
        {
          key: 'share',
          header: t('analysis.share'),
          render: (p) => (p.of ? `${formatNumber((p.weeks / p.of) * 100, i18n.language)} %` : '–'),
          align: 'right',
        },
      ]}
    />
  );
}
