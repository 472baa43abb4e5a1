import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Answer, Label, SyncInput, TemplateItem } from '../rounds.contract';
import type { Severity } from '../vocabulary';

/**
 * The phone's side of offline rounds: everything recorded goes into IndexedDB first and is sent
 * to POST /rounds/sync when there is a network. Each record has a client id made here, so sending
 * it again (after a lost answer or a reload) never stores it twice on the server.
 */

export type { Answer, Label, TemplateItem } from '../rounds.contract';
export type { Severity } from '../vocabulary';

type SyncShift = SyncInput['shifts'][number];
export type SyncState = 'pending' | 'synced' | 'rejected';

export type LocalRound = {
  clientId: string;
  templateId: string;
  templateName: Label;
  items: TemplateItem[];
  areaId: string;
  propertyId: string;
  propertyLabel: string;
  walkedOn: string;
  answers: Record<string, Answer>;
  completed: boolean;
  state: SyncState;
  error?: string;
  serverId?: string;
  updatedAt: number;
};

export type LocalFinding = {
  clientId: string;
  roundClientId: string | null;
  walkId: string | null;
  areaId: string | null;
  propertyId: string | null;
  itemKey: string | null;
  positive: boolean;
  severity: Severity | null;
  note: string;
  staircase: string | null;
  floor: string | null;
  foundOn: string;
  state: SyncState;
  error?: string;
  serverId?: string;
  /** When it was first recorded: the order findings are listed in. */
  recordedAt?: number;
  updatedAt: number;
};

export type LocalPhoto = {
  clientId: string;
  findingClientId: string;
  blob: Blob;
  state: SyncState;
  error?: string;
  updatedAt: number;
};

export type LocalShift = {
  clientId: string;
  areaId: string;
  startsAt: string;
  endsAt: string;
  timeOfDay: SyncShift['timeOfDay'];
  role: SyncShift['role'];
  activities: SyncShift['activities'];
  talks: number | null;
  note: string;
  state: SyncState;
  error?: string;
  updatedAt: number;
};

interface QueueDb extends DBSchema {
  rounds: { key: string; value: LocalRound };
  findings: { key: string; value: LocalFinding; indexes: { byRound: string } };
  photos: { key: string; value: LocalPhoto; indexes: { byFinding: string } };
  shifts: { key: string; value: LocalShift };
}

/** Each user has a queue database of their own, so a shared phone never shows one user's rounds to the next. */
export const queueDatabaseName = (userId: string) => `grannskap-rounds-${userId}`;

let owner: string | null = null;
let dbPromise: Promise<IDBPDatabase<QueueDb>> | null = null;

function closeQueue() {
  const open = dbPromise;
  dbPromise = null;
  void open?.then((database) => database.close()).catch(() => undefined);
}

/**
 * Whose queue the field screens use: the signed-in user's. Called on every render of a field screen;
 * a different user (after a sign-out and sign-in in the same tab) switches to their own database.
 */
export function setQueueOwner(userId: string): void {
  if (owner === userId) return;
  closeQueue();
  owner = userId;
  // Called while rendering: tell the listeners afterwards.
  queueMicrotask(queueChanged);
}

/** Whether a field screen has opened someone's queue in this tab. */
export function hasQueueOwner(): boolean {
  return owner !== null;
}

/** After a sign-out: let go of the queue, so the service worker can clear what was sent. */
export function releaseQueue(): void {
  closeQueue();
  owner = null;
}

/** This user's queue database (for the sync module). */
export function queueDb() {
  if (!owner) return Promise.reject(new Error('rounds queue used before a user was signed in'));
  dbPromise ??= openDB<QueueDb>(queueDatabaseName(owner), 1, {
    upgrade(database) {
      database.createObjectStore('rounds', { keyPath: 'clientId' });
      database.createObjectStore('findings', { keyPath: 'clientId' }).createIndex('byRound', 'roundClientId');
      database
        .createObjectStore('photos', { keyPath: 'clientId' })
        .createIndex('byFinding', 'findingClientId');
      database.createObjectStore('shifts', { keyPath: 'clientId' });
    },
    // The service worker wants to delete this database (a sign-out): close, reopen when needed.
    blocking() {
      closeQueue();
    },
    terminated() {
      dbPromise = null;
    },
  });
  return dbPromise;
}

const listeners = new Set<() => void>();
/** Calls back whenever the queue changes (a save or a sync); returns the unsubscribe function. */
export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
/** Tells the listeners that the queue changed. */
export function queueChanged() {
  for (const l of listeners) l();
}

export const newClientId = () => crypto.randomUUID();

let afterSave: () => void = () => undefined;
/** What to do after every save: the sync module (offline-sync.ts) sends the queue. */
export function whenSaved(hook: () => void): void {
  afterSave = hook;
}

let lastStamp = 0;
/** A strictly increasing time stamp: two saves in the same millisecond still differ, so an edit made while a sync is under way is never mistaken for the version that was sent. */
function stamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

export async function saveRound(
  round: Omit<LocalRound, 'state' | 'updatedAt'> & Partial<Pick<LocalRound, 'serverId'>>,
) {
  await (await queueDb()).put('rounds', { ...round, state: 'pending', updatedAt: stamp() });
  queueChanged();
  afterSave();
}

