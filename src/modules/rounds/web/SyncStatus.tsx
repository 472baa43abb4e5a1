import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
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

/**
 * Something the phone's queue holds (its rounds, a walk's findings, …), read again whenever the queue
 * changes; `readsFor` names what `read` reads (a walk's id), so that another one is read at once.
 */
export function useQueued<T>(read: () => Promise<T>, initial: T, readsFor = ''): T {
  const [value, setValue] = useState(initial);
  const reader = useRef(read);
  reader.current = read;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `readsFor` says when `read` reads something else.
  useEffect(() => {
    const load = () => void reader.current().then(setValue);
    load();
    return onQueueChange(load);
  }, [readsFor]);
  return value;
}

/** The phone's queue, re-read whenever it changes. */
export function useQueueStatus(): QueueStatus | null {
  return useQueued(() => queueStatus().catch(() => null), null);
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
