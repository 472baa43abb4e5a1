import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan } from '../../../web/session';
import { privacyQueries, type ThresholdRow } from './queries';

/** One kind's threshold: an admin may raise it, never below its floor. */
function ThresholdEditor({ row }: { row: ThresholdRow }) {
  const { t } = useTranslation('privacy');
  const client = useQueryClient();
  const [value, setValue] = useState<number | string>(row.threshold);
  const save = useMutation({
    mutationFn: () =>
      api.put<ThresholdRow[]>(`/privacy/thresholds/${row.kind}`, { threshold: Number(value) }),
    onSuccess: (rows) => client.setQueryData(privacyQueries.thresholds().queryKey, rows),
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end">
        <NumberInput
          label={t('threshold', { kind: t(`kinds.${row.kind}`) })}
          min={row.floor}
          max={1000}
          value={value}
          onChange={setValue}
          w={140}
        />
        <Button
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={Number(value) === row.threshold}
        >
          {t('save')}
        </Button>
      </Group>
      <ErrorAlert error={save.error} />
    </Stack>
  );
}

/** The publication layer's thresholds: how few contributors a published figure may rest on. */
export default function ThresholdsPage() {
  const { t } = useTranslation('privacy');
  const canEdit = useCan('privacy.admin');
  const { data, error, isPending } = useQuery(privacyQueries.thresholds());
  if (isPending) return <PageLoader />;
  return (
    <Stack>
      <PageHeader title={t('title')} description={t('description')} />
      <ErrorAlert error={error} />
      {data && (
        <DataTable
          caption={t('caption')}
          rows={data}
          rowKey={(r) => r.kind}
          columns={[
            {
              key: 'kind',
              header: t('kind'),
              render: (r) => (
                <>
                  <Text fw={500}>{t(`kinds.${r.kind}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`hints.${r.kind}`)}
                  </Text>
                </>
              ),
            },
            {
              key: 'threshold',
              header: t('current'),
              render: (r) => (canEdit ? <ThresholdEditor row={r} /> : r.threshold),
            },
            { key: 'floor', header: t('floor'), render: (r) => r.floor },
          ]}
        />
      )}
      <Text size="sm" c="dimmed">
        {t('rules')}
      </Text>
    </Stack>
  );
}
