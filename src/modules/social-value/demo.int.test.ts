import { describe, expect, it } from 'vitest';
import { demoWithAreas } from '../../../test/demo-context';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { activitiesModule } from '../activities';
import { programsModule } from '../programs';
import { socialValueModule } from '.';
import { socialValue } from './social-value.service';

const t = setUpTestApp({ reset: false });

describe('social value demo', () => {
  it('values the demo programmes’ exits with an example valuation that says it is one', async () => {
    const { organisation, ctx } = await demoWithAreas(t.db, 'demo-sv');
    await activitiesModule.seedDemo?.(ctx);
    await programsModule.seedDemo?.(ctx);
    await socialValueModule.seedDemo?.(ctx);

    const result = await socialValue({ db: t.db }, systemActor(organisation.id), 2024);
    const work = result.lines.find((l) => l.valuation.outcome === 'work')!;
    expect(work.valuation.source).toMatch(/^Exempel, inte en publicerad siffra/);
    // 120,000 × (1 − 0.4) × (1 − 0.3) × (1 + 0.5 + 0.25) = 72,000 × 0.7 × 1.75 = 88,200 per person.
    expect(work.valuePerPerson).toBeCloseTo(88_200, 6);
    // Jobbpunkt alone had 28 exits to work in 2024 (the programmes' demo), so the line is shown.
    expect(work.participants).toBeGreaterThanOrEqual(28);
    expect(work.value).toBeCloseTo((work.participants as number) * 88_200, 6);
  });
});
