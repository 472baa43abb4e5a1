import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { ImportPanel } from '../../../web/components/ImportPanel';
import { PanelSection } from '../../../web/components/PanelSection';
import type { InvitationEmailDto } from '../safety-index.contract';
import { count } from './format';
import { safetyQueries } from './queries';

/**
 * Admins: the addresses households have given for the survey, by household reference. The full
 * address is never shown back (masked), only used for invitations and the reminder.
 */
export function EmailsSection() {
  const { t, i18n } = useTranslation('safety-index');
  const client = useQueryClient();
  const counts = useQuery(safetyQueries.emailCounts());
  const [ref, setRef] = useState('');
  const [email, setEmail] = useState('');
  const [shown, setShown] = useState<InvitationEmailDto | null>(null);
  const [done, setDone] = useState<'saved' | 'erased' | null>(null);
  const path = () => `/safety-index/emails/${encodeURIComponent(ref.trim())}`;
  const after = (result: InvitationEmailDto, what: 'saved' | 'erased') => {
    setShown(result);
    setEmail('');
    setDone(what);
    void client.invalidateQueries({ queryKey: safetyQueries.emails() });
  };
  const look = useMutation({ mutationFn: () => api.get<InvitationEmailDto>(path()), onSuccess: setShown });
  const save = useMutation({
    mutationFn: () => api.put<InvitationEmailDto>(path(), { email }),
    onSuccess: (r) => after(r, 'saved'),
  });
  const erase = useMutation({
    mutationFn: () => api.delete<InvitationEmailDto>(path()),
    onSuccess: (r) => after(r, 'erased'),
  });
  const error = look.error ?? save.error ?? erase.error;

  return (
    <PanelSection id="si-emails" title={t('emails.title')} hint={t('emails.hint')}>
      {counts.data && (
        <Text mb="sm">
          {t('emails.count', {
            withEmail: count(counts.data.withEmail, i18n.language),
            households: count(counts.data.households, i18n.language),
          })}
        </Text>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          if (email.trim()) save.mutate();
          else look.mutate();
        }}
      >
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('emails.ref')}
              description={t('emails.refHint')}
              value={ref}
              onChange={(e) => {
                setRef(e.currentTarget.value);
                setShown(null);
                setDone(null);
              }}
              required
              maxLength={64}
              autoComplete="off"
              w={220}
            />
            <TextInput
              type="email"
              label={t('emails.address')}
              description={t('emails.addressHint')}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              maxLength={254}
              autoComplete="off"
              w={280}
            />
          </Group>
          <Group gap="sm" wrap="wrap">
            <Button type="submit" loading={look.isPending || save.isPending} disabled={!ref.trim()}>
              {email.trim() ? t('emails.save') : t('emails.look')}
            </Button>
            <Button
              type="button"
              variant="light"
              color="red"
              disabled={!ref.trim() || (shown !== null && shown.email === null)}
              loading={erase.isPending}
              onClick={() => {
                setDone(null);
                erase.mutate();
              }}
            >
              {t('emails.erase')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ErrorAlert error={error} />
      {shown && (
        <Alert color={done ? 'green' : 'gray'} variant="light" role="status" mt="sm">
          {done && `${t(`emails.${done}`)} `}
          {shown.email
            ? t('emails.has', { ref: shown.householdRef, area: shown.areaName, email: shown.email })
            : t('emails.none', { ref: shown.householdRef, area: shown.areaName })}
        </Alert>
      )}
      <Title order={3} size="h4" mt="lg" mb={4}>
        {t('emails.import')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('emails.importHint')}
      </Text>
      <ImportPanel
        kind="survey-emails"
        summaryLabels={{
          set: t('emails.set'),
          erased: t('emails.erasedCount'),
          unchanged: t('emails.unchanged'),
        }}
        onDone={() => client.invalidateQueries({ queryKey: safetyQueries.emails() })}
      />
    </PanelSection>
  );
}
