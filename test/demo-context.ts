import type { Db } from '../src/core/db/client';
import type { DemoContext, GrannskapModule } from '../src/core/module';
import { createOrganisation } from '../src/core/organisations';
import { areasModule } from '../src/modules/areas';
import { seededRandom } from '../src/shared/random';

/** The fixed day the demo tests seed on. */
export const demoTestDay = new Date('2026-11-23T09:00:00Z');

/**
 * A demo organisation with the demo's districts and areas, on `demoTestDay` and one seed of random
 * numbers, for a module's demo test: only the given modules' organisation defaults are made.
 */
export async function demoWithAreas(db: Db, slug: string, modules: GrannskapModule[] = []) {
  const organisation = await createOrganisation(db, slug, 'Demobostäder', modules);
  const ctx = {
    db,
    organisationId: organisation.id,
    random: seededRandom(1),
    today: demoTestDay,
  } as unknown as DemoContext;
  await areasModule.seedDemo?.(ctx);
  return { organisation, ctx };
}
