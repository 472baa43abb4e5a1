import { Alert, Button, Checkbox, NumberInput, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { programQueries } from './queries';

/** Admin: whether names and personal numbers are stored, and how long participant data is kept. */
export default function SettingsPage() {
  const { t } = useTranslation('programs');
  const { t: common } = useTranslation('common');
  const client = useQueryClient();
  const settings = useQuery(programQueries.settings());
  const [identityEnabled, setIdentityEnabled] = useState(false);
  const [retentionMonths, setRetentionMonths] = useState<number | string>(36);
  useEffect(() => {
    if (!settings.data) return;
    setIdentityEnabled(settings.data.identityEnabled);
    setRetentionMonths(settings.data.retentionMonths);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.put('/programs/settings', body),
    onSuccess: () => client.invalidateQueries({ queryKey: programQueries.all() }),
  });
  if (settings.isPending) return <PageLoader />;
  function submit(event: FormEvent) {
    event.preventDefault();
    const turningOff = settings.data?.identityEnabled && !identityEnabled;
    if (turningOff && !window.confirm(t('settings.confirmIdentityOff'))) return;
    save.mutate({ identityEnabled, retentionMonths: Number(retentionMonths) });
  }
  return (
    <Stack maw={560}>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <ErrorAlert error={settings.error ?? save.error} />
      {save.isSuccess && (
        <Alert color="green" role="status">
          {common('state.saved')}
        </Alert>
      )}
      <form onSubmit={submit}>
        <Stack>
          <Checkbox
            label={t('settings.identity')}
            description={`${t('settings.identityHint')} ${t('settings.identityOffHint')}`}
            checked={identityEnabled}
            onChange={(e) => setIdentityEnabled(e.currentTarget.checked)}
          />
          <NumberInput
            label={t('settings.retention')}
            description={t('settings.retentionHint')}
            min={1}
            max={240}
            required
            value={retentionMonths}
            onChange={setRetentionMonths}
          />
          <Button type="submit" loading={save.isPending} w="fit-content">
            {common('actions.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
