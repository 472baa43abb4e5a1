import type { Actor } from '../src/core/auth/access';

/**
 * One organisation of the test world as each module's `seedTestData` (its testing.ts) gets it:
 * its people as actors, its areas and properties, and the test clock's "now".
 */
export type TestOrganisation = {
  slug: string;
  admin: Actor;
  analyst: Actor;
  /** Given only the first area. */
  host: Actor;
  /** Of the partner organisation "Polisen". */
  partner: Actor;
  areas: readonly { id: string; code: string }[];
  /** One per area, in the same order, 20 households each. */
  properties: readonly { id: string; code: string; areaId: string }[];
  /** The test clock's instant and its Swedish day (YYYY-MM-DD). */
  now: Date;
  today: string;
};
