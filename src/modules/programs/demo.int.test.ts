import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoTestDay, demoWithAreas } from '../../../test/demo-context';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { activitiesModule, activityFollowUp } from '../activities';
import { activities } from '../activities/testing';
import { programsModule } from '.';
import { programFollowUp } from './follow-up.service';
import { programs } from './programs.table';

const t = setUpTestApp({ reset: false });

describe('activities and programs demo', () => {
  it('loads three years of Mimer-like activities and programs', async () => {
    // Only the three modules seeded below take part, as before the organisation hooks.
    const { organisation, ctx } = await demoWithAreas(t.db, 'demo');
    const _today = demoTestDay;
    await activitiesModule.seedDemo?.(ctx);
    await programsModule.seedDemo?.(ctx);

    const actor = systemActor(organisation.id);
    const [jobbpunkt] = await t.db.select().from(programs).where(eq(programs.code, 'jobbpunkt'));
    // The first demo year carries Mimer's 2020 Jobbpunkt figures: 60 coached, 28 to work.
    const first = await programFollowUp({ db: t.db }, actor, jobbpunkt.id, 2024);
    expect(first.current.howMuch.exited).toBe(60);
    // 28 of 60 = 46.7 %, published in whole points under 100 exits (the publication layer): 47 %.
    expect(first.current.betterOff.atExit.work).toMatchObject({ value: 0.47, n: 60 });
    expect(first.current.howWell.satisfied.value).toBeGreaterThan(0.8);

    const [frisk] = await t.db.select().from(programs).where(eq(programs.code, 'frisk-generation'));
    const health = await programFollowUp({ db: t.db }, actor, frisk.id, 2025);
    // 17 families: 17 adults and 44 children.
    expect(health.current.howMuch.enrolled).toBe(61);
    const comparison = health.questionnaires[0].questions;
    expect(comparison.every((q) => !q.suppressed)).toBe(true);

    const [dance] = await t.db.select().from(activities).where(eq(activities.name, 'Mimers dansskola'));
    const dance2025 = await activityFollowUp({ db: t.db }, actor, dance.id, 2025);
    expect(dance2025.figures.sessions).toBe(38);
    expect(dance2025.figures.meanPerSession).toBeGreaterThan(50);
    expect(dance2025.figures.meanPerSession).toBeLessThan(70);
  });
});
