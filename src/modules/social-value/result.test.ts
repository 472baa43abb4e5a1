import { describe, expect, it } from 'vitest';
import type { HiddenReason } from '../../core/disclosure';
import { type OutcomeSource, socialValueOf, valuationsInForce } from './result';
import type { Valuation, ValuedOutcome } from './social-value.contract';

let next = 0;
function valuation(v: Partial<Valuation> & Pick<Valuation, 'outcome'>): Valuation {
  next++;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    programCode: null,
    label: `värdering ${next}`,
    valuePerPersonYear: 100_000,
    deadweight: 0,
    attribution: 0,
    durationYears: 1,
    dropOff: 0,
    source: 'test',
    validFromYear: 2024,
    updatedAt: '2025-01-01T00:00:00.000Z',
    updatedBy: null,
    ...v,
  };
}

/** Two programmes, A (code "jobbpunkt") and B, with the year's exits per programme and outcome. */
function source(
  exits: Record<string, Partial<Record<ValuedOutcome, number>>>,
  hidden: (ids: readonly string[]) => HiddenReason | null = () => null,
): OutcomeSource {
  return {
    programmes: [
      { id: 'A', code: 'jobbpunkt', name: 'Jobbpunkt' },
      { id: 'B', code: 'summerworks', name: 'Summerworks' },
    ],
    threshold: 10,
    exits: (ids, outcome) => ids.reduce((sum, id) => sum + (exits[id]?.[outcome] ?? 0), 0),
    hiddenReason: hidden,
  };
}

// Work in every programme without its own: 100,000 × 0.75 × 0.8 × (1 + 0.5) = 90,000 per person.
const workAll = valuation({
  outcome: 'work',
  deadweight: 0.25,
  attribution: 0.2,
  durationYears: 2,
  dropOff: 0.5,
});
// Work in Jobbpunkt: 200,000 × 0.5 × 0.9 × (1 + 0.8 + 0.64 = 2.44) = 90,000 × 2.44 = 219,600 per person.
const workJobbpunkt = valuation({
  outcome: 'work',
  programCode: 'JOBBPUNKT',
  valuePerPersonYear: 200_000,
  deadweight: 0.5,
  attribution: 0.1,
  durationYears: 3,
  dropOff: 0.2,
});
// Studies anywhere: 50,000 × 1 × 0.5 × 1 = 25,000 per person.
const studiesAll = valuation({ outcome: 'studies', valuePerPersonYear: 50_000, attribution: 0.5 });

describe('the year’s social value', () => {
  it('values each exit once: a programme’s own valuation, the general one for the other programmes', () => {
    const result = socialValueOf(
      [workAll, workJobbpunkt, studiesAll],
      source({ A: { work: 12, studies: 6 }, B: { work: 15, studies: 5 } }),
      2025,
    );
    const line = (v: Valuation) => result.lines.find((l) => l.valuation.id === v.id)!;
    // Jobbpunkt's 12 exits to work at 219,600 = 2,635,200.
    expect(line(workJobbpunkt)).toMatchObject({
      programmes: ['Jobbpunkt'],
      participants: 12,
      suppressed: false,
    });
    expect(line(workJobbpunkt).durationFactor).toBeCloseTo(2.44, 12);
    expect(line(workJobbpunkt).valuePerPerson).toBeCloseTo(219_600, 6);
    expect(line(workJobbpunkt).value).toBeCloseTo(2_635_200, 6);
    // The general one counts only Summerworks' 15: 15 × 90,000 = 1,350,000.
    expect(line(workAll)).toMatchObject({ programmes: ['Summerworks'], participants: 15 });
    expect(line(workAll).value).toBeCloseTo(1_350_000, 6);
    // Studies in both: 6 + 5 = 11 exits × 25,000 = 275,000.
    expect(line(studiesAll)).toMatchObject({ programmes: ['Jobbpunkt', 'Summerworks'], participants: 11 });
    expect(line(studiesAll).value).toBeCloseTo(275_000, 6);
    // Total: 2,635,200 + 1,350,000 + 275,000 = 4,260,200.
    expect(result.total.suppressed).toBe(false);
    expect(result.total.value).toBeCloseTo(4_260_200, 6);
  });

  it('hides a line on fewer exits than the threshold, and another line so that the total does not give it away', () => {
    // Studies: 2 + 2 = 4 exits, under 10: hidden. With the total shown, total − the two work lines
    // would be it, so the smallest shown line (Jobbpunkt's 12) is hidden too; the two hidden lines
    // together (4 + 12 = 16) reach the threshold, and the total is shown.
    const result = socialValueOf(
      [workAll, workJobbpunkt, studiesAll],
      source({ A: { work: 12, studies: 2 }, B: { work: 15, studies: 2 } }),
      2025,
    );
    const line = (v: Valuation) => result.lines.find((l) => l.valuation.id === v.id)!;
    expect(line(studiesAll)).toMatchObject({
      participants: null,
      value: null,
      suppressed: true,
      reason: 'small_group',
    });
    expect(line(workJobbpunkt)).toMatchObject({
      participants: null,
      value: null,
      reason: 'protects_another',
    });
    expect(line(workAll)).toMatchObject({ participants: 15, suppressed: false });
    // The assumptions stay shown: they are the organisation's, not a count.
    expect(line(studiesAll).valuePerPerson).toBe(25_000);
    // 2,635,200 + 1,350,000 + 4 × 25,000 = 4,085,200.
    expect(result.total.value).toBeCloseTo(4_085_200, 6);
  });

  it('hides a line whose programmes the programmes’ own table hides, and then the total', () => {
    const result = socialValueOf(
      [workAll, workJobbpunkt],
      source({ A: { work: 12 }, B: { work: 15 } }, (ids) => (ids.includes('A') ? 'protects_another' : null)),
      2025,
    );
    const line = (v: Valuation) => result.lines.find((l) => l.valuation.id === v.id)!;
    expect(line(workJobbpunkt)).toMatchObject({
      participants: null,
      value: null,
      reason: 'protects_another',
    });
    expect(line(workAll).participants).toBe(15);
    // 12 and 15 both reach the threshold, but the total less Summerworks' line would be Jobbpunkt's.
    expect(result.total).toEqual({ value: null, suppressed: true, reason: 'protects_another' });
  });

  it('gives a total of 0 without valuations', () => {
    expect(socialValueOf([], source({ A: { work: 12 } }), 2025)).toMatchObject({
      lines: [],
      total: { value: 0, suppressed: false, reason: null },
    });
  });
});

describe('the valuations in force', () => {
  it('takes, per outcome and programme, the latest valuation from a year not after the one asked for', () => {
    const old = valuation({ outcome: 'work', validFromYear: 2023 });
    const later = valuation({ outcome: 'work', validFromYear: 2025 });
    const own = valuation({ outcome: 'work', programCode: 'jobbpunkt', validFromYear: 2024 });
    const ids = (year: number) =>
      valuationsInForce([old, later, own], year)
        .map((v) => v.id)
        .sort();
    expect(ids(2022)).toEqual([]);
    expect(ids(2023)).toEqual([old.id]);
    expect(ids(2024)).toEqual([old.id, own.id].sort());
    expect(ids(2026)).toEqual([later.id, own.id].sort());
  });
});
