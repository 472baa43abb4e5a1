/**
 * Voting through the public ballot page with codes, and what the database keeps of it. The test
 * clock stands on Monday 7 December 2026; the budget's voting opened on 2 December and its result
 * comes on 17 December (votingOpen in testing.ts).
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { setTestClock, setUpTestApp, testClockStart } from '../../../test/harness';
import { budgetTurnoutIndicator } from './indicators';
import { budgetBallots, budgetVotingCodes, code, testVoting } from './testing';

const t = setUpTestApp();
const { votingBudget, vote } = testVoting(t);
afterEach(() => setTestClock(testClockStart));

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (result as { rows?: Row[] }).rows ?? (result as Row[]);

const ballotCount = async () =>
  Number(rowsOf(await t.db.execute(sql`select count(*)::int as n from ${budgetBallots}`))[0].n);

describe('a voting code', () => {
  it('votes once: a second ballot with it is a translated page, not an error dump', async () => {
    await votingBudget();
    const page = await t.app.inject({ method: 'GET', url: `/boendebudget/rosta/${code(1)}?lang=en` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<label for="project_1">');
    const first = await vote(code(1), [1, 3]);
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/boendebudget/rosta/${code(1).replace(/-/g, '')}?lang=sv&done=1`);
    const thanks = await t.app.inject({ method: 'GET', url: first.headers.location as string });
    expect(thanks.body).toContain('Tack för din röst!');

    const again = await vote(code(1), [2]);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('text/html');
    expect(again.body).toContain('Koden är redan använd');
    const inSomali = await vote(code(1), [2], 'so');
    expect(inSomali.body).toContain('Koodhka horay ayaa loo isticmaalay');
    expect(inSomali.body).toContain('<html lang="so"');
    // Typed in lower case with spaces: the same code, still spent.
    const typed = await t.app.inject({
      method: 'GET',
      url: `/boendebudget/rosta?code=${encodeURIComponent(' test cqde 0000 0001 ')}`,
    });
    expect(typed.statusCode).toBe(303);
    expect((await t.app.inject({ method: 'GET', url: typed.headers.location as string })).statusCode).toBe(
      409,
    );
    // Without a code: the page to type one on.
    const form = await t.app.inject({ method: 'GET', url: '/boendebudget/rosta?lang=ar' });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<label for="code">رمزك</label>');
    expect(await ballotCount()).toBe(1);
  });

  it('stores exactly one ballot when two submits with it arrive at once', async () => {
    await votingBudget();
    const [a, b] = await Promise.all([vote(code(2), [1]), vote(code(2), [2])]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([303, 409]);
    expect(await ballotCount()).toBe(1);
  });

  it('is refused when unknown, with a page in the tenant’s language', async () => {
    await votingBudget();
    const res = await vote('ZZZZ-ZZZZ-ZZZZ-ZZZZ', [1], 'en');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('The code does not work');
  });
});

describe('ballot secrecy', () => {
  it('leaves nothing that joins a ballot to a household or its code', async () => {
    const { households } = await votingBudget();
    const changed = async () => rowsOf(await t.db.execute(sql`select updated_at from budgets`))[0].updated_at;
    const before = await changed();
    for (const n of [1, 2, 3]) expect((await vote(code(n), [n])).statusCode).toBe(303);
    // Locking the budget does not stamp it with the first ballot's time.
    expect(await changed()).toEqual(before);

    const columns = rowsOf(
      await t.db.execute(sql`select column_name, data_type from information_schema.columns
        where table_schema = 'public' and table_name = 'budget_ballots' order by column_name`),
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'approved',
      'budget_id',
      'cast_on',
      'id',
      'organisation_id',
      'source',
    ]);
    expect(columns.find((c) => c.column_name === 'cast_on')?.data_type).toBe('date');
    const foreignKeys = rowsOf(
      await t.db.execute(sql`select ccu.table_name as target from information_schema.table_constraints tc
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
        where tc.table_name = 'budget_ballots' and tc.constraint_type = 'FOREIGN KEY'`),
    );
    expect(foreignKeys.map((f) => f.target)).toEqual(['budgets']);
    // The code row says only "spent": no ballot, no time finer than the day it was issued.
    const codeColumns = rowsOf(
      await t.db.execute(sql`select column_name, data_type from information_schema.columns
        where table_schema = 'public' and table_name = 'budget_voting_codes' order by column_name`),
    );
    expect(codeColumns.map((c) => c.column_name)).toEqual([
      'budget_id',
      'code_hash',
      'household_id',
      'id',
      'issued_on',
      'organisation_id',
      'spent',
    ]);
    expect(codeColumns.some((c) => String(c.data_type).startsWith('timestamp'))).toBe(false);

    const ballots = rowsOf(await t.db.execute(sql`select * from ${budgetBallots}`));
    const hashes = rowsOf(await t.db.execute(sql`select code_hash from ${budgetVotingCodes}`)).map((r) =>
      String(r.code_hash),
    );
    expect(ballots).toHaveLength(3);
    const stored = JSON.stringify(ballots);
    for (const secret of [...households.map((h) => h.id), ...hashes]) expect(stored).not.toContain(secret);
    for (const b of ballots) expect(String(b.cast_on)).toMatch(/2026-12-07/);
    // The audit log says a ballot was cast in the budget, and nothing of the code or household.
    const audit = JSON.stringify(
      rowsOf(await t.db.execute(sql`select * from audit_log where entity = 'budget_ballot'`)),
    );
    for (const secret of [...households.map((h) => h.id), ...hashes]) expect(audit).not.toContain(secret);
  });
});

describe('the voting method', () => {
  it('can change until the first ballot, and is refused after it', async () => {
    const { admin, id } = await votingBudget();
    const before = await admin.patch(`/api/v1/participatory-budget/budgets/${id}`, {
      countingRule: 'equal-shares',
    });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().countingRule).toBe('equal-shares');
    expect((await vote(code(1), [])).statusCode).toBe(303);
    const after = await admin.patch(`/api/v1/participatory-budget/budgets/${id}`, { countingRule: 'greedy' });
    expect(after.statusCode).toBe(409);
    expect(after.json().error.message).toBe(
      'Röstsätt och räknemetod går inte att ändra: omröstningen har fått sin första röst.',
    );
    const method = await admin.patch(`/api/v1/participatory-budget/budgets/${id}`, {
      votingMethod: 'knapsack',
      countingRule: 'greedy',
    });
    expect(method.statusCode).toBe(409);
    // The amount and dates may still change.
    expect(
      (await admin.patch(`/api/v1/participatory-budget/budgets/${id}`, { amount: 120_000 })).statusCode,
    ).toBe(200);
  });
});

describe('a knapsack ballot', () => {
  it('over the budget is refused with the ticks kept; a blank ballot counts with no approvals', async () => {
    const { admin, id } = await votingBudget({ votingMethod: 'knapsack' });
    // 1 + 2 + 3 = 30,000 + 60,000 + 50,000 = 140,000 kr > 100,000 kr.
    const over = await vote(code(1), [1, 2, 3]);
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('Dina val kostar 140');
    for (const n of [1, 2, 3])
      expect(over.body).toMatch(new RegExp(`id="project_${n}" name="project_${n}" value="1" checked`));
    expect(await ballotCount()).toBe(0);
    // 30,000 + 60,000 = 90,000 kr fits.
    expect((await vote(code(1), [1, 2])).statusCode).toBe(303);
    expect((await vote(code(2), [])).statusCode).toBe(303);
    const result = await admin.get(`/api/v1/participatory-budget/budgets/${id}/result`);
    expect(result.json().ballots).toBe(2);
    expect(result.json().invited).toBe(20);
    const votes = Object.fromEntries(
      result.json().projects.map((p: { number: number; votes: number }) => [p.number, p.votes]),
    );
    expect(votes).toEqual({ 1: 1, 2: 1, 3: 0 });
  });
});

describe('a paper ballot', () => {
  it('spends the code typed from the slip; the same code cannot vote again, on paper or on the web', async () => {
    const { admin, id, proposals } = await votingBudget();
    const paper = await admin.post(`/api/v1/participatory-budget/budgets/${id}/paper-ballots`, {
      code: code(4).toLowerCase(),
      approved: [proposals[0]],
    });
    expect(paper.statusCode, paper.body).toBe(204);
    const again = await admin.post(`/api/v1/participatory-budget/budgets/${id}/paper-ballots`, {
      code: code(4),
      approved: [],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Koden är redan använd: hushållet har röstat.');
    expect((await vote(code(4), [2])).statusCode).toBe(409);
    const rows = rowsOf(await t.db.execute(sql`select source from ${budgetBallots}`));
    expect(rows).toEqual([{ source: 'paper' }]);
  });
});

describe('budget_turnout', () => {
  it('is ballots / households invited, blank ballots included, and hidden under the threshold', async () => {
    const { seed } = await votingBudget();
    // 5 ballots of 20 invited: 5 households < the threshold of 10 → hidden.
    for (const n of [1, 2, 3, 4, 5]) expect((await vote(code(n), [])).statusCode).toBe(303);
    expect(await budgetTurnoutIndicator.compute(t.db, seed.organisation.id, 2026)).toMatchObject({
      value: null,
      suppressed: true,
      reason: 'small_group',
    });
    // 12 of 20: 12 / 20 = 0.6, every ballot blank.
    for (const n of [6, 7, 8, 9, 10, 11, 12]) expect((await vote(code(n), [])).statusCode).toBe(303);
    const figure = await budgetTurnoutIndicator.compute(t.db, seed.organisation.id, 2026, 'sv');
    expect(figure).toMatchObject({ value: 0.6, n: 20 });
    expect(figure.breakdowns?.[0].rows).toEqual([['Bäckby norra', 20, 12, 0.6]]);
    expect(
      await budgetTurnoutIndicator.computeForArea?.(t.db, seed.organisation.id, seed.areas[0].id, 2026),
    ).toMatchObject({
      value: 0.6,
    });
  });
});
