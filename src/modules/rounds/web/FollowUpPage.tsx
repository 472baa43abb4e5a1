import { NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { type FollowUp, roundQueries } from './queries';

/** Findings by checklist item over time, and how actions are followed up, per area and property. */
export default function FollowUpPage() {
  const { t } = useTranslation('rounds');
  const [areaId, setAreaId] = useState('');
  const [propertyId, setPropertyId] = useState('');
  const areas = useQuery(roundQueries.areas());
  const properties = useQuery(roundQueries.properties(areaId));
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
  type Row = FollowUp['findingsByItem'][number];
  return (
    <Stack>
      <PageHeader title={t('followUp.title')} description={t('followUp.lead')} />
      <ErrorAlert error={data.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('field.area')}
          value={areaId}
          onChange={(e) => {
            setAreaId(e.currentTarget.value);
            setPropertyId('');
          }}
          data={[
            { value: '', label: t('common.allAreas') },
            ...(areas.data ?? []).map((x) => ({ value: x.id, label: x.name })),
          ]}
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
      <DataTable<Row>
        caption={t('followUp.byItem')}
        columns={[
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
        ]}
        rows={[...(data.data?.findingsByItem ?? [])].reverse()}
        rowKey={(r) => `${r.year}-${r.quarter}-${r.itemKey}`}
        empty={t('followUp.none')}
      />
    </Stack>
  );
}
