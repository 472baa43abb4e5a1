import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { passwordLinksOf } from '../../core/auth/testing';
import { outbox } from '../../core/mail/outbox.table';

const t = setUpTestApp();

const tokenIn = (body: string) => /reset-password\?token=([\w-]+)&invitation=1/.exec(body)?.[1];

describe('inviting colleagues and partners', () => {
  it('mails a single-use link, valid 7 days, in the invitee’s language; the link sets the password', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const res = await admin.post('/api/v1/users', {
      email: 'Polis.Nord@Example.se',
      name: 'Nora Nord',
      role: 'partner',
      partnerOrganisation: 'Polisen Västerås',
      language: 'en',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'polis.nord@example.se', invited: true, role: 'partner' });

    expect(t.mailer.sent).toHaveLength(1);
    const mail = t.mailer.sent[0];
    expect(mail.to).toBe('polis.nord@example.se');
    expect(mail.subject).toBe('You have an account in Grannskap');
    expect(mail.body).toContain('Bostäder alfa');
    expect(mail.body).toContain('works for 7 days');
    const token = tokenIn(mail.body);
    expect(token).toBeDefined();
    const [reset] = await passwordLinksOf(t.db, res.json().id);
    const days = (reset.expiresAt.getTime() - reset.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(7);

    const confirm = { token, password: 'ett-eget-langt-losenord' };
    const set = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: confirm,
    });
    expect(set.statusCode).toBe(200);
    // Single use: the same link a second time is refused.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: confirm,
    });
    expect(again.json().error.code).toBe('reset_invalid');
    await signIn(t.app, 'polis.nord@example.se', 'ett-eget-langt-losenord');
    const listed = (await admin.get('/api/v1/users')).json();
    expect(listed.find((u: { email: string }) => u.email === 'polis.nord@example.se').invited).toBe(false);
  });

  it('sends the invitation again on request, audited, but not to a user who already has a password', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const created = (
      await admin.post('/api/v1/users', { email: 'ny@alfa.test', name: 'Ny Kollega', role: 'analyst' })
    ).json();
    const res = await admin.post(`/api/v1/users/${created.id}/invitation`);
    expect(res.statusCode).toBe(202);
    expect(t.mailer.sent.map((m) => m.to)).toEqual(['ny@alfa.test', 'ny@alfa.test']);
    expect(t.mailer.sent[1].subject).toBe('Du har fått ett konto i Grannskap');
    // Two links, both usable until one of them is used.
    expect(tokenIn(t.mailer.sent[0].body)).not.toBe(tokenIn(t.mailer.sent[1].body));
    const audit = (await admin.get('/api/v1/audit?entity=user&action=invite')).json();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entityId: created.id,
      actorName: 'admin alfa',
      after: { email: 'ny@alfa.test' },
    });

    const active = await admin.post(`/api/v1/users/${seed.users.analyst.id}/invitation`);
    expect(active.statusCode).toBe(409);
    expect(active.json().error.message).toContain('har redan valt ett lösenord');
    expect(t.mailer.sent).toHaveLength(2);
  });

  it("does not invite another organisation's user", async () => {
    await seedOrganisation(t.db, 'alfa');
    const beta = await seedOrganisation(t.db, 'beta');
    const admin = await signIn(t.app, 'admin@alfa.test');
    const res = await admin.post(`/api/v1/users/${beta.users.viewer.id}/invitation`);
    expect(res.statusCode).toBe(404);
    expect(t.mailer.sent).toHaveLength(0);
  });
});

describe('keeping an administrator', () => {
  it('refuses to demote or disable the last active admin, and allows it once there is another', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const demote = await admin.patch(`/api/v1/users/${seed.users.admin.id}`, { role: 'viewer' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toEqual({
      code: 'last_admin',
      message:
        'Organisationen måste ha minst en aktiv administratör. Gör någon annan till administratör först.',
    });
    const disable = await admin.patch(`/api/v1/users/${seed.users.admin.id}`, { disabled: true });
    expect(disable.statusCode).toBe(409);

    expect((await admin.patch(`/api/v1/users/${seed.users.analyst.id}`, { role: 'admin' })).statusCode).toBe(
      200,
    );
    const now = await admin.patch(`/api/v1/users/${seed.users.admin.id}`, { role: 'viewer' });
    expect(now.statusCode).toBe(200);
    expect(now.json().role).toBe('viewer');
  });
});

describe('the outbox', () => {
  it('says that mail stays in the outbox without SMTP, and hides the links of mail that went out', async () => {
    const seed = await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    expect((await admin.get('/api/v1/outbox/delivery')).json()).toEqual({ smtp: false });
    const link = 'http://grannskap.test/reset-password?token=abcdefghijklmnopqrstuvwxyz012345&invitation=1';
    await t.db.insert(outbox).values([
      { organisationId: seed.organisation.id, to: 'a@alfa.test', subject: 'Kvar', body: `Kvar: ${link}` },
      {
        organisationId: seed.organisation.id,
        to: 'b@alfa.test',
        subject: 'Skickat',
        body: `Skickat: ${link}`,
        sentAt: new Date(),
      },
    ]);
    const mails = (await admin.get('/api/v1/outbox')).json() as { to: string; body: string }[];
    expect(mails.find((m) => m.to === 'a@alfa.test')?.body).toBe(`Kvar: ${link}`);
    expect(mails.find((m) => m.to === 'b@alfa.test')?.body).toBe(
      'Skickat: http://grannskap.test/reset-password?token=[token]&invitation=1',
    );
    // Search by recipient or subject, case-insensitive; % is a character, not a wildcard.
    const found = async (q: string) =>
      ((await admin.get(`/api/v1/outbox?q=${encodeURIComponent(q)}`)).json() as { to: string }[]).map(
        (m) => m.to,
      );
    expect(await found('b@alfa')).toEqual(['b@alfa.test']);
    expect(await found('KVAR')).toEqual(['a@alfa.test']);
    expect(await found('%')).toEqual([]);
  });
});
