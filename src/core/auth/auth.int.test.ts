import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn, testPassword } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { maxFailedLogins } from './auth.service';

const t = setUpTestApp();

const login = (email: string, password: string, lang = 'sv') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    headers: { 'accept-language': lang },
  });

describe('sign-in', () => {
  it('sets a http-only, same-site session cookie', async () => {
    await seedOrganisation(t.db);
    const res = await login('admin@alfa.test', testPassword);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'grannskap_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('answers a wrong password in the language asked for, without saying whether the user exists', async () => {
    await seedOrganisation(t.db);
    const wrong = await login('admin@alfa.test', 'fel lösenord');
    const unknown = await login('ingen@alfa.test', 'fel lösenord');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'Fel e-postadress eller lösenord.',
    });
    expect((await login('admin@alfa.test', 'x', 'en')).json().error.message).toBe(
      'Wrong e-mail address or password.',
    );
  });

  it(`locks the account after ${maxFailedLogins} failed attempts, even for the right password`, async () => {
    await seedOrganisation(t.db);
    for (let i = 0; i < maxFailedLogins - 1; i++)
      expect((await login('admin@alfa.test', 'fel')).statusCode).toBe(401);
    expect((await login('admin@alfa.test', 'fel')).statusCode).toBe(423);
    const locked = await login('admin@alfa.test', testPassword);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('locked');
  });

  it('resets a password through a single-use mailed link that ends old sessions', async () => {
    await seedOrganisation(t.db);
    const old = await signIn(t.app, 'analyst@alfa.test');
    const asked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'analyst@alfa.test' },
    });
    expect(asked.statusCode).toBe(202);
    expect(t.mailer.sent).toHaveLength(1);
    const token = /token=([\w-]+)/.exec(t.mailer.sent[0].body)![1];
    const confirm = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, password },
      });
    expect((await confirm('kort')).json().error.code).toBe('weak_password');
    expect((await confirm('ett nytt långt lösenord')).statusCode).toBe(200);
    expect((await confirm('ett annat långt lösenord')).json().error.code).toBe('reset_invalid');
    expect((await old.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await login('analyst@alfa.test', 'ett nytt långt lösenord')).statusCode).toBe(200);
  });

  it('puts mail in the outbox an admin can read when no SMTP server is configured', async () => {
    await seedOrganisation(t.db);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'host@alfa.test' },
    });
    const admin = await signIn(t.app, 'admin@alfa.test');
    const outbox = (await admin.get('/api/v1/outbox')).json();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      to: 'host@alfa.test',
      subject: 'Byt lösenord i Grannskap',
      sentAt: null,
    });
  });
});

describe('API errors', () => {
  it('validates bodies with a translated message and never returns a stack trace', async () => {
    await seedOrganisation(t.db);
    const admin = await signIn(t.app, 'admin@alfa.test');
    const res = await admin.post('/api/v1/areas', { code: 'ÅÄÖ ogiltig' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
    expect(res.json().error.message).toMatch(/^Uppgifterna är inte giltiga/);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/finns-inte' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/v1/areas');
  });
});
