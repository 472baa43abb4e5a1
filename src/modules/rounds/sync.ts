/** The pure part of offline sync: which queued items are new, already stored, or waiting for a parent. */

export type SyncKind = 'round' | 'walk' | 'finding' | 'photo' | 'shift';

/** Parents are stored before children: a finding needs its round, a photo its finding. */
export const syncOrder: readonly SyncKind[] = ['round', 'walk', 'finding', 'photo', 'shift'];

export type Queued = { kind: SyncKind; clientId: string; parentClientId?: string | null };

export type SyncPlan<T extends Queued> = {
  /** New items, parents first, each client id once. */
  insert: T[];
  /** Items the server already has: replayed from a queue that was sent before. */
  existing: T[];
  /** Items whose parent is neither stored nor in this batch; the phone keeps them and retries. */
  orphans: T[];
};

/**
 * Plans one sync: duplicates inside the batch collapse to their first copy, items whose client id
 * is already stored are reported as existing (never inserted again), and children are checked
 * against parents that exist or arrive in the same batch.
 */
export function planSync<T extends Queued>(items: readonly T[], stored: ReadonlySet<string>): SyncPlan<T> {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const item of items) {
    if (seen.has(item.clientId)) continue;
    seen.add(item.clientId);
    unique.push(item);
  }
  unique.sort((a, b) => syncOrder.indexOf(a.kind) - syncOrder.indexOf(b.kind));
  const available = new Set(stored);
  const plan: SyncPlan<T> = { insert: [], existing: [], orphans: [] };
  for (const item of unique) {
    if (stored.has(item.clientId)) {
      plan.existing.push(item);
      continue;
    }
    if (item.parentClientId && !available.has(item.parentClientId)) {
      plan.orphans.push(item);
      continue;
    }
    available.add(item.clientId);
    plan.insert.push(item);
  }
  return plan;
}
