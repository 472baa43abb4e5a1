import { describe, expect, it } from 'vitest';
import {
  allProgrammes,
  type LocatedParticipant,
  organisationMember,
  protectProgrammeYear,
} from './publication';

const exit = (
  programId: string,
  areaId: string | null,
  extra: Partial<LocatedParticipant> = {},
): LocatedParticipant => ({
  programId,
  areaId,
  enrolledOn: '2020-02-01',
  exitedOn: '2020-10-01',
  completed: null,
  outcome: 'none',
  outcomeAfter6Months: null,
  satisfaction: 4,
  ...extra,
});
const many = (n: number, make: (i: number) => LocatedParticipant) =>
  Array.from({ length: n }, (_, i) => make(i));
const programmes = [
  { id: 'J', focusArea: 'arbete' as const, reportsJobOutcome: true },
  { id: 'K', focusArea: 'arbete' as const, reportsJobOutcome: true },
  { id: 'F', focusArea: 'gemenskap' as const, reportsJobOutcome: false },
];
const areas = [
  { id: 'N', districtId: 'B' },
  { id: 'S', districtId: 'B' },
];
/** Jobbpunkt's exits of 2020 alone, at the threshold of 10. */
const jobbpunktYear = (participants: LocatedParticipant[]) =>
  protectProgrammeYear({
    programmes: programmes.slice(0, 1),
    areas,
    participants,
    year: 2020,
    threshold: 10,
  });

describe('protectProgrammeYear', () => {
  it('publishes Jobbpunkt 28 of 60 as 47 % (34–60) and keeps the exits without an outcome', () => {
    // Wilson 28/60: 0.3463–0.5910 → whole points under 100, outwards: 0.34–0.60.
    const participants = [
      ...many(28, () => exit('J', 'N', { outcome: 'work' })),
      ...many(32, () => exit('J', 'S')),
      ...many(4, () => exit('J', 'S', { outcome: null, satisfaction: null })),
    ];
    const table = jobbpunktYear(participants);
    const f = table.figures('J', organisationMember);
    expect(f.betterOff.atExit.work).toEqual({
      value: 0.47,
      low: 0.34,
      high: 0.6,
      n: 60,
      suppressed: false,
      reason: null,
    });
    expect(f.howMuch.exited).toBe(64);
    expect(f.missing).toEqual({ outcome: 4, satisfaction: 4, completion: 64, outcomeAfter6Months: 64 });
    // Completion and the six-month outcome were recorded for nobody: no share, nothing hidden.
    expect(f.howWell.completed).toMatchObject({ value: null, n: 0, suppressed: false });
  });

  it('shows a sum of programmes only when every programme in it is shown', () => {
    // J 20 and K 3 (job programmes), F 30: K is small, so the job programmes' sum is hidden too —
    // else sum − J would give K.
    const participants = [
      ...many(20, () => exit('J', 'N', { outcome: 'work' })),
      ...many(3, () => exit('K', 'N')),
      ...many(30, () => exit('F', 'S')),
    ];
    const table = protectProgrammeYear({ programmes, areas, participants, year: 2020, threshold: 10 });
    expect(table.reason('K', organisationMember)).toBe('small_group');
    expect(table.sumFigures(['J', 'K'], organisationMember)).toMatchObject({
      reason: 'protects_another',
      howMuch: { exited: null },
      betterOff: { atExit: { work: { value: null, n: null } } },
    });
    // A sum of one programme is its cell; of all of them, the total.
    expect(table.sumFigures(['F'], organisationMember)).toEqual(table.figures('F', organisationMember));
    expect(table.sumFigures(['J', 'K', 'F'], organisationMember)).toEqual(
      table.figures(allProgrammes, organisationMember),
    );
  });

  it('hides completion when only a few exits have it recorded, without hiding the programme', () => {
    const participants = [
      ...many(3, () => exit('J', 'N', { completed: true })),
      ...many(20, () => exit('J', 'N')),
    ];
    const table = jobbpunktYear(participants);
    const f = table.figures('J', organisationMember);
    expect(f.reason).toBeNull();
    expect(f.howMuch.exited).toBe(23);
    expect(f.howWell.completed).toMatchObject({ value: null, n: null, reason: 'small_group' });
    expect(f.missing.completion).toBeNull();
    // Per area, completion is not published at all.
    expect(table.figures('J', 'N').howWell.completed).toBeNull();
  });
});
