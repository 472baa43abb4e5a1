import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedOrganisation } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { surveyInvitations, surveyLetters } from './safety-index.table';

// The letters' PDF takes seconds for a few hundred households (measured: 833 letters, 26 s of CPU on
// a loaded two-core machine). Rendered inside the draw's transaction, it held the database as long:
// on PGlite every other query waited, and a server stopped during the draw at start-up could not
// close the database and exited at its hard limit with code 1 (test/embedded-database.test.ts).

/** Asked each time letters are rendered: is a transaction of this database open meanwhile? */
const probe = vi.hoisted(() => ({
  check: null as null | (() => Promise<string>),
  seen: [] as string[],
}));

vi.mock('./letters', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./letters')>();
  return {
    ...actual,
    lettersPdf: async (...args: Parameters<typeof actual.lettersPdf>) => {
      if (probe.check) probe.seen.push(await probe.check());
      return actual.lettersPdf(...args);
    },
  };
});

// Test files share a worker's modules (isolate: false): the draw must be loaded afresh to get the mock.
let drawMonthlySample: typeof import('./invitations').drawMonthlySample;
let sendReminders: typeof import('./invitations').sendReminders;
beforeAll(async () => {
  vi.resetModules();
  ({ drawMonthlySample, sendReminders } = await import('./invitations'));
});

const t = setUpTestApp();
beforeEach(() => {
  probe.check = null;
  probe.seen.length = 0;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The 24 months of one sampling cycle, 2027-01 … 2028-12. */
const months = Array.from(
  { length: 24 },
  (_, m) => `${2027 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
);

/**
 * PostgreSQL: the connections of this test database idle inside a transaction (waiting for the
 * client, as during a render). PGlite has one connection: a query there waits for an open
 * transaction to end, so it does not answer within the second.
 */
async function openTransactions(): Promise<string> {
  const asked = t.db
    .execute(
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and state like 'idle in transaction%'`,
    )
    .then((result) => {
      const rows =
        (result as unknown as { rows?: { n: number }[] }).rows ?? (result as unknown as { n: number }[]);
      return `${rows[0].n} open`;
    });
  return Promise.race([asked, sleep(1_000).then(() => 'the database did not answer')]);
}

describe('the monthly draw and its reminders', () => {
  it('render their letters with no transaction open', async () => {
    const { organisation } = await seedOrganisation(t.db);
    const org = organisation.id;
    probe.check = openTransactions;
    // 40 households over the 24-month cycle: every draw of a month with letters renders them.
    const letters = new Map<string, number>();
    for (const month of months) {
      const drawn = await drawMonthlySample(t.jobContext, org, month, new Date(`${month}-01T03:00:00Z`));
      letters.set(month, drawn.letters);
    }
    expect([...letters.values()].reduce((a, b) => a + b)).toBe(40);
    const month = months.findLast((m) => letters.get(m)! > 0)!;
    const reminded = await sendReminders(t.jobContext, org, month, new Date(`${month}-15T04:00:00Z`));
    expect(reminded.letters).toBe(letters.get(month));
    expect(probe.seen.length).toBeGreaterThan(1);
    expect(new Set(probe.seen)).toEqual(new Set(['0 open']));
  });

  it('invites and reminds no household twice when two runs of a month go side by side', async () => {
    const { organisation } = await seedOrganisation(t.db);
    const org = organisation.id;
    // The first draw gives the 40 households their slots; then each month is drawn twice at once.
    await drawMonthlySample(t.jobContext, org, months[0], new Date(`${months[0]}-01T03:00:00Z`));
    for (const month of months.slice(1)) {
      const now = new Date(`${month}-01T03:00:00Z`);
      // The one that finds the households taken by the other draws again, from what is left.
      const [one, other] = await Promise.all([
        drawMonthlySample(t.jobContext, org, month, now),
        drawMonthlySample(t.jobContext, org, month, now),
      ]);
      const drawn = one.invitations + other.invitations;
      expect(Math.min(one.invitations, other.invitations)).toBe(0);
      const invited = await t.db
        .select({ householdId: surveyInvitations.householdId })
        .from(surveyInvitations)
        .where(and(eq(surveyInvitations.organisationId, org), eq(surveyInvitations.month, month)));
      expect(invited.length).toBe(drawn);
      expect(new Set(invited.map((i) => i.householdId)).size).toBe(drawn);
      const [batch] = await t.db
        .select({ letters: surveyLetters.letters })
        .from(surveyLetters)
        .where(
          and(
            eq(surveyLetters.organisationId, org),
            eq(surveyLetters.month, month),
            eq(surveyLetters.kind, 'invitation'),
          ),
        );
      expect(batch?.letters ?? 0).toBe(drawn);
    }
    expect(await t.db.$count(surveyInvitations, eq(surveyInvitations.organisationId, org))).toBe(40);
    // So are two reminder runs of a month: each invitation is reminded once, with one valid link.
    const month = months[months.length - 1];
    const invitations = await t.db.$count(
      surveyInvitations,
      and(eq(surveyInvitations.organisationId, org), eq(surveyInvitations.month, month)),
    );
    const now = new Date(`${month}-15T04:00:00Z`);
    const [one, other] = await Promise.all([
      sendReminders(t.jobContext, org, month, now),
      sendReminders(t.jobContext, org, month, now),
    ]);
    expect([one.reminders + other.reminders, Math.min(one.reminders, other.reminders)]).toEqual([
      invitations,
      0,
    ]);
  });
});
