import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../web/session';
import { onQueueChange, type QueueStatus, queueStatus, setQueueOwner } from './offline-queue';
import { startBackgroundSync, syncNow } from './offline-sync';
import { addManifestLink, registerRoundsServiceWorker } from './service-worker';

/** Whether the browser believes it has a network, kept up to date. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** The phone's queue, re-read whenever it changes. */
export function useQueueStatus(): QueueStatus | null {
  const [status, setStatus] = useState<QueueStatus | null>(null);
  useEffect(() => {
    const load = () => void queueStatus().then(setStatus, () => setStatus(null));
    load();
    return onQueueChange(load);
  }, []);
  return status;
}

/** Makes the field screens installable and offline-capable, and starts background sync. */
export function useFieldApp(): void {
  const client = useQueryClient();
  // Before any effect reads the queue: this user's own queue on this phone.
  setQueueOwner(useMe().id);
  useEffect(() => {
    addManifestLink();
    void registerRoundsServiceWorker();
    startBackgroundSync();
    return onQueueChange(() => void client.invalidateQueries({ queryKey: ['rounds'] }));
  }, [client]);
}

/** Online or offline, and what is still only on this phone, with a button to send it. */
export function SyncStatus() {
  const { t } = useTranslation('rounds');
  const online = useOnline();
  const status = useQueueStatus();
  const [busy, setBusy] = useState(false);
  const pending = status?.pending ?? 0;
  return (
    <Alert
      color={!online ? 'orange' : pending ? 'yellow' : 'green'}
      variant="light"
      mb="md"
      data-testid="sync-status"
    >
      <Group justify="space-between" gap="xs">
        <Text size="sm" aria-live="polite">
          {online ? t('sync.online') : t('sync.offline')} ·{' '}
          {pending ? t('sync.pending', { count: pending }) : t('sync.allSynced')}
          {status?.rejected ? ` · ${t('sync.rejected', { count: status.rejected })}` : ''}
        </Text>
        {pending > 0 && online && (
          <Button
            size="xs"
            variant="light"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              await syncNow().catch(() => undefined);
              setBusy(false);
            }}
          >
            {t('sync.now')}
          </Button>
        )}
      </Group>
      {pending > 0 && (
        <Text size="xs" mt={4}>
          {t('sync.signOutHint')}
        </Text>
      )}
    </Alert>
  );
}
