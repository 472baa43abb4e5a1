import { Alert, Button, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PanelSection } from '../../../web/components/PanelSection';
import type { PublicationSettingsDto } from '../safety-index.contract';
import { safetyQueries } from './queries';

/**
 * What may be published: the core's threshold for survey answers (never below its floor) and how
 * district and organisation figures are estimated. Admins only.
 */
export function PublicationSection() {
  const { t } = useTranslation('safety-index');
  const client = useQueryClient();
  const settings = useQuery(safetyQueries.settings());
  const [threshold, setThreshold] = useState<number | string>(10);
  const [method, setMethod] = useState<'pooled' | 'weighted'>('pooled');
  useEffect(() => {
    if (!settings.data) return;
    setThreshold(settings.data.threshold);
    setMethod(settings.data.pooledMethod);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () =>
      api.put<PublicationSettingsDto>('/safety-index/settings', {
        threshold: Number(threshold),
        pooledMethod: method,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: safetyQueries.all() }),
  });
  const floor = settings.data?.floor ?? 10;
  return (
    <PanelSection
      id="si-publication"
      title={t('admin.publication')}
      hint={t('admin.publicationHint', { floor })}
    >
      {settings.error && <ErrorAlert error={settings.error} />}
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <NumberInput
            label={t('admin.threshold')}
            min={floor}
            max={1000}
            step={1}
            value={threshold}
            onChange={setThreshold}
            w={200}
          />
          <Select
            label={t('admin.pooledMethod')}
            data={(['pooled', 'weighted'] as const).map((m) => ({
              value: m,
              label: t(`admin.methods.${m}`),
            }))}
            value={method}
            onChange={(v) => v && setMethod(v as 'pooled' | 'weighted')}
            allowDeselect={false}
            w={320}
          />
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('admin.save')}
          </Button>
        </Group>
        {save.error && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Alert color="green" variant="light">
            {t('admin.saved')}
          </Alert>
        )}
      </Stack>
    </PanelSection>
  );
}
