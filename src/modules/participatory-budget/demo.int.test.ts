import { describe, expect, it } from 'vitest';
import { demoTestDay, demoWithAreas } from '../../../test/demo-context';
import { setUpTestApp } from '../../../test/harness';
import { systemActor } from '../../core/auth/access';
import { participatoryBudgetModule } from '.';
import { listBudgets } from './budgets.service';
import { listProposals } from './proposals.service';
import { budgetResult } from './results.service';

const t = setUpTestApp({ reset: false });

describe('participatory budget demo', () => {
  it('has Bäckby norra voted and counted with winners as actions, and Vallby centrum taking proposals', async () => {
    const { organisation, ctx } = await demoWithAreas(t.db, 'demo-pb');
    const today = demoTestDay;
    await participatoryBudgetModule.seedDemo?.(ctx);
    // Bulk inserts: well under the second the demo allows a module (a margin for a busy machine).

    const actor = systemActor(organisation.id);
    const budgets = await listBudgets({ db: t.db }, actor, today);
    expect(budgets.map((b) => [b.areaName, b.year, b.phase])).toEqual([
      ['Bäckby norra', 2026, 'implementation'],
      ['Vallby centrum', 2026, 'proposals'],
    ]);
    const [backby, vallby] = budgets;
    const proposals = await listProposals({ db: t.db }, actor, backby.id);
    const rejected = proposals.filter((p) => p.status === 'rejected');
    expect(rejected).toHaveLength(2);
    expect(rejected.every((p) => (p.rejectionReason ?? '').length > 10)).toBe(true);

    const result = await budgetResult({ db: t.db }, actor, backby.id, today);
    // About 30 % of the households voted.
    expect(result.turnout).toBeGreaterThan(0.25);
    expect(result.turnout).toBeLessThan(0.35);
    expect(result.cost).toBeLessThanOrEqual(300_000);
    const winners = result.projects.filter((p) => p.selected);
    expect(winners.length).toBeGreaterThan(1);
    expect(winners.every((p) => p.actionStatus === 'open')).toBe(true);
    expect(await listProposals({ db: t.db }, actor, vallby.id)).toHaveLength(3);
  });
});
