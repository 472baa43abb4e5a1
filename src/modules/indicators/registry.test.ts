import { describe, expect, it } from 'vitest';
import { registerModules } from '../../app';
import { focusAreaOf, indicatorFrequencies, indicators } from '../../core/indicators';
import { roles } from '../../shared/enums';
import { sdgGoal, sdgTarget } from '../../shared/sdg';

registerModules();

/** The report ids docs/annual-report.md promises; the registry must still hold every one of them. */
const reportIds = [
  'activity_sessions',
  'activity_participants',
  'job_outcome_rate',
  'program_satisfied_share',
  'incidents_per_1000_households',
  'est_weeks_reported_share',
  'safety_index',
  'rounds_completed',
  'actions_closed_share',
  'median_days_to_close',
  'presence_hours',
];

describe('every registered indicator', () => {
  const all = indicators();

  it('keeps the report ids stable', () => {
    expect(all.map((i) => i.id).sort()).toEqual(expect.arrayContaining([...reportIds].sort()));
  });

  it.each(
    all.map((i) => [i.id, i] as const),
  )('%s has complete metadata, consistent with the SDG catalogue', (_, i) => {
    expect(typeof i.higherIsBetter).toBe('boolean');
    expect(indicatorFrequencies).toContain(i.frequency);
    expect(roles).toContain(i.owner);
    expect(i.definition.sv.trim().length).toBeGreaterThan(20);
    expect(i.definition.en.trim().length).toBeGreaterThan(20);
    expect(i.definition.sv).not.toBe(i.definition.en);
    expect(i.sdg.length).toBeGreaterThan(0);
    for (const goal of i.sdg) expect(sdgGoal(goal), `goal ${goal}`).toBeDefined();
    expect(i.sdgTargets.length).toBeGreaterThan(0);
    expect(new Set(i.sdgTargets).size).toBe(i.sdgTargets.length);
    for (const code of i.sdgTargets) {
      const target = sdgTarget(code);
      expect(target, `target ${code} is in the catalogue`).toBeDefined();
      expect(i.sdg, `target ${code} belongs to one of the indicator's goals`).toContain(target!.goal);
    }
    if (i.focusArea) expect(focusAreaOf(i.materialArea, i.focusArea), i.focusArea).toBe(true);
  });

  it('has the polarity the figures have: fewer incidents, fewer days, less sick leave and smaller pay gaps are better', () => {
    const lowerIsBetter = all.filter((i) => !i.higherIsBetter).map((i) => i.id);
    expect(lowerIsBetter.sort()).toEqual([
      'gender_pay_gap',
      'gender_pay_gap_adjusted',
      'gender_pay_gap_median',
      'incidents_per_1000_households',
      'median_days_to_close',
      'sick_leave_share',
      'variable_pay_gap',
    ]);
  });
});
