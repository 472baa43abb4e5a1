import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSync, type Queued } from './sync';

const round: Queued = { kind: 'round', clientId: 'r1' };
const f1: Queued = { kind: 'finding', clientId: 'f1', parentClientId: 'r1' };
const f2: Queued = { kind: 'finding', clientId: 'f2', parentClientId: 'r1' };
const p1: Queued = { kind: 'photo', clientId: 'p1', parentClientId: 'f1' };

describe('planSync', () => {
  it('inserts a fresh queue with parents first, whatever the queue order', () => {
    const plan = planSync([p1, f1, round, f2], new Set());
    expect(plan.insert.map((i) => i.clientId)).toEqual(['r1', 'f1', 'f2', 'p1']);
    expect(plan.existing).toEqual([]);
    expect(plan.orphans).toEqual([]);
  });

  it('inserts nothing when the same queue is replayed after it was stored', () => {
    const first = planSync([round, f1, f2, p1], new Set());
    const stored = new Set(first.insert.map((i) => i.clientId));
    const second = planSync([round, f1, f2, p1], stored);
    expect(second.insert).toEqual([]);
    expect(second.existing.map((i) => i.clientId)).toEqual(['r1', 'f1', 'f2', 'p1']);
  });

  it('collapses a finding queued twice (a double tap) to one insert', () => {
    expect(planSync([round, f1, f1, f1], new Set()).insert.map((i) => i.clientId)).toEqual(['r1', 'f1']);
  });

  it('accepts a child whose parent was stored in an earlier sync', () => {
    expect(planSync([f2], new Set(['r1'])).insert).toEqual([f2]);
  });

  it('holds back a photo whose finding has not arrived yet', () => {
    const plan = planSync([round, p1], new Set());
    expect(plan.insert).toEqual([round]);
    expect(plan.orphans).toEqual([p1]);
  });

  it('never inserts a client id twice over any split of a queue into replayed batches', () => {
    const queue = [round, f1, f2, p1];
    fc.assert(
      fc.property(fc.array(fc.subarray(queue), { minLength: 1, maxLength: 6 }), (batches) => {
        const stored = new Set<string>();
        const inserted: string[] = [];
        for (const batch of batches) {
          for (const item of planSync(batch, stored).insert) {
            inserted.push(item.clientId);
            stored.add(item.clientId);
          }
        }
        expect(new Set(inserted).size).toBe(inserted.length);
      }),
    );
  });
});
