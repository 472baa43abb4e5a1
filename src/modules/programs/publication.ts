/**
 * The programmes' protected table of a calendar year, and every published figure read from it.
 *
 * Units are programme × area (participants without a known area form the leaf `noArea`), over
 * flatDimension(all programmes → each) × the organisation's areas; the measures are what the
 * published figures rest on (rba.ts, contributingCounts). Sums over some of the programmes — a focus
 * area in the overview, the job-outcome programmes in the report's job_outcome_rate — are not
 * cells of the table: such a sum is shown only when every programme cell in it is shown, so that it
 * is a sum of shown cells and reveals nothing new; otherwise it is hidden ('protects_another').
 * (Making those sums members of the programme dimension as well was tried: the secondary
 * suppression then cascades until even the organisation's total is hidden.)
 *
 * Completion and the six-month outcome are published for a single programme only (never summed
 * over programmes or areas), so they need no secondary protection of their own: the layer's
 * primary rule per programme, and the programme's cell of the main table, decide.
 */

import {
  areaDimension,
  type Dimension,
  flatDimension,
  type HiddenReason,
  organisationMember,
  type ProtectedTable,
  type PublishedShare,
  protectTable,
  publishCount,
  publishShare,
  roundMean,
  unitKey,
} from '../../core/disclosure';
import type { FocusArea } from '../../core/indicators';
import { wilsonInterval } from '../../core/statistics';
import {
  activeIn,
  contributingCounts,
  exitedIn,
  type Outcome,
  outcomes,
  type ParticipantFacts,
  type Tally,
  yearCounts,
} from './rba';

export const allProgrammes = 'all';
/** The area leaf of participants whose area is not recorded (or no longer exists). */
export const noArea = 'none';
const noDistrict = 'none-district';
export { organisationMember };

export type ProgrammeNode = { id: string; focusArea: FocusArea; reportsJobOutcome: boolean };
export type AreaNode = { id: string; districtId: string };
export type LocatedParticipant = ParticipantFacts & { programId: string; areaId: string | null };

/** The organisation's areas, and a leaf (in a district of its own) for participants without one. */
export function programmeAreaDimension(areas: readonly AreaNode[]): Dimension {
  return areaDimension([...areas, { id: noArea, districtId: noDistrict }]);
}

/** A published share: rounded by its base, or withheld with its reason (never a count). */
export type Share = PublishedShare;

export type PublishedYear = {
  year: number;
  /** Why the group's figures are hidden; null when they are shown. */
  reason: HiddenReason | null;
  howMuch: { enrolled: number | null; active: number | null; exited: number | null };
  howWell: {
    satisfactionMean: number | null;
    satisfied: Share;
    /** Only for a single programme over the organisation; null for sums and areas. */
    completed: Share | null;
  };
  betterOff: {
    atExit: Record<Outcome, Share>;
    /** Only for a single programme over the organisation; null for sums and areas. */
    after6Months: Record<Outcome, Share> | null;
  };
  /** Exits without the item recorded (exits − the share's base): shown, never silently left out. */
  missing: {
    outcome: number | null;
    satisfaction: number | null;
    completion: number | null;
    outcomeAfter6Months: number | null;
  };
};

const leavesOf = (d: Dimension) => new Map(d.members.map((m) => [m.id, new Set(m.leaves)]));

function share(tally: Tally, reason: HiddenReason | null): Share {
  if (reason || tally.base === 0) return publishShare(null, tally.base, reason);
  const interval = wilsonInterval(tally.hits, tally.base);
  return publishShare({ value: tally.hits / tally.base, ...interval }, tally.base, reason);
}

const outcomeShares = (tallies: Record<Outcome, Tally>, reason: HiddenReason | null) =>
  Object.fromEntries(outcomes.map((o) => [o, share(tallies[o], reason)])) as Record<Outcome, Share>;

export type ProgrammeYearTable = {
  year: number;
  threshold: number;
  programmeIds: readonly string[];
  /** Why the cell (a programme member × an area member) is hidden; null when shown. */
  reason(programme: string, area: string): HiddenReason | null;
  /** True when the cell has anyone in it (hidden cells included; their counts are not given). */
  nonEmpty(programme: string, area: string): boolean;
  /** Every figure of the cell as it may leave the server. */
  figures(programme: string, area: string): PublishedYear;
  /** The figures of a sum of programmes in an area: shown only when each programme's cell is. */
  sumFigures(programmeIds: readonly string[], area: string): PublishedYear;
};

export type ProgrammeYearInput = {
  programmes: readonly ProgrammeNode[];
  areas: readonly AreaNode[];
  participants: readonly LocatedParticipant[];
  year: number;
  threshold: number;
};

