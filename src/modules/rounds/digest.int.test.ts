import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { updateUserFields } from '../../core/auth/users';
import { jobRuns } from '../../core/jobs.table';
import { runDueJob } from '../../core/scheduler';
import { overdueDigestJob } from './digest.job';
import { actions, areaManagers } from './rounds.table';

const t = setUpTestApp();

/** Monday 7 December 2026, 07:00 in Sweden: the digest's hour (ISO week 2026-W50). */
const monday = new Date('2026-12-07T06:00:00Z');

/**
 * The host has area N; the admin manages area N. Overdue on 7 December: "Lampa" (N, owned by the
 * host, due 4 December) and "Klotter" (S, owned by the admin, due 1 December). Not overdue: one due
 * that very Monday, one done, one won't do. "Dörr" is in S but owned by the host, who may not see S.
 */
async function world() {
  const seed = await seedOrganisation(t.db);
  const org = seed.organisation.id;
  const [N, S] = seed.areas.map((a) => a.id);
  const { host, admin } = seed.users;
  const action = (
    areaId: string,
    title: string,
    owner: { id: string } | null,
    ownerName: string | null,
    dueOn: string,
    status: 'open' | 'in_progress' | 'done' | 'wont_do' = 'open',
  ) => ({
    organisationId: org,
    areaId,
    title,
    ownerUserId: owner?.id ?? null,
    ownerName,
    dueOn,
    status,
    createdOn: '2026-11-20',
    closedOn: status === 'done' || status === 'wont_do' ? '2026-11-30' : null,
  });
  await t.db
    .insert(actions)
    .values([
      action(N, 'Lampa trasig plan 3', host, 'host alfa', '2026-12-04', 'in_progress'),
      action(S, 'Klotter på miljöboden', admin, 'admin alfa', '2026-12-01'),
      action(N, 'Porten stänger långsamt', host, 'host alfa', '2026-12-07'),
      action(N, 'Barnvagnar i trapphuset', host, 'host alfa', '2026-11-25', 'done'),
      action(N, 'Buskar vid gången', null, null, '2026-11-25', 'wont_do'),
      action(S, 'Dörr till källaren', host, 'host alfa', '2026-11-30'),
    ]);
  await t.db.insert(areaManagers).values({ organisationId: org, areaId: N, userId: admin.id });
  return { seed, org };
}

const mailTo = (to: string) => t.mailer.sent.filter((m) => m.to === to);

describe('the weekly digest of overdue actions', () => {
  it('runs through the scheduler once a week and mails each owner and area manager their overdue actions', async () => {
    const { org } = await world();
    expect(await runDueJob(t.jobContext, overdueDigestJob, monday)).toBe(1);
    expect(t.mailer.sent.map((m) => m.to).sort()).toEqual(['admin@alfa.test', 'host@alfa.test']);

    // The host owns "Lampa"; "Dörr" is in area S, which the host may not see.
    const [hostMail] = mailTo('host@alfa.test');
    expect(hostMail.subject).toBe('1 försenad åtgärd efter ronder och trygghetsvandringar');
    expect(hostMail.body).toBe(
      [
        'Hej host alfa! De här åtgärderna har passerat sitt slutdatum:',
        '',
        '• Lampa trasig plan 3 (Bäckby norra), skulle vara klar 2026-12-04, ansvarig: host alfa',
        '',
        'Se och uppdatera åtgärderna: http://grannskap.test/rounds/actions?overdue=true',
      ].join('\n'),
    );

    // The admin owns "Klotter" and manages area N, so hears of "Lampa" too; oldest due date first.
    const [adminMail] = mailTo('admin@alfa.test');
    expect(adminMail.subject).toBe('2 försenade åtgärder efter ronder och trygghetsvandringar');
    expect(adminMail.body.split('\n').filter((l) => l.startsWith('•'))).toEqual([
      '• Klotter på miljöboden (Bäckby södra), skulle vara klar 2026-12-01, ansvarig: admin alfa',
      '• Lampa trasig plan 3 (Bäckby norra), skulle vara klar 2026-12-04, ansvarig: host alfa',
    ]);

    // Once per organisation and week: a restart on Wednesday sends nothing new.
    expect(await runDueJob(t.jobContext, overdueDigestJob, new Date('2026-12-09T10:00:00Z'))).toBe(0);
    expect(t.mailer.sent).toHaveLength(2);
    const runs = await t.db.select().from(jobRuns).where(eq(jobRuns.organisationId, org));
    expect(runs.map((r) => [r.job, r.periodKey, r.error])).toEqual([
      ['rounds.overdue-digest', '2026-W50', null],
    ]);

    // The next Monday, "Porten" (due 7 December) has become overdue as well.
    expect(await runDueJob(t.jobContext, overdueDigestJob, new Date('2026-12-14T06:00:00Z'))).toBe(1);
    expect(mailTo('host@alfa.test')[1].subject).toBe(
      '2 försenade åtgärder efter ronder och trygghetsvandringar',
    );
  });

  it('writes in each person’s language and sends nothing when no action is late', async () => {
    const { seed } = await world();
    await updateUserFields(t.db, seed.users.host.id, { language: 'en' });
    await runDueJob(t.jobContext, overdueDigestJob, monday);
    expect(mailTo('host@alfa.test')[0].subject).toBe('1 overdue action after rounds and safety walks');
    expect(mailTo('host@alfa.test')[0].body).toContain(
      '• Lampa trasig plan 3 (Bäckby norra), due 2026-12-04',
    );

    await t.reset();
    t.mailer.sent.length = 0;
    await world();
    // Monday 30 November: "Klotter" is due the next day, nothing is late yet.
    expect(await runDueJob(t.jobContext, overdueDigestJob, new Date('2026-11-30T06:00:00Z'))).toBe(1);
    expect(t.mailer.sent).toEqual([]);
  });
});
