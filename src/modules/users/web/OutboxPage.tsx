import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { locale } from '../../../web/i18n';
import { PageLoader } from '../../../web/layout/PageLoader';
import { userQueries } from './queries';

/** Mail the system has written (invitations, password links); without SMTP it stays here. */
export default function OutboxPage() {
  const { t, i18n } = useTranslation('users');
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const mails = useQuery({ ...userQueries.outbox(search), placeholderData: keepPreviousData });
  const delivery = useQuery(userQueries.delivery());
  const smtp = delivery.data?.smtp ?? true;
  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale(i18n.language), { dateStyle: 'short', timeStyle: 'short' });

  if (mails.isPending) return <PageLoader />;
  if (mails.error) return <ErrorAlert error={mails.error} />;

  return (
    <Stack>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      {!smtp && (
        <Alert variant="light" color="blue" title={t('outbox.noSmtpTitle')}>
          {t('outbox.noSmtp')}
        </Alert>
      )}
      <form
        aria-label={t('outbox.search')}
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(draft.trim());
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('outbox.search')}
            description={t('outbox.searchHint')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            style={{ flex: '1 1 14rem', maxWidth: '26rem' }}
          />
          <Button type="submit" variant="default">
            {t('outbox.searchSubmit')}
          </Button>
        </Group>
      </form>
      <DataTable
        caption={t('outbox.title')}
        captionHidden
        columns={[
          { key: 'created', header: t('outbox.created'), render: (m) => time(m.createdAt), rowHeader: true },
          { key: 'to', header: t('outbox.to'), render: (m) => m.to },
          {
            key: 'subject',
            header: t('outbox.subject'),
            render: (m) => (
              <details>
                <summary>{m.subject}</summary>
                <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', maxWidth: '40rem' }}>
                  {m.body}
                </Text>
              </details>
            ),
          },
          {
            key: 'status',
            header: t('outbox.status'),
            render: (m) =>
              m.error
                ? t('outbox.failed', { error: m.error })
                : m.sentAt
                  ? t('outbox.sent', { time: time(m.sentAt) })
                  : smtp
                    ? t('outbox.notSent')
                    : t('outbox.kept'),
          },
        ]}
        rows={mails.data}
        rowKey={(m) => m.id}
        empty={t('outbox.empty')}
      />
    </Stack>
  );
}
