/**
 * Monthly stratified sampling over a 24-month cycle. Each household gets a slot 0–23 in its area
 * (the stratum); in month m the households whose slot is m mod 24 are invited. Slots are dealt
 * round-robin over a seeded random order of each area's households, starting at a seeded offset per
 * area, so every month holds ⌊N/24⌋ or ⌈N/24⌉ households of an area of N and the areas' large months
 * are spread over the year. New households take the least-filled slot of their area. The slot and
 * the month of the last invitation are stored, so a draw is reproducible and nobody is invited twice
 * within 24 months.
 */
import { createHash } from 'node:crypto';

export const cycleMonths = 24;

/** Months since January 2000: a plain integer for month arithmetic. */
export function monthIndex(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new Error(`Not a month: ${month}`);
  return (Number(m[1]) - 2000) * 12 + Number(m[2]) - 1;
}

export function monthOfIndex(index: number): string {
  const year = 2000 + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A stable number in [0, 2³²) from the seed and a key: the seeded random order. */
export function seededRank(seed: string, key: string): number {
  return createHash('sha256').update(`${seed}\u0000${key}`).digest().readUInt32BE(0);
}

export type FrameHousehold = { id: string; areaId: string };
export type SamplingState = {
  householdId: string;
  areaId: string;
  slot: number;
  lastInvitedMonth: number | null;
};

/**
 * Slots for households that have none yet (new in the frame), given the slots already held by
 * active households. Pure: the same seed, frame and state always give the same slots.
 */
export function assignSlots(
  seed: string,
  newcomers: readonly FrameHousehold[],
  held: readonly { areaId: string; slot: number }[],
): Map<string, number> {
  const counts = new Map<string, number[]>();
  const countsOf = (areaId: string) => {
    let c = counts.get(areaId);
    if (!c) {
      c = new Array(cycleMonths).fill(0);
      counts.set(areaId, c);
    }
    return c;
  };
  for (const h of held) countsOf(h.areaId)[h.slot]++;
  const byArea = new Map<string, FrameHousehold[]>();
  for (const h of newcomers) {
    const list = byArea.get(h.areaId) ?? [];
    list.push(h);
    byArea.set(h.areaId, list);
  }
  const out = new Map<string, number>();
  for (const [areaId, list] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    const c = countsOf(areaId);
    const offset = seededRank(seed, `area:${areaId}`) % cycleMonths;
    const ordered = list
      .map((h) => ({ h, rank: seededRank(seed, h.id) }))
      .sort((a, b) => a.rank - b.rank || a.h.id.localeCompare(b.h.id));
    for (const { h } of ordered) {
      // Least-filled slot; ties go to the first slot at or after the area's offset.
      let best = -1;
      for (let k = 0; k < cycleMonths; k++) {
        const slot = (offset + k) % cycleMonths;
        if (best < 0 || c[slot] < c[best]) best = slot;
      }
      c[best]++;
      out.set(h.id, best);
    }
  }
  return out;
}

/** Households due in a month: their slot's turn, and not invited in the 23 months before. */
export function dueInMonth(state: readonly SamplingState[], month: number): SamplingState[] {
  const slot = ((month % cycleMonths) + cycleMonths) % cycleMonths;
  return state.filter(
    (s) => s.slot === slot && (s.lastInvitedMonth === null || month - s.lastInvitedMonth >= cycleMonths),
  );
}

// ── The plan ─────────────────────────────────────────────────────────────────

export type PlanRow = {
  areaId: string;
  households: number;
  /** Half of the households a year. */
  expectedInvitationsPerYear: number;
  responseRate: number;
  expectedAnswersPerYear: number;
  /** Half-width of the index's 95 % interval with that many answers in a year (fraction, 0.05 = ±5 pp). */
  marginOfError: number | null;
};

/** One answer to one question at p = 0.5: the widest a respondent's variance can be, when nothing is observed. */
export const assumedRespondentVariance = 0.25;

/**
 * Expected yearly answers at the observed response rate and the index's margin of error they give:
 * 1.96·√(v/n), where v is the variance one respondent brings to the index (observed from the
 * organisation's answers, see respondentVariance; 0.25 when nothing is observed yet).
 */
export function planRow(
  areaId: string,
  households: number,
  responseRate: number,
  respondentVariance = assumedRespondentVariance,
): PlanRow {
  const invitations = (households * 12) / cycleMonths;
  const answers = invitations * responseRate;
  return {
    areaId,
    households,
    expectedInvitationsPerYear: invitations,
    responseRate,
    expectedAnswersPerYear: answers,
    marginOfError: answers >= 1 ? 1.959964 * Math.sqrt(respondentVariance / answers) : null,
  };
}
