/**
 * Demo: the seeds' working-life figures, entered through the services as HR would. 2022 is the
 * seeds' own (whole company 74 women and 92 men, management team 4 and 5, board 7 and 6, managers 11
 * and 13); the years around it are made up, moving a little from year to year. ISO 45001 since 2020
 * (three-year certificates), health promotion split 80/20 with the 80/20 rule as the goal.
 */
import { systemActor } from '../../core/auth/access';
import { indicators } from '../../core/indicators';
import type { DemoContext, DemoUser } from '../../core/module';
import { setGoal } from '../goals';
import { setHeadcount } from './headcount.service';
import { setWorkEnvironment } from './work-environment.service';
import type { KnownBody } from './working-life.contract';

/** HR, who keeps the working-life figures (and, with the pay survey, the salaries). */
export const workingLifeDemoUsers: DemoUser[] = [
  { email: 'hr@demo.grannskap.se', name: 'Helena Personalsson', role: 'hr' },
];

/** Per year and body: women, men and others. */
const headcounts: Record<number, Record<KnownBody, [number, number, number]>> = {
  2021: { company: [72, 93, 0], management: [4, 5, 0], board: [6, 7, 0], managers: [10, 13, 0] },
  2022: { company: [74, 92, 0], management: [4, 5, 0], board: [7, 6, 0], managers: [11, 13, 0] },
  2023: { company: [76, 91, 0], management: [4, 5, 0], board: [7, 6, 0], managers: [12, 13, 0] },
  2024: { company: [77, 91, 1], management: [5, 4, 0], board: [7, 6, 0], managers: [12, 12, 0] },
  2025: { company: [79, 90, 1], management: [5, 4, 0], board: [6, 7, 0], managers: [13, 12, 0] },
};

/** Sick leave per year; the first certificate ran 2020–2023, the renewed one to 2026. */
const workEnvironment: { year: number; sickLeave: number; validUntil: string }[] = [
  { year: 2020, sickLeave: 0.054, validUntil: '2023-03-14' },
  { year: 2021, sickLeave: 0.052, validUntil: '2023-03-14' },
  { year: 2022, sickLeave: 0.047, validUntil: '2023-03-14' },
  { year: 2023, sickLeave: 0.049, validUntil: '2026-03-14' },
  { year: 2024, sickLeave: 0.045, validUntil: '2026-03-14' },
  { year: 2025, sickLeave: 0.043, validUntil: '2026-03-14' },
];

export async function seedWorkingLifeDemo(ctx: DemoContext): Promise<void> {
  const actor = systemActor(ctx.organisationId, 'demo');
  for (const [year, bodies] of Object.entries(headcounts)) {
    for (const [body, [women, men, other]] of Object.entries(bodies)) {
      await setHeadcount(ctx, actor, Number(year), body, { women, men, other });
    }
  }
  for (const { year, sickLeave, validUntil } of workEnvironment) {
    await setWorkEnvironment(ctx, actor, year, {
      sickLeaveShare: sickLeave,
      promotiveShare: 0.8,
      iso45001Certified: true,
      iso45001ValidUntil: validUntil,
      sourceNote: 'Exempel: lönesystemets sjukfrånvarorapport och certifieringsorganets intyg.',
    });
  }
  // The 80/20 rule as the goal, where the build registers the indicator.
  if (!indicators().some((i) => i.id === 'health_promotion_promotive_share')) return;
  for (const { year } of workEnvironment) {
    await setGoal(ctx, actor, {
      indicatorId: 'health_promotion_promotive_share',
      year,
      areaId: null,
      target: 0.8,
    });
  }
}
