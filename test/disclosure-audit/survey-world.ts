/**
 * A small organisation for the disclosure audit: districts and areas of chosen sizes, and survey
 * answers per area and month of one year, written as the import writes them (answers plus roll-ups).
 */
import { addAreas, addDistrict, addProperties } from '../../src/modules/areas/testing';
import {
  type Answers,
  type AnswerValue,
  applyContributions,
  contribute,
  currentInstrument,
  emptyContributions,
  surveyResponses,
} from '../../src/modules/safety-index/testing';
import type { TestApp } from '../harness';

export type WorldArea = { id: string; districtId: string };
export type SurveyWorld = {
  areas: WorldArea[];
  indexCodes: string[];
  codes: string[];
  /** Households in every area (each area has one property of this size). */
  households: number;
  /** Answers per area|month, as stored. */
  answers: Map<string, Answers[]>;
};

export type WorldSpec = {
  /** Per district, the number of areas in it. */
  districts: number[];
  /** Respondents per area and month (area-major, 12 per area), cycled when shorter. */
  respondents: number[];
  /** Deterministic answer pattern: a seed for the values. */
  seed: number;
};

function generator(seed: number) {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** Writes the world into the organisation and returns what was written, for the audit to compare with. */
export async function seedSurveyWorld(
  t: TestApp,
  organisationId: string,
  year: number,
  spec: WorldSpec,
): Promise<SurveyWorld> {
  const random = generator(spec.seed);
  const households = 60;
  const instrument = await currentInstrument(t.db, organisationId);
  const codes = instrument.questions.map((q) => q.code);
  const worldAreas: WorldArea[] = [];
  for (const [d, count] of spec.districts.entries()) {
    const district = await addDistrict(t.db, organisationId, `Revisionsdistrikt ${d + 1}`);
    for (let i = 0; i < count; i++) {
      const [area] = await addAreas(t.db, [
        { organisationId, districtId: district.id, code: `R${d}-${i}`, name: `Område ${d + 1}.${i + 1}` },
      ]);
      await addProperties(t.db, [
        {
          organisationId,
          areaId: area.id,
          code: `RP${d}-${i}`,
          address: `Revisionsgatan ${d}${i}`,
          households: 60,
        },
      ]);
      worldAreas.push({ id: area.id, districtId: district.id });
    }
  }
  const answers = new Map<string, Answers[]>();
  const rows: {
    organisationId: string;
    areaId: string;
    month: string;
    instrumentId: string;
    answers: Answers;
    source: 'import';
  }[] = [];
  worldAreas.forEach((area, a) => {
    for (let m = 1; m <= 12; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      const count = spec.respondents[(a * 12 + m - 1) % spec.respondents.length];
      const list: Answers[] = [];
      for (let r = 0; r < count; r++) {
        const given: Answers = {};
        const propensity = random();
        for (const code of codes) {
          const x = random();
          if (x < 0.08) continue; // not answered
          if (x < 0.14)
            given[code] = 0; // don't know
          else given[code] = (1 + Math.min(4, Math.floor((random() + propensity) * 2.6))) as AnswerValue;
        }
        list.push(given);
        rows.push({
          organisationId,
          areaId: area.id,
          month,
          instrumentId: instrument.id,
          answers: given,
          source: 'import',
        });
      }
      answers.set(`${area.id}|${month}`, list);
    }
  });
  await t.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(surveyResponses).values(rows.slice(i, i + 500));
    const contributions = contribute(
      emptyContributions(),
      rows.map((r) => ({
        areaId: r.areaId,
        month: r.month,
        answers: r.answers,
        indexCodes: instrument.indexCodes,
      })),
    );
    await applyContributions(tx, organisationId, contributions);
  });
  return { areas: worldAreas, indexCodes: instrument.indexCodes, codes, households, answers };
}
