import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignSlots,
  dueInMonth,
  type FrameHousehold,
  monthIndex,
  monthOfIndex,
  planRow,
  type SamplingState,
} from './sampling';

/** Draws month after month like the monthly job: slot newcomers, invite the due, remember the month. */
function simulate(
  seed: string,
  frameByMonth: (month: number) => FrameHousehold[],
  start: number,
  months: number,
) {
  const state = new Map<string, SamplingState>();
  const invitations: { month: number; householdId: string; areaId: string }[] = [];
  for (let month = start; month < start + months; month++) {
    const frame = frameByMonth(month);
    const newcomers = frame.filter((h) => !state.has(h.id));
    const slots = assignSlots(seed, newcomers, [...state.values()]);
    for (const h of newcomers) {
      state.set(h.id, {
        householdId: h.id,
        areaId: h.areaId,
        slot: slots.get(h.id)!,
        lastInvitedMonth: null,
      });
    }
    for (const s of dueInMonth([...state.values()], month)) {
      invitations.push({ month, householdId: s.householdId, areaId: s.areaId });
      s.lastInvitedMonth = month;
    }
  }
  return { state, invitations };
}

/** 12,000 households in 37 areas of uneven size (between 69 and 1,000). */
function demoFrame(): FrameHousehold[] {
  const sizes: number[] = [];
  let left = 12_000;
  for (let a = 0; a < 36; a++) {
    const size = 69 + ((a * 97) % 400);
    sizes.push(size);
    left -= size;
  }
  sizes.push(left);
  return sizes.flatMap((size, a) =>
    Array.from({ length: size }, (_, i) => ({
      id: `h-${a}-${i}`,
      areaId: `area-${String(a).padStart(2, '0')}`,
    })),
  );
}

describe('monthly stratified sampling', () => {
  it('invites each of 12,000 households exactly once in 24 months, with monthly counts per area within ±1 of even', () => {
    const frame = demoFrame();
    expect(frame.length).toBe(12_000);
    const start = monthIndex('2024-01');
    const { invitations } = simulate('seed-2024', () => frame, start, 24);

    expect(invitations.length).toBe(12_000);
    expect(new Set(invitations.map((i) => i.householdId)).size).toBe(12_000);

    const areaSize = new Map<string, number>();
    for (const h of frame) areaSize.set(h.areaId, (areaSize.get(h.areaId) ?? 0) + 1);
    const perAreaMonth = new Map<string, number>();
    for (const i of invitations) {
      const key = `${i.areaId}|${i.month}`;
      perAreaMonth.set(key, (perAreaMonth.get(key) ?? 0) + 1);
    }
    for (const [areaId, size] of areaSize) {
      const even = size / 24;
      for (let month = start; month < start + 24; month++) {
        const count = perAreaMonth.get(`${areaId}|${month}`) ?? 0;
        expect(Math.abs(count - even)).toBeLessThanOrEqual(1);
      }
    }
    // The whole organisation is even too: 500 a month, give or take one per area.
    const perMonth = new Map<number, number>();
    for (const i of invitations) perMonth.set(i.month, (perMonth.get(i.month) ?? 0) + 1);
    for (const count of perMonth.values()) expect(Math.abs(count - 500)).toBeLessThanOrEqual(37);
  });

  it('is reproducible from the seed, and a different seed gives a different sample', () => {
    const frame = demoFrame().slice(0, 2000);
    const a = simulate('s1', () => frame, 300, 1).invitations.map((i) => i.householdId);
    const b = simulate('s1', () => frame, 300, 1).invitations.map((i) => i.householdId);
    const c = simulate('s2', () => frame, 300, 1).invitations.map((i) => i.householdId);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('never invites a household twice within 24 months and invites newcomers within 24 months of arriving', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ area: fc.integer({ min: 0, max: 4 }), joins: fc.integer({ min: 0, max: 30 }) }),
          {
            minLength: 1,
            maxLength: 300,
          },
        ),
        fc.string(),
        (households, seed) => {
          const all = households.map((h, i) => ({ id: `h${i}`, areaId: `a${h.area}`, joins: h.joins }));
          const frameAt = (month: number) => all.filter((h) => h.joins <= month);
          const months = 60;
          const { invitations } = simulate(seed, frameAt, 0, months);
          const byHousehold = new Map<string, number[]>();
          for (const i of invitations)
            byHousehold.set(i.householdId, [...(byHousehold.get(i.householdId) ?? []), i.month]);
          for (const h of all) {
            const got = byHousehold.get(h.id) ?? [];
            for (let k = 1; k < got.length; k++) expect(got[k] - got[k - 1]).toBeGreaterThanOrEqual(24);
            expect(got[0]).toBeLessThan(h.joins + 24);
            expect(got[0]).toBeGreaterThanOrEqual(h.joins);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps an area even when households join later (least-filled slot)', () => {
    const first = Array.from({ length: 48 }, (_, i) => ({ id: `old${i}`, areaId: 'a' }));
    const slots = assignSlots('x', first, []);
    const held = [...slots.values()].map((slot) => ({ areaId: 'a', slot }));
    const later = assignSlots('x', [{ id: 'new1', areaId: 'a' }], held);
    const counts = new Array(24).fill(0);
    for (const h of held) counts[h.slot]++;
    expect(counts.every((c) => c === 2)).toBe(true);
    expect(later.get('new1')).toBeGreaterThanOrEqual(0);
  });
});

describe('months', () => {
  it('round-trips months to integers', () => {
    expect(monthIndex('2000-01')).toBe(0);
    expect(monthIndex('2026-11')).toBe(26 * 12 + 10);
    expect(monthOfIndex(monthIndex('2026-11'))).toBe('2026-11');
  });
});

describe('the plan', () => {
  it('expects 240 answers a year from 960 households at a 50 % response rate, ±6.3 pp at p = 0.5', () => {
    // 960 / 2 = 480 invitations a year; × 0.5 = 240 answers; 1.96·√(0.25/240) = 0.06326.
    const row = planRow('a', 960, 0.5);
    expect(row.expectedInvitationsPerYear).toBe(480);
    expect(row.expectedAnswersPerYear).toBe(240);
    expect(row.marginOfError).toBeCloseTo(0.06326, 4);
  });

  it('uses the variance a respondent brings to the index when observed: 240 answers at v = 0.1066667 → ±4.1 pp', () => {
    // v = 4 · 0.0266667 from the four-respondent example in statistics.test.ts;
    // 1.96·√(0.1066667/240) = 1.959964 · 0.0210819 = 0.041320.
    expect(planRow('a', 960, 0.5, 0.32 / 3).marginOfError).toBeCloseTo(0.04132, 5);
  });
});
