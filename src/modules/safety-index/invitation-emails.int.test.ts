import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { auditLog } from '../../core/audit.table';
import { systemActor } from '../../core/auth/access';
import { runImport } from '../../core/import/run-import';
import { outbox } from '../../core/mail/outbox.table';
import { runDueJob } from '../../core/scheduler';
import { householdRegister } from '../areas';
import { householdsOfArea, setHouseholdsActive } from '../areas/testing';
import { maskEmail, normaliseEmail } from './invitation-emails';
import { drawMonthlySample, invitationsJob, sendReminders } from './invitations';
import { surveyInvitationEmails, surveyInvitations } from './safety-index.table';
import { surveyEmailsImport } from './survey-emails.import';

const t = setUpTestApp();

type Seed = Awaited<ReturnType<typeof seedOrganisation>>;

function file(lines: string[]) {
  return {
    bytes: new TextEncoder().encode(['household_ref,email', ...lines].join('\n')),
    name: 'e-post.csv',
  };
}

const importEmails = (seed: Seed, lines: string[]) =>
  runImport(t.db, systemActor(seed.organisation.id), surveyEmailsImport, file(lines));

/** The seed's households are alfa-P1-001 … alfa-P1-020 (Bäckby norra) and alfa-P2-001 … (södra). */
const ref = (property: 1 | 2, n: number) => `alfa-P${property}-${String(n).padStart(3, '0')}`;

async function stored(organisationId: string) {
  const households = householdRegister(t.db, organisationId);
  const rows = await t.db
    .select({ ref: households.ref, email: surveyInvitationEmails.email })
    .from(surveyInvitationEmails)
    .innerJoin(households, eq(households.id, surveyInvitationEmails.householdId))
    .where(eq(surveyInvitationEmails.organisationId, organisationId));
  return Object.fromEntries(rows.map((r) => [r.ref, r.email]));
}

async function auditText(organisationId: string) {
  const rows = await t.db.select().from(auditLog).where(eq(auditLog.organisationId, organisationId));
  return JSON.stringify(rows);
}

