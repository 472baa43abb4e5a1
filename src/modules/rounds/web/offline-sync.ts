import { api } from '../../../web/api';
import type { SyncResult } from '../rounds.contract';
import { hasQueueOwner, pruneSynced, queueChanged, queueDb, whenSaved } from './offline-queue';

/**
 * Sending the phone's queue to POST /rounds/sync: after every save, when the browser comes back
 * online, and by itself after a failed send. The queue itself is in offline-queue.ts.
 */

type Result = SyncResult['results'][number];

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** What the phone keeps of a queued row for itself: never sent. */
const bookkeeping = new Set(['state', 'error', 'serverId', 'updatedAt', 'recordedAt']);
type Bookkeeping = 'state' | 'error' | 'serverId' | 'updatedAt' | 'recordedAt';

/** A queued finding or shift as POST /rounds/sync takes it: its own fields, without the bookkeeping. */
function asSent<T extends object>(row: T): Omit<T, Bookkeeping> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !bookkeeping.has(key))) as Omit<
    T,
    Bookkeeping
  >;
}

async function mark(results: Result[], sentAt: Map<string, number>) {
  const database = await queueDb();
  const store = { round: 'rounds', finding: 'findings', photo: 'photos', shift: 'shifts' } as const;
  // One transaction for the read and the write: a tap saved between them (a round's next answer)
  // would otherwise be overwritten by the copy read before it, and the answer lost.
  const tx = database.transaction(['rounds', 'findings', 'photos', 'shifts'], 'readwrite');
  for (const r of results) {
    const name = store[r.kind as keyof typeof store];
    if (!name) continue;
    const rows = tx.objectStore(name);
    const row = await rows.get(r.clientId);
    // Changed again while the request was under way: leave it pending for the next sync.
    if (!row || row.updatedAt !== sentAt.get(r.clientId)) continue;
    if (r.status === 'created' || r.status === 'existing' || r.status === 'updated') {
      await rows.put({
        ...row,
        state: 'synced',
        error: undefined,
        ...(r.id && name !== 'photos' && name !== 'shifts' ? { serverId: r.id } : {}),
      } as never);
    } else if (r.status === 'rejected') {
      await rows.put({ ...row, state: 'rejected', error: r.error ?? 'rejected' } as never);
    }
  }
  await tx.done;
}

let running: Promise<void> | null = null;
/** Something was saved while a sync was under way: send again when it ends. */
let sendAgain = false;

/**
 * Sends what is pending: rounds, findings and shifts together, then each photo on its own (they
 * are the big part). One sync at a time; what is saved meanwhile goes in a second pass, so the
 * last answer of a round is never left behind. A failed request leaves everything pending.
 */
export function syncNow(): Promise<void> {
  if (running) {
    sendAgain = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        sendAgain = false;
        await sendPending();
      } while (sendAgain);
    } finally {
      running = null;
    }
  })();
  return running;
}

async function sendPending(): Promise<void> {
  const database = await queueDb();
  const rounds = (await database.getAll('rounds')).filter((r) => r.state === 'pending');
  const findings = (await database.getAll('findings')).filter((f) => f.state === 'pending');
  const shifts = (await database.getAll('shifts')).filter((s) => s.state === 'pending');
  const sentAt = new Map<string, number>();
  for (const row of [...rounds, ...findings, ...shifts]) sentAt.set(row.clientId, row.updatedAt);
  if (rounds.length || findings.length || shifts.length) {
    const body = {
      rounds: rounds.map((r) => ({
        clientId: r.clientId,
        templateId: r.templateId,
        propertyId: r.propertyId,
        walkedOn: r.walkedOn,
        answers: r.answers,
        completed: r.completed,
      })),
      findings: findings.map(asSent),
      shifts: shifts.map(asSent),
    };
    const res = await api.post<SyncResult>('/rounds/sync', body);
    await mark(res.results, sentAt);
    queueChanged();
  }
  const photos = (await database.getAll('photos')).filter((p) => p.state === 'pending');
  for (const photo of photos) {
    const finding = await database.get('findings', photo.findingClientId);
    if (finding?.state !== 'synced') continue; // its finding goes first
    const res = await api.post<SyncResult>('/rounds/sync', {
      photos: [
        {
          clientId: photo.clientId,
          findingClientId: photo.findingClientId,
          data: await blobToBase64(photo.blob),
        },
      ],
    });
    await mark(res.results, new Map([[photo.clientId, photo.updatedAt]]));
    queueChanged();
  }
}

/** Waits before trying again after a failed send: soon at first, then at most every half minute. */
export const retryDelaysMs = [5_000, 10_000, 20_000, 30_000];
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let failures = 0;

function retryLater() {
  if (retryTimer) return;
  const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)];
  failures++;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void syncSoon();
  }, delay);
}

/**
 * Syncs when the browser says it is online. A failed send is tried again by itself: in a basement
 * the phone often believes it is online while nothing gets through, and then no "online" event
 * comes when the signal returns.
 */
export async function syncSoon(): Promise<void> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return;
  await syncNow().then(
    () => {
      failures = 0;
    },
    () => retryLater(),
  );
}

/**
 * The shell's last call before a sign-out: send what this phone still holds while the session is
 * valid. Unsent items stay in the user's own queue either way, and go at their next sign-in.
 */
export async function sendBeforeSignOut(): Promise<void> {
  if (!hasQueueOwner() || (typeof navigator !== 'undefined' && !navigator.onLine)) return;
  await syncNow();
}

let started = false;
/** Starts syncing on every return to the network, and once now. */
export function startBackgroundSync(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void syncSoon());
  void pruneSynced().then(queueChanged, () => undefined);
  void syncSoon();
}

// Every save tries to send at once (when the browser believes it is online).
whenSaved(() => void syncSoon());
