import type { LightMyRequestResponse } from 'fastify';
import { type Actor, systemActor } from '../src/core/auth/access';
import { createSession, sessionCookie } from '../src/core/auth/sessions';
import { userByEmail } from '../src/core/auth/users';
import type { Db } from '../src/core/db/client';
import type { ApiInstance } from '../src/core/http/types';
import { createOrganisation } from '../src/core/organisations';
import { modules } from '../src/modules';
import { addAreas, addDistrict, addProperties } from '../src/modules/areas/testing';
import { createUser } from '../src/modules/users';
import type { Role } from '../src/shared/enums';

export const testPassword = 'korrekt-häst-batteri';

/**
 * An organisation with one district, two areas (the host is given only the first), a property of
 * 20 households in each, and one user of every role: `${role}@${slug}.test`.
 */
export async function seedOrganisation(db: Db, slug = 'alfa') {
  const organisation = await createOrganisation(db, slug, `Bostäder ${slug}`, modules);
  const system = systemActor(organisation.id);
  const district = await addDistrict(db, organisation.id, 'Bäckby');
  const areaRows = await addAreas(db, [
    { organisationId: organisation.id, districtId: district.id, code: `${slug}-N`, name: 'Bäckby norra' },
    { organisationId: organisation.id, districtId: district.id, code: `${slug}-S`, name: 'Bäckby södra' },
  ]);
  const propertyRows = await addProperties(
    db,
    areaRows.map((area, i) => ({
      organisationId: organisation.id,
      areaId: area.id,
      code: `${slug}-P${i + 1}`,
      address: `Testgatan ${i + 1}`,
      households: 20,
    })),
  );
  const users = {} as Record<Role, { id: string; email: string }>;
  for (const role of ['admin', 'analyst', 'host', 'partner', 'viewer'] as const) {
    const user = await createUser({ db }, system, {
      email: `${role}@${slug}.test`,
      name: `${role} ${slug}`,
      role,
      language: 'sv',
      partnerOrganisation: role === 'partner' ? 'Polisen' : null,
      areaIds: role === 'host' ? [areaRows[0].id] : [],
      password: testPassword,
    });
    users[role] = user;
  }
  return { organisation, district, areas: areaRows, properties: propertyRows, users };
}

/**
 * An actor made up for calling a service or a module hook directly, without a user behind it:
 * `testActor(org, 'host', [areaId])`, `testActor(org, 'viewer', 'all', 'en')`.
 */
export const testActor = (
  organisationId: string,
  role: Actor['role'],
  areaIds: Actor['areaIds'],
  language: Actor['language'] = 'sv',
): Actor => ({
  userId: null,
  organisationId,
  name: role,
  role,
  areaIds,
  partnerOrganisation: null,
  language,
});

export type Session = {
  csrfToken: string;
  request: (
    method: string,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
};

/** A client that sends the session cookie and the CSRF token with every request. */
function clientFor(app: ApiInstance, token: string, csrfToken: string): Session {
  const request: Session['request'] = (method, url, payload, headers = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      cookies: { [sessionCookie]: token },
      headers: { 'x-csrf-token': csrfToken, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    csrfToken,
    request,
    get: (url) => request('GET', url),
    post: (url, payload) => request('POST', url, payload ?? {}),
    patch: (url, payload) => request('PATCH', url, payload ?? {}),
  };
}

/** Signs in through the API and returns a client that sends the cookie and CSRF token. */
export async function signIn(app: ApiInstance, email: string, password = testPassword): Promise<Session> {
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${login.body}`);
  const token = login.cookies.find((c) => c.name === sessionCookie)!.value;
  const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { [sessionCookie]: token } });
  return clientFor(app, token, me.json().csrfToken as string);
}

/**
 * A signed-in client whose session is created directly: the login route's rate limit (20 a minute)
 * would stop a test file that signs in several users per test.
 */
export async function signInDirect(app: ApiInstance, db: Db, email: string): Promise<Session> {
  const user = await userByEmail(db, email);
  if (!user) throw new Error(`no user ${email}`);
  const { token, csrfToken } = await createSession(db, user, 1);
  return clientFor(app, token, csrfToken);
}
