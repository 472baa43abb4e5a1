/**
 * One index definition per figure. Every answer keeps its instrument version, and the roll-ups add a
 * respondent's index sums with that version's index questions. When the index questions change, a
 * period can hold answers of two definitions; adding them would silently pool two different indices.
 * The roll-ups are per month, not per version, so the least invasive honest rule is by month: a
 * period whose months hold more than one definition is computed over the months that hold only the
 * newest one ("version 4, from 2025-05"); a month holding both cannot be split from the roll-ups and
 * is left out. Only when no month holds the newest definition alone are the definitions pooled — and
 * then the figure says so (pooled: true).
 */
import { and, between, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { surveyInstruments, surveyResponses } from './safety-index.table';

/** The versions (and their index question sets) that answered each month. */
export type MonthDefinitions = Map<string, { version: number; key: string }[]>;

export type IndexDefinition = {
  /** Instrument versions whose answers the index figure rests on. */
  versions: number[];
  /** The first month used, when the period was cut to its newest definition; null when whole. */
  fromMonth: string | null;
  /** True only when two definitions could not be separated and are pooled (and said so). */
  pooled: boolean;
};

const keyOf = (codes: readonly string[]) => [...codes].sort().join(',');

export async function definitionsByMonth(
  db: Db,
  organisationId: string,
  fromMonth: string,
  toMonth: string,
): Promise<MonthDefinitions> {
  const rows = await db
    .selectDistinct({
      month: surveyResponses.month,
      version: surveyInstruments.version,
      indexCodes: surveyInstruments.indexCodes,
    })
    .from(surveyResponses)
    .innerJoin(surveyInstruments, eq(surveyInstruments.id, surveyResponses.instrumentId))
    .where(
      and(
        eq(surveyResponses.organisationId, organisationId),
        between(surveyResponses.month, fromMonth, toMonth),
      ),
    );
  const out: MonthDefinitions = new Map();
  for (const r of rows) {
    out.set(r.month, [...(out.get(r.month) ?? []), { version: r.version, key: keyOf(r.indexCodes) }]);
  }
  return out;
}

const sortedVersions = (list: { version: number }[]) =>
  [...new Set(list.map((d) => d.version))].sort((a, b) => a - b);

/** The months of a period the index is computed over, and the definition it then rests on. */
export function indexMonths(
  months: readonly string[],
  definitions: MonthDefinitions,
): { months: string[]; definition: IndexDefinition } {
  const present = months.flatMap((m) => definitions.get(m) ?? []);
  const keys = new Set(present.map((d) => d.key));
  if (keys.size <= 1) {
    return {
      months: [...months],
      definition: { versions: sortedVersions(present), fromMonth: null, pooled: false },
    };
  }
  const newest = present.reduce((a, b) => (b.version > a.version ? b : a)).key;
  const only = (m: string) => (definitions.get(m) ?? []).every((d) => d.key === newest);
  const firstPure = months.find((m) => (definitions.get(m)?.length ?? 0) > 0 && only(m));
  if (firstPure === undefined) {
    return {
      months: [...months],
      definition: { versions: sortedVersions(present), fromMonth: null, pooled: true },
    };
  }
  const used = months.filter((m) => m >= firstPure && only(m));
  const versions = sortedVersions(used.flatMap((m) => definitions.get(m) ?? []));
  return { months: used, definition: { versions, fromMonth: firstPure, pooled: false } };
}