describe('e-mail addresses for invitations', () => {
  it('masks and checks addresses', () => {
    expect(maskEmail('anna.berg@exempel.se')).toBe('a***@e***.se');
    expect(maskEmail('x@localhost')).toBe('x***@l***');
    expect(normaliseEmail('  Anna.Berg@Exempel.SE ')).toBe('Anna.Berg@exempel.se');
    for (const bad of ['anna', 'anna@', '@exempel.se', 'anna@exempel', 'a b@exempel.se', 'a@b@exempel.se'])
      expect(normaliseEmail(bad), bad).toBeNull();
  });

  it('lets an admin set, look up and erase one household address, audited with the address masked', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const set = await admin.request('PUT', `/api/v1/safety-index/emails/${ref(1, 7)}`, {
      email: 'Anna.Berg@Exempel.SE',
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({
      householdRef: ref(1, 7),
      areaName: 'Bäckby norra',
      active: true,
      email: 'A***@e***.se',
    });
    expect(await stored(seed.organisation.id)).toEqual({ [ref(1, 7)]: 'Anna.Berg@exempel.se' });
    expect((await admin.get(`/api/v1/safety-index/emails/${ref(1, 7)}`)).json().email).toBe('A***@e***.se');
    expect((await admin.get('/api/v1/safety-index/emails')).json()).toEqual({ households: 40, withEmail: 1 });

    const erased = await admin.request('DELETE', `/api/v1/safety-index/emails/${ref(1, 7)}`);
    expect(erased.json()).toMatchObject({ householdRef: ref(1, 7), email: null });
    expect(await stored(seed.organisation.id)).toEqual({});

    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'survey_invitation_email'))
      .orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['set', { householdRef: ref(1, 7), email: null }, { householdRef: ref(1, 7), email: 'A***@e***.se' }],
      ['erase', { householdRef: ref(1, 7), email: 'A***@e***.se' }, { householdRef: ref(1, 7), email: null }],
    ]);
    expect(await auditText(seed.organisation.id)).not.toMatch(/anna\.berg/i);
  });

  it('takes the mail kept for an address out of the outbox when the address is erased or changed', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation.id;
    const admin = await signIn(t.app, 'admin@alfa.test');
    await admin.request('PUT', `/api/v1/safety-index/emails/${ref(1, 7)}`, { email: 'anna@exempel.se' });
    await admin.request('PUT', `/api/v1/safety-index/emails/${ref(1, 8)}`, { email: 'bo@exempel.se' });
    for (const to of ['anna@exempel.se', 'Anna@Exempel.se', 'bo@exempel.se'])
      await t.mailer.send(t.db, { organisationId: org, to, subject: 'Trygghetsenkät', body: 'länk' });
    const kept = async () =>
      (await t.db.select({ to: outbox.to }).from(outbox).where(eq(outbox.organisationId, org)))
        .map((r) => r.to)
        .sort();

    await admin.request('DELETE', `/api/v1/safety-index/emails/${ref(1, 7)}`);
    expect(await kept()).toEqual(['bo@exempel.se']);
    await admin.request('PUT', `/api/v1/safety-index/emails/${ref(1, 8)}`, { email: 'bo.ny@exempel.se' });
    expect(await kept()).toEqual([]);
  });

  it('refuses bad input with a translated message and changes nothing; only admins may', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const notEmail = await admin.request('PUT', `/api/v1/safety-index/emails/${ref(1, 1)}`, {
      email: 'anna@',
    });
    expect(notEmail.statusCode).toBe(400);
    expect(notEmail.json().error.message).toBe(
      'Det är ingen e-postadress. Ange till exempel namn@exempel.se, eller lämna tomt för att radera.',
    );
    await admin.request('PUT', '/api/v1/auth/me/language', { language: 'en' });
    const unknown = await admin.request('PUT', '/api/v1/safety-index/emails/NOPE-1', {
      email: 'a@exempel.se',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('The household “NOPE-1” is not in the household register.');
    for (const role of ['analyst', 'host', 'viewer'] as const) {
      const session = await signIn(t.app, `${role}@alfa.test`);
      const refused = await session.request('PUT', `/api/v1/safety-index/emails/${ref(1, 1)}`, {
        email: 'a@exempel.se',
      });
      expect(refused.statusCode, role).toBe(403);
      expect((await session.get(`/api/v1/safety-index/emails/${ref(1, 1)}`)).statusCode, role).toBe(403);
    }
    expect(await stored(seed.organisation.id)).toEqual({});
  });

  it('imports addresses by household reference, all or nothing; a second import changes nothing', async () => {
    const seed = await seedOrganisation(t.db);
    const first = await importEmails(seed, [
      `${ref(1, 1)},hushall1@exempel.se`,
      `${ref(1, 2)},hushall2@exempel.se`,
      `${ref(2, 1)},`,
    ]);
    expect(first).toMatchObject({ status: 'done', summary: { set: 2, erased: 0, unchanged: 1 } });
    const again = await importEmails(seed, [
      `${ref(1, 1)},hushall1@exempel.se`,
      `${ref(1, 2)},hushall2@exempel.se`,
      `${ref(2, 1)},`,
    ]);
    expect(again).toMatchObject({ status: 'done', summary: { set: 0, erased: 0, unchanged: 3 } });
    // An empty address erases; one bad row refuses the whole file, without echoing the address.
    const refused = await importEmails(seed, [`${ref(1, 1)},`, `${ref(1, 2)},hushall2(at)exempel.se`]);
    expect(refused.status).toBe('refused');
    expect(refused.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'email', code: 'safety-index:import.not_email' }),
    ]);
    expect(refused.errors[0].message).not.toContain('hushall2');
    const unknown = await importEmails(seed, ['alfa-P9-001,x@exempel.se']);
    expect(unknown.errors[0]).toMatchObject({
      column: 'household_ref',
      code: 'safety-index:import.unknown_household',
    });
    expect(await stored(seed.organisation.id)).toEqual({
      [ref(1, 1)]: 'hushall1@exempel.se',
      [ref(1, 2)]: 'hushall2@exempel.se',
    });
    const erase = await importEmails(seed, [`${ref(1, 1)},`]);
    expect(erase).toMatchObject({ status: 'done', summary: { erased: 1 } });
    expect(await stored(seed.organisation.id)).toEqual({ [ref(1, 2)]: 'hushall2@exempel.se' });
    expect(await auditText(seed.organisation.id)).not.toContain('hushall1@');
  });

  it('sends the monthly invitation and one reminder by e-mail to households with an address', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation.id;
    // Every household of Bäckby norra (P1) has an address, none of södra (P2).
    const lines = Array.from({ length: 20 }, (_, i) => `${ref(1, i + 1)},hushall${i + 1}@exempel.se`);
    expect((await importEmails(seed, lines)).status).toBe('done');

    // 24 months ahead (the links stay valid): each of the 40 households is invited once; the 20 of norra also by e-mail.
    let emails = 0;
    for (let m = 0; m < 24; m++) {
      const month = `${2027 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      emails += (await drawMonthlySample(t.jobContext, org, month, new Date(`${month}-01T03:00:00Z`))).emails;
    }
    expect(emails).toBe(20);
    const to = t.mailer.sent.map((m) => m.to).sort();
    expect(to).toEqual(lines.map((l) => l.split(',')[1]).sort());
    // The link in the mail opens the survey.
    const link = /http:\/\/grannskap\.test(\/s\/[A-Za-z0-9_-]{22})/.exec(t.mailer.sent[0].body)!;
    expect((await t.app.inject({ method: 'GET', url: link[1] })).statusCode).toBe(200);

    // A month with an invitation in each area: the reminder goes by e-mail to norra, by letter to södra.
    const invitations = await t.db
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.organisationId, org));
    const north = new Set((await householdsOfArea(t.db, seed.areas[0].id)).map((h) => h.id));
    const byMonth = new Map<string, { north: number; south: number }>();
    for (const inv of invitations) {
      const c = byMonth.get(inv.month) ?? { north: 0, south: 0 };
      c[north.has(inv.householdId) ? 'north' : 'south']++;
      byMonth.set(inv.month, c);
    }
    const [month, counts] = [...byMonth].find(([, c]) => c.north > 0 && c.south > 0)!;
    t.mailer.sent.length = 0;
    const reminded = await sendReminders(t.jobContext, org, month, new Date(`${month}-15T04:00:00Z`));
    expect(reminded).toEqual({
      reminders: counts.north + counts.south,
      emails: counts.north,
      letters: counts.south,
    });
    expect(t.mailer.sent).toHaveLength(counts.north);
    expect(t.mailer.sent[0].subject).toContain('Påminnelse');
  });

  it('is what the monthly job does: draws, e-mails those with an address, and audits the run', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation.id;
    const lines = Array.from({ length: 20 }, (_, i) => `${ref(1, i + 1)},hushall${i + 1}@exempel.se`);
    await importEmails(seed, lines);
    // Six months ahead: 20 households over 24 slots leave 4 slots empty, so some months e-mail.
    let mailed = 0;
    for (const month of ['2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08']) {
      expect(await runDueJob(t.jobContext, invitationsJob, new Date(`${month}-01T03:00:00Z`))).toBe(1);
      const households = householdRegister(t.db, org);
      const invited = await t.db
        .select({ ref: households.ref })
        .from(surveyInvitations)
        .innerJoin(households, eq(households.id, surveyInvitations.householdId))
        .where(and(eq(surveyInvitations.organisationId, org), eq(surveyInvitations.month, month)));
      const expected = invited
        .filter((h) => h.ref.startsWith('alfa-P1-'))
        .map((h) => `hushall${Number(h.ref.slice(-3))}@exempel.se`);
      expect(
        t.mailer.sent
          .slice(mailed)
          .map((m) => m.to)
          .sort(),
      ).toEqual(expected.sort());
      mailed = t.mailer.sent.length;
      const [run] = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'survey_sample'), sql`${auditLog.after}->>'month' = ${month}`));
      expect(run).toMatchObject({
        actorName: 'safety-index.invitations',
        action: 'draw',
        after: { month, invitations: invited.length, letters: invited.length, emails: expected.length },
      });
    }
    expect(mailed).toBeGreaterThan(0);
  });

  it('forgets the address of a household that has moved out at the next draw', async () => {
    const seed = await seedOrganisation(t.db);
    const org = seed.organisation.id;
    await importEmails(seed, [`${ref(1, 1)},kvar@exempel.se`, `${ref(1, 2)},flyttat@exempel.se`]);
    await setHouseholdsActive(t.db, org, [ref(1, 2)], false);
    await drawMonthlySample(t.jobContext, org, '2026-01', new Date('2026-01-01T03:00:00Z'));
    expect(await stored(org)).toEqual({ [ref(1, 1)]: 'kvar@exempel.se' });
    const [erasure] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'survey_invitation_email'), eq(auditLog.action, 'erase')));
    expect(erasure.after).toEqual({ reason: 'moved_out', households: 1 });
    // And it cannot be given one again while it is away.
    const admin = await signIn(t.app, 'admin@alfa.test');
    const refused = await admin.request('PUT', `/api/v1/safety-index/emails/${ref(1, 2)}`, {
      email: 'ny@exempel.se',
    });
    expect(refused.statusCode).toBe(400);
  });
});
