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
import { surveyInstruments, surveyResponses, visibleResponses } from './safety-index.table';

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
  // Most organisations never change the question set: with one version there is nothing to tell
  // apart, and the scan over the answers below (the slow part of a dashboard read) is not needed.
  const versions = await db
    .select({ version: surveyInstruments.version, indexCodes: surveyInstruments.indexCodes })
    .from(surveyInstruments)
    .where(eq(surveyInstruments.organisationId, organisationId));
  if (versions.length <= 1) {
    const out: MonthDefinitions = new Map();
    const only = versions[0];
    if (!only) return out;
    for (let m = fromMonth; m <= toMonth; m = nextMonth(m)) {
      out.set(m, [{ version: only.version, key: keyOf(only.indexCodes) }]);
    }
    return out;
  }
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
        visibleResponses,
      ),
    );
  const out: MonthDefinitions = new Map();
  for (const r of rows) {
    out.set(r.month, [...(out.get(r.month) ?? []), { version: r.version, key: keyOf(r.indexCodes) }]);
  }
  return out;
}

const nextMonth = (m: string) => {
  const [y, mm] = m.split('-').map(Number);
  return mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
};

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
