import { systemActor } from '../../core/auth/access';
import type { DemoContext, DemoUser } from '../../core/module';
import { organisationAreas } from '../areas';
import { createUser } from './users.service';

/** Every demo account shares this password; it is printed at start-up. Demo only. */
export const demoPassword = 'grannskap-demo';

/** Fictional staff and partners of the demo company; printed by `npm start`. */
export const demoUsers: DemoUser[] = [
  { email: 'admin@demo.grannskap.se', name: 'Agnes Adminsson', role: 'admin' },
  { email: 'analytiker@demo.grannskap.se', name: 'Anton Analys', role: 'analyst' },
  {
    email: 'vard.backby@demo.grannskap.se',
    name: 'Hamid Trygg',
    role: 'host',
    areaCodes: ['BACKBY-NORRA', 'BACKBY-CENTRUM', 'BACKBY-SODRA'],
  },
  {
    email: 'vard.raby@demo.grannskap.se',
    name: 'Sara Värdsdotter',
    role: 'host',
    areaCodes: ['RABY-OSTRA', 'RABY-VASTRA', 'VALLBY-CENTRUM', 'VALLBY-VASTRA'],
  },
  {
    email: 'polis@demo.grannskap.se',
    name: 'Petra Polis',
    role: 'partner',
    partnerOrganisation: 'Polisen Västerås',
  },
  {
    email: 'kommun@demo.grannskap.se',
    name: 'Karl Kommunsson',
    role: 'partner',
    partnerOrganisation: 'Västerås stad, fritid',
  },
  { email: 'styrelse@demo.grannskap.se', name: 'Stina Styrelse', role: 'viewer' },
];

/** Creates every module's demo users (`demoUsers` on the modules, in registration order). */
export async function seedUsersDemo(ctx: DemoContext): Promise<void> {
  const actor = systemActor(ctx.organisationId, 'demo');
  const areaRows = await organisationAreas(ctx.db, ctx.organisationId);
  for (const user of ctx.demoUsers) {
    const areaIds = (user.areaCodes ?? []).map((c) => {
      const area = areaRows.find((a) => a.code === c);
      if (!area) throw new Error(`demo area ${c} missing`);
      return area.id;
    });
    await createUser({ db: ctx.db }, actor, {
      email: user.email,
      name: user.name,
      role: user.role,
      partnerOrganisation: user.partnerOrganisation ?? null,
      language: 'sv',
      areaIds,
      password: demoPassword,
    });
  }
}