/** Builds and protects the year's table of programme participants. */
export function protectProgrammeYear(input: ProgrammeYearInput): ProgrammeYearTable {
  const { year, threshold } = input;
  const programmeDim = flatDimension(
    allProgrammes,
    input.programmes.map((p) => p.id),
  );
  const areaDim = programmeAreaDimension(input.areas);
  const known = new Set(input.programmes.map((p) => p.id));
  const areaIds = new Set(input.areas.map((a) => a.id));
  const leafOf = (p: LocatedParticipant) => (p.areaId && areaIds.has(p.areaId) ? p.areaId : noArea);
  const inYear = input.participants.filter(
    (p) => known.has(p.programId) && (activeIn(p, year) || exitedIn(p, year)),
  );
  const groups = new Map<string, LocatedParticipant[]>();
  for (const p of inYear) {
    const key = unitKey([p.programId, leafOf(p)]);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const units = new Map([...groups].map(([key, ps]) => [key, contributingCounts(yearCounts(ps, year))]));
  const table = protectTable({ threshold, dimensions: [programmeDim, areaDim], units });
  const details = protectDetails(input.programmes, inYear, year, threshold);
  const programmeLeaves = leavesOf(programmeDim);
  const areaLeaves = leavesOf(areaDim);
  const members = (programme: string, area: string) =>
    inYear.filter(
      (p) => programmeLeaves.get(programme)?.has(p.programId) && areaLeaves.get(area)?.has(leafOf(p)),
    );
  const reason = (programme: string, area: string) => table.hiddenReason([programme, area]);
  const figures = (programme: string, area: string) => {
    const cellReason = reason(programme, area);
    const c = yearCounts(members(programme, area), year);
    const single = known.has(programme) && area === organisationMember;
    const detail = (item: DetailItem) => cellReason ?? details.hiddenReason([programme, item]);
    return publishedYear(year, cellReason, c, single ? detail : null);
  };
  return {
    year,
    threshold,
    programmeIds: input.programmes.map((p) => p.id),
    reason,
    nonEmpty: (programme, area) => table.counts([programme, area]).some((v) => v > 0),
    figures,
    sumFigures: (programmeIds, area) => {
      const ids = programmeIds.filter((id) => known.has(id));
      if (ids.length === 1) return figures(ids[0], area);
      if (ids.length === known.size) return figures(allProgrammes, area);
      const inSum = new Set(ids);
      const c = yearCounts(
        members(allProgrammes, area).filter((p) => inSum.has(p.programId)),
        year,
      );
      const hidden = ids.some((id) => reason(id, area) !== null);
      return publishedYear(year, hidden ? 'protects_another' : null, c, null);
    },
  };
}

type DetailItem = 'completion' | 'after6Months';
const detailItems: readonly DetailItem[] = ['completion', 'after6Months'];

/** Completion and six-month outcome per programme: each its own cell, no sums, primary rule only. */
function protectDetails(
  programmes: readonly ProgrammeNode[],
  participants: readonly LocatedParticipant[],
  year: number,
  threshold: number,
): ProtectedTable {
  const leaves = (ids: readonly string[]) => ({
    members: ids.map((id) => ({ id, leaves: [id] })),
    partitions: [],
  });
  const units = new Map<string, number[]>();
  for (const p of programmes) {
    const c = yearCounts(
      participants.filter((x) => x.programId === p.id),
      year,
    );
    units.set(unitKey([p.id, 'completion']), [c.completed.base]);
    units.set(unitKey([p.id, 'after6Months']), [c.after6Months.work.base]);
  }
  return protectTable({
    threshold,
    dimensions: [leaves(programmes.map((p) => p.id)), leaves(detailItems)],
    units,
  });
}

function publishedYear(
  year: number,
  reason: HiddenReason | null,
  c: ReturnType<typeof yearCounts>,
  detail: ((item: DetailItem) => HiddenReason | null) | null,
): PublishedYear {
  const count = (n: number, why: HiddenReason | null = reason) => publishCount(n, why);
  const completionReason = detail?.('completion') ?? null;
  const laterReason = detail?.('after6Months') ?? null;
  return {
    year,
    reason,
    howMuch: { enrolled: count(c.enrolled), active: count(c.active), exited: count(c.exited) },
    howWell: {
      satisfactionMean:
        reason || c.satisfaction.base === 0
          ? null
          : roundMean(c.satisfaction.scoreSum / c.satisfaction.base, c.satisfaction.base),
      satisfied: share(c.satisfaction, reason),
      completed: detail ? share(c.completed, completionReason) : null,
    },
    betterOff: {
      atExit: outcomeShares(c.atExit, reason),
      after6Months: detail ? outcomeShares(c.after6Months, laterReason) : null,
    },
    missing: {
      outcome: count(c.exited - c.atExit.work.base),
      satisfaction: count(c.exited - c.satisfaction.base),
      completion: detail ? count(c.exited - c.completed.base, completionReason) : null,
      outcomeAfter6Months: detail ? count(c.exited - c.after6Months.work.base, laterReason) : null,
    },
  };
}