/**
 * Changes a kept round in one transaction, from what is stored now: taps in quick succession each
 * add their answer, where saving the screen's copy would let a later tap undo an earlier one.
 */
export async function updateRound(
  clientId: string,
  change: (round: LocalRound) => Omit<LocalRound, 'state' | 'updatedAt'>,
): Promise<void> {
  const tx = (await queueDb()).transaction('rounds', 'readwrite');
  const current = await tx.store.get(clientId);
  if (current) await tx.store.put({ ...change(current), state: 'pending', updatedAt: stamp() });
  await tx.done;
  queueChanged();
  afterSave();
}

export async function saveFinding(
  finding: Omit<LocalFinding, 'state' | 'updatedAt' | 'recordedAt'>,
  photo?: Blob,
) {
  const database = await queueDb();
  const tx = database.transaction(['findings', 'photos'], 'readwrite');
  const now = stamp();
  const before = await tx.objectStore('findings').get(finding.clientId);
  await tx
    .objectStore('findings')
    .put({ ...finding, recordedAt: before?.recordedAt ?? now, state: 'pending', updatedAt: now });
  if (photo) {
    await tx.objectStore('photos').put({
      clientId: newClientId(),
      findingClientId: finding.clientId,
      blob: photo,
      state: 'pending',
      updatedAt: stamp(),
    });
  }
  await tx.done;
  queueChanged();
  afterSave();
}

export async function saveShift(shift: Omit<LocalShift, 'state' | 'updatedAt'>) {
  await (await queueDb()).put('shifts', { ...shift, state: 'pending', updatedAt: stamp() });
  queueChanged();
  afterSave();
}

export async function getRound(clientId: string) {
  return (await queueDb()).get('rounds', clientId);
}
export async function listRounds() {
  return (await (await queueDb()).getAll('rounds')).sort((a, b) => b.updatedAt - a.updatedAt);
}
export async function findingsOfRound(roundClientId: string) {
  return (await (await queueDb()).getAllFromIndex('findings', 'byRound', roundClientId)).sort(
    (a, b) => (a.recordedAt ?? a.updatedAt) - (b.recordedAt ?? b.updatedAt),
  );
}
export async function findingsOfWalk(walkId: string) {
  return (await (await queueDb()).getAll('findings')).filter((f) => f.walkId === walkId);
}
export async function photosOfFinding(findingClientId: string) {
  return (await queueDb()).getAllFromIndex('photos', 'byFinding', findingClientId);
}
export async function listShifts() {
  return (await (await queueDb()).getAll('shifts')).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

export type QueueStatus = {
  pending: number;
  rejected: number;
  byKind: Record<'rounds' | 'findings' | 'photos' | 'shifts', number>;
};

/** What is still only on this phone. */
export async function queueStatus(): Promise<QueueStatus> {
  const database = await queueDb();
  const byKind = { rounds: 0, findings: 0, photos: 0, shifts: 0 };
  let rejected = 0;
  for (const store of ['rounds', 'findings', 'photos', 'shifts'] as const) {
    for (const row of await database.getAll(store)) {
      if (row.state === 'pending') byKind[store]++;
      if (row.state === 'rejected') rejected++;
    }
  }
  return { pending: byKind.rounds + byKind.findings + byKind.photos + byKind.shifts, rejected, byKind };
}

/**
 * Forgets what the server has had for two weeks, so the phone does not fill up. Only synced
 * records go, and a round only once it is completed and none of its findings or photos wait.
 */
export async function pruneSynced(maxAgeDays = 14, now = Date.now()): Promise<void> {
  const cutoff = now - maxAgeDays * 86_400_000;
  const database = await queueDb();
  const tx = database.transaction(['rounds', 'findings', 'photos', 'shifts'], 'readwrite');
  const old = (row: { state: SyncState; updatedAt: number }) =>
    row.state === 'synced' && row.updatedAt < cutoff;
  const photos = await tx.objectStore('photos').getAll();
  for (const p of photos) if (old(p)) await tx.objectStore('photos').delete(p.clientId);
  const waitingPhoto = new Set(photos.filter((p) => !old(p)).map((p) => p.findingClientId));
  const findings = await tx.objectStore('findings').getAll();
  for (const f of findings)
    if (old(f) && !waitingPhoto.has(f.clientId)) await tx.objectStore('findings').delete(f.clientId);
  const keptRounds = new Set(
    findings.filter((f) => !old(f) || waitingPhoto.has(f.clientId)).map((f) => f.roundClientId),
  );
  for (const r of await tx.objectStore('rounds').getAll()) {
    if (old(r) && r.completed && !keptRounds.has(r.clientId))
      await tx.objectStore('rounds').delete(r.clientId);
  }
  for (const s of await tx.objectStore('shifts').getAll())
    if (old(s)) await tx.objectStore('shifts').delete(s.clientId);
  await tx.done;
}

/** Shrinks a camera photo before it is kept and sent: 2048 px is plenty, and canvas drops EXIF. */
export async function shrinkPhoto(file: Blob, maxEdge = 2048): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ?? file;
  } catch {
    return file; // the server resizes and strips anyway
  }
}
