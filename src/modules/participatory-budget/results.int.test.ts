/**
 * Ballots in the database → the count by the budget's rule → winners as actions, and a budget
 * through a pabulib file and back. The counting rules themselves are tested in counting/; this
 * checks the wiring on a small instance counted by hand.
 *
 * Projects (testing.ts): 1 Bänkar 30,000 kr, 2 Belysning 60,000 kr, 3 Utegym 50,000 kr; budget
 * 100,000 kr. Five ballots: {2,3}, {2,3}, {1,3}, {1}, {3} → votes 1: 2, 2: 2, 3: 4.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setTestClock, setUpTestApp, testClockStart } from '../../../test/harness';
import { linkedActions } from '../rounds';
import { code, testVoting } from './testing';

const t = setUpTestApp();
const { votingBudget, vote } = testVoting(t);
afterEach(() => setTestClock(testClockStart));

const ballots = [[2, 3], [2, 3], [1, 3], [1], [3]];
/** After the voting: the result phase starts on 17 December 2026. */
const afterVoting = '2026-12-18T10:00:00+01:00';

async function castAll() {
  for (const [i, ticks] of ballots.entries()) expect((await vote(code(i + 1), ticks)).statusCode).toBe(303);
}

type Project = {
  number: number;
  votes: number;
  selected: boolean;
  payments: unknown;
  actionId: string | null;
};

describe('the result', () => {
  it('greedy: by votes within the budget, a tie to the cheaper, a project that does not fit skipped', async () => {
    const { admin, id, seed } = await votingBudget();
    await castAll();
    // 3 (4 votes, 50,000) first; 1 and 2 tie at 2 votes, 1 is cheaper: 50,000 + 30,000 = 80,000;
    // 2 (60,000) would make 140,000 > 100,000: skipped.
    const live = (await admin.get(`/api/v1/participatory-budget/budgets/${id}/result`)).json();
    expect(live.final).toBe(false);
    expect(live.ballots).toBe(5);
    expect(live.cost).toBe(80_000);
    expect(live.projects.map((p: Project) => [p.number, p.votes, p.selected])).toEqual([
      [3, 4, true],
      [1, 2, true],
      [2, 2, false],
    ]);
    // Before the voting is over there are no winners to act on, and the public page shows no result.
    expect((await admin.post(`/api/v1/participatory-budget/budgets/${id}/actions`)).statusCode).toBe(409);
    const during = await t.app.inject({ method: 'GET', url: `/boendebudget/alfa/alfa-N/2026` });
    expect(during.body).not.toContain('id="result"');

    setTestClock(afterVoting);
    const created = await admin.post(`/api/v1/participatory-budget/budgets/${id}/actions`);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({ created: 2 });
    // Once only: the winners keep their actions.
    expect((await admin.post(`/api/v1/participatory-budget/budgets/${id}/actions`)).json()).toEqual({
      created: 0,
    });
    const final = (await admin.get(`/api/v1/participatory-budget/budgets/${id}/result`)).json();
    expect(final.final).toBe(true);
    const winners = final.projects.filter((p: Project) => p.selected);
    const actions = await linkedActions(
      t.db,
      seed.organisation.id,
      winners.map((p: Project) => p.actionId),
    );
    expect([...actions.values()].map((a) => [a.title, a.status, a.areaId]).sort()).toEqual([
      ['Boendebudget 2026: Bänkar', 'open', seed.areas[0].id],
      ['Boendebudget 2026: Utegym', 'open', seed.areas[0].id],
    ]);
    const page = await t.app.inject({ method: 'GET', url: `/boendebudget/alfa/alfa-N/2026?lang=en` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="result"');
    expect(page.body).toContain('Votes cast: 5');
    expect(page.body).toContain('<li>Utegym – <em>Planned</em></li>');
  });

  it('Equal Shares: what each group of supporters paid', async () => {
    const { admin, id } = await votingBudget({ countingRule: 'equal-shares' });
    await castAll();
    // Five voters with 100,000 / 5 = 20,000 kr each. Utegym: 4 supporters pay 50,000 / 4 = 12,500
    // each (the cheapest per supporter). Then Bänkar: voters 3 and 4 have 7,500 + 20,000 = 27,500 <
    // 30,000; Belysning: voters 1 and 2 have 7,500 + 7,500 = 15,000 < 60,000. Neither: only Utegym.
    const result = (await admin.get(`/api/v1/participatory-budget/budgets/${id}/result`)).json();
    expect(result.cost).toBe(50_000);
    expect(result.projects.map((p: Project) => [p.number, p.selected, p.payments])).toEqual([
      [3, true, [{ amount: 12_500, voters: 4 }]],
      [1, false, null],
      [2, false, null],
    ]);
  });
});

describe('a pabulib file', () => {
  it('exported and imported again gives the same count', async () => {
    const { admin, id, seed } = await votingBudget();
    await castAll();
    const exported = await admin.get(`/api/v1/participatory-budget/budgets/${id}/export.pb`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toBe(
      'attachment; filename="boendebudget-alfa-n-2026.pb"',
    );
    expect(exported.body).toContain('budget;100000');
    expect(exported.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no row ids, no household ids
    const imported = await admin.post('/api/v1/participatory-budget/import', {
      areaId: seed.areas[1].id,
      year: 2025,
      file: exported.body,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().imported).toBe(true);
    const summary = (r: { cost: number; ballots: number; projects: Project[] }) => ({
      cost: r.cost,
      ballots: r.ballots,
      projects: r.projects.map((p) => [p.number, p.votes, p.selected]),
    });
    const original = (await admin.get(`/api/v1/participatory-budget/budgets/${id}/result`)).json();
    const again = (
      await admin.get(`/api/v1/participatory-budget/budgets/${imported.json().id}/result`)
    ).json();
    expect(summary(again)).toEqual(summary(original));
    expect(summary(again).cost).toBe(80_000);
    // And out again: the same file but for its unit (the other area).
    const twice = await admin.get(`/api/v1/participatory-budget/budgets/${imported.json().id}/export.pb`);
    const withoutPlace = (text: string) =>
      text.split('\n').filter((l) => !/^(description|unit|instance|date_begin|date_end);/.test(l));
    expect(withoutPlace(twice.body)).toEqual(withoutPlace(exported.body));
  });
});
