import { NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../web/components/DataTable';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import type { Language } from '../../../web/i18n';
import { areaQueries } from '../../areas/web';
import { AreaSelect } from './AreaSelect';
import { type FollowUp, type Round, roundQueries } from './queries';

type Row = FollowUp['findingsByItem'][number];

/** Findings per quarter, stacked by checklist item. */
function chartOption(rows: Row[], itemName: (key: string) => string): EChartsOption {
  const quarters = [...new Set(rows.map((r) => `${r.year} Q${r.quarter}`))];
  const items = [...new Set(rows.map((r) => r.itemKey))];
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: quarters },
    yAxis: { type: 'value', minInterval: 1 },
    series: items.map((item) => ({
      type: 'bar' as const,
      stack: 'findings',
      name: itemName(item),
      data: quarters.map(
        (q) => rows.find((r) => `${r.year} Q${r.quarter}` === q && r.itemKey === item)?.findings ?? 0,
      ),
    })),
  };
}

/** Findings by checklist item over time, and how actions are followed up, per area and property. */
export default function FollowUpPage() {
  const { t, i18n } = useTranslation('rounds');
  const lang = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  const [areaId, setAreaId] = useState('');
  const [propertyId, setPropertyId] = useState('');
  const areas = useQuery(roundQueries.areas());
  const properties = useQuery(areaQueries.properties(areaId));
  const rounds = useQuery(roundQueries.rounds(areaId || undefined, propertyId || undefined));
  const data = useQuery(
    roundQueries.followUp({ areaId: areaId || undefined, propertyId: propertyId || undefined }),
  );
  const a = data.data?.actions;
  const figures: [string, string | number][] = a
    ? [
        [t('followUp.roundsCompleted'), data.data?.roundsCompleted ?? 0],
        [t('status.open'), a.open],
        [t('status.in_progress'), a.inProgress],
        [t('actions.overdue'), a.overdue],
        [t('status.done'), a.done],
        [t('status.wont_do'), a.wontDo],
        [t('followUp.medianDays'), a.medianDaysToClose ?? '–'],
      ]
    : [];
  return (
    <Stack>
      <PageHeader title={t('followUp.title')} description={t('followUp.lead')} />
      <ErrorAlert error={data.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AreaSelect
          areas={areas.data ?? []}
          value={areaId}
          onChange={(id) => {
            setAreaId(id);
            setPropertyId('');
          }}
          allLabel={t('common.allAreas')}
        />
        <NativeSelect
          label={t('field.property')}
          value={propertyId}
          disabled={!areaId}
          onChange={(e) => setPropertyId(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.allProperties') },
            ...(properties.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.address}` })),
          ]}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {figures.map(([label, value]) => (
          <Stack key={label} gap={0}>
            <Text size="xl" fw={700}>
              {value}
            </Text>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <EChart<Row>
        ariaLabel={t('followUp.chartLabel')}
        option={chartOption(data.data?.findingsByItem ?? [], (key) =>
          t(`item.${key}`, { defaultValue: key }),
        )}
        table={{
          caption: t('followUp.byItem'),
          columns: [
            {
              key: 'period',
              header: t('followUp.quarter'),
              rowHeader: true,
              render: (r) => `${r.year} Q${r.quarter}`,
            },
            {
              key: 'item',
              header: t('finding.item'),
              render: (r) => t(`item.${r.itemKey}`, { defaultValue: r.itemKey }),
            },
            { key: 'n', header: t('followUp.findings'), align: 'right', render: (r) => r.findings },
          ],
          rows: [...(data.data?.findingsByItem ?? [])].reverse(),
          rowKey: (r) => `${r.year}-${r.quarter}-${r.itemKey}`,
          empty: t('followUp.none'),
        }}
      />
      <DataTable<Round>
        caption={t('followUp.recentRounds')}
        columns={[
          { key: 'date', header: t('presence.date'), rowHeader: true, render: (r) => r.walkedOn },
          {
            key: 'checklist',
            header: t('field.checklist'),
            render: (r) => `${r.templateName[lang]} (v${r.templateVersion})`,
          },
          { key: 'property', header: t('field.property'), render: (r) => r.propertyCode },
          { key: 'person', header: t('followUp.person'), render: (r) => r.personName },
          { key: 'findings', header: t('followUp.findings'), align: 'right', render: (r) => r.findings },
        ]}
        rows={rounds.data ?? []}
        rowKey={(r) => r.id}
        empty={t('followUp.none')}
      />
    </Stack>
  );
}
