import type { Db } from '../src/core/db/client';
import { addHouseholds, answer, times } from '../src/modules/safety-index/testing';
import { seedOrganisation } from './fixtures';

/** An index answer of 4–5 (counts towards the safety index), and one of 1–3 (does not). */
export const top = { evening: 5 } as const;
export const low = { evening: 2 } as const;

/**
 * The seeds' worked example (seeds/, domain.md), which the goals and the safety index's tests work
 * out by hand: two areas of 2,500 households (the fixture's 20 and 2,480 more), 500 respondents in
 * each, 392 of them answering 4–5 with one index answer each — 784 of 1,000 = 78.4 %. The north
 * area's answers are in `months[0]`, the south's in `months[1]`.
 */
export async function seedSurveyExample(db: Db, months: readonly [string, string]) {
  const seed = await seedOrganisation(db);
  const org = seed.organisation.id;
  const [north, south] = seed.areas.map((a) => a.id);
  await addHouseholds(db, org, north, 'N2', 2480);
  await addHouseholds(db, org, south, 'S2', 2480);
  await answer(db, org, [
    ...times(392, { areaId: north, month: months[0], answers: top }),
    ...times(108, { areaId: north, month: months[0], answers: low }),
    ...times(392, { areaId: south, month: months[1], answers: top }),
    ...times(108, { areaId: south, month: months[1], answers: low }),
  ]);
  return { seed, org, north, south };
}
