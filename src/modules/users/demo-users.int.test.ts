import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness';
import { verifyPassword } from '../../core/auth/passwords';
import { usersOfOrganisation } from '../../core/auth/users';
import type { Database } from '../../core/db/client';
import type { DemoContext } from '../../core/module';
import { createOrganisation } from '../../core/organisations';
import { demoUsers } from '../../demo/load-demo';
import { demoPassword, usersModule } from '.';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

describe('demo users', () => {
  it("are the modules' declarations: the staff of the users module, the situation module's partners, then working life's HR", () => {
    expect(demoUsers.map((u) => u.email)).toEqual([
      'admin@demo.grannskap.se',
      'analytiker@demo.grannskap.se',
      'vard.backby@demo.grannskap.se',
      'vard.raby@demo.grannskap.se',
      'polis@demo.grannskap.se',
      'kommun@demo.grannskap.se',
      'styrelse@demo.grannskap.se',
      'vakt@demo.grannskap.se',
      'socialtjanst@demo.grannskap.se',
      'samordnare@demo.grannskap.se',
      'hr@demo.grannskap.se',
    ]);
  });

  it('are created by the users module from what the demo context declares, with the demo password', async () => {
    const organisation = await createOrganisation(database.db, 'demo', 'Demobostäder', []);
    const declared = [
      { email: 'kassor@demo.test', name: 'Kim Kassör', role: 'analyst' as const },
      {
        email: 'revisor@demo.test',
        name: 'Rut Revisor',
        role: 'partner' as const,
        partnerOrganisation: 'KPMG',
      },
    ];
    const ctx = { db: database.db, organisationId: organisation.id, demoUsers: declared } as DemoContext;
    await usersModule.seedDemo?.(ctx);
    const rows = (await usersOfOrganisation(database.db, organisation.id)).sort((a, b) =>
      a.email < b.email ? -1 : 1,
    );
    expect(rows.map((u) => [u.email, u.role, u.partnerOrganisation])).toEqual([
      ['kassor@demo.test', 'analyst', null],
      ['revisor@demo.test', 'partner', 'KPMG'],
    ]);
    expect(await verifyPassword(rows[0].passwordHash, demoPassword)).toBe(true);
  });
});
