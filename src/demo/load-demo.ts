import type { Db } from '../core/db/client';
import type { AppContext, DemoContext, DemoUser } from '../core/module';
import { createOrganisation, organisationWithSlug } from '../core/organisations';
import { modules } from '../modules';
import { seededRandom } from '../shared/random';

export const demoSlug = 'demo';
export const demoName = 'Demobostäder i Västerås AB';
/** Every demo sign-in, as the modules declare them (printed at start-up, created by the users module). */
export const demoUsers: DemoUser[] = modules.flatMap((m) => m.demoUsers ?? []);

export async function demoExists(db: Db): Promise<boolean> {
  return (await organisationWithSlug(db, demoSlug)) !== null;
}

/**
 * Loads the fictional demo company with every module's part, all in one transaction so that a
 * failure leaves no half-loaded organisation. Its dates are around `today`, the server clock's by
 * default. Returns false when it was already there.
 */
export async function loadDemo(
  ctx: AppContext,
  today = ctx.config.clock(),
  onStep: (module: string, ms: number) => void = () => {},
) {
  if (await demoExists(ctx.db)) return false;
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const organisation = await createOrganisation(db, demoSlug, demoName, modules);
    const random = seededRandom(20_260_101);
    const demo: DemoContext = { ...ctx, db, organisationId: organisation.id, demoUsers, random, today };
    for (const module of modules) {
      if (!module.seedDemo) continue;
      const started = Date.now();
      await module.seedDemo(demo);
      onStep(module.name, Date.now() - started);
    }
  });
  return true;
}
