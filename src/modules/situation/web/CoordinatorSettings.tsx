import { Switch, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { TitledSection } from '../../../web/components/TitledSection';
import { situationQueries } from './queries';

/** The admin lists hosts or partner users (e.g. the municipality's coordinator) as EST coordinators. */
export function CoordinatorSettings() {
  const { t } = useTranslation('situation');
  const client = useQueryClient();
  const candidates = useQuery(situationQueries.coordinatorCandidates());
  const toggle = useMutation({
    mutationFn: (c: { userId: string; coordinator: boolean }) =>
      api.put(`/situation/coordinators/${c.userId}`, { coordinator: c.coordinator }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: situationQueries.coordinatorCandidates().queryKey }),
  });
  return (
    <TitledSection id="sit-coordinators" title={t('settings.coordinators')} order={2}>
      <Text size="sm" mb="xs">
        {t('settings.coordinatorsHint')}
      </Text>
      <ErrorAlert error={candidates.error ?? toggle.error} />
      <DataTable
        caption={t('settings.coordinators')}
        captionHidden
        rows={candidates.data ?? []}
        rowKey={(c) => c.userId}
        empty={t('settings.noCandidates')}
        columns={[
          { key: 'name', header: t('settings.name'), render: (c) => c.name, rowHeader: true },
          { key: 'email', header: t('settings.email'), render: (c) => c.email },
          {
            key: 'org',
            header: t('settings.organisation'),
            render: (c) => c.partnerOrganisation ?? t('settings.ownStaff'),
          },
          {
            key: 'coordinator',
            header: t('settings.isCoordinator'),
            render: (c) => (
              <Switch
                aria-label={t('settings.coordinatorFor', { name: c.name })}
                checked={c.coordinator}
                onChange={(e) => toggle.mutate({ userId: c.userId, coordinator: e.currentTarget.checked })}
              />
            ),
          },
        ]}
      />
    </TitledSection>
  );
}
