/**
 * Test support: small organisations of areas and answers, written straight into the answers table
 * and its roll-ups (as the tenant page and the import do, in one transaction), so that the attack
 * tests can build exactly the organisations they need. Only for tests.
 */
import type { Db } from '../../core/db/client';
import { addAreas, addProperties, districtNamed } from '../areas/testing';
import { currentInstrument } from './instrument';
import { applyContributions, contribute, emptyContributions } from './rollups';
import { surveyResponses } from './safety-index.table';
import type { Answers } from './statistics';

/** A district of the organisation (by name; created when missing). */
export async function district(db: Db, organisationId: string, name: string): Promise<string> {
  return (await districtNamed(db, organisationId, name)).id;
}

/** An area in a district with a property of `homes` households. */
export async function area(
  db: Db,
  organisationId: string,
  districtId: string,
  code: string,
  homes: number,
): Promise<string> {
  const [row] = await addAreas(db, [{ organisationId, districtId, code, name: `Område ${code}` }]);
  await addHouseholds(db, organisationId, row.id, `${code}-P`, homes);
  return row.id;
}

/** Another property of `homes` households in an area (the finite-population correction counts them). */
export async function addHouseholds(
  db: Db,
  organisationId: string,
  areaId: string,
  code: string,
  homes: number,
) {
  await addProperties(db, [{ organisationId, areaId, code, address: `${code}-gatan 1`, households: homes }]);
}

export type Answer = { areaId: string; month: string; answers: Answers; comment?: string };

/** `count` copies of one answer pattern. */
export const times = (count: number, answer: Answer): Answer[] => Array.from({ length: count }, () => answer);

/** Stores answers with the current instrument version and adds them to the roll-ups. */
export async function answer(db: Db, organisationId: string, list: readonly Answer[]): Promise<void> {
  const instrument = await currentInstrument(db, organisationId);
  await db.transaction(async (tx) => {
    for (let i = 0; i < list.length; i += 500) {
      await tx.insert(surveyResponses).values(
        list.slice(i, i + 500).map((a) => ({
          organisationId,
          areaId: a.areaId,
          month: a.month,
          instrumentId: instrument.id,
          answers: a.answers,
          comment: a.comment ?? null,
          source: 'import' as const,
        })),
      );
    }
    const rolled = list.map((a) => ({ ...a, indexCodes: instrument.indexCodes }));
    await applyContributions(tx, organisationId, contribute(emptyContributions(), rolled));
  });
}
