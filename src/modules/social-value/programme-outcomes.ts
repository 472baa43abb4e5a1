/**
 * What the social value reads of the programmes: each programme's exits of a year by outcome, and
 * whether the programmes' own publication layer hides the programmes a line is about.
 */

import type { Db } from '../../core/db/client';
import { type HiddenReason, organisationMember } from '../../core/disclosure';
import { exitedIn, type Outcome, programmeTables } from '../programs';

export type ProgrammeRef = { id: string; code: string; name: string };

export type ProgrammeOutcomes = {
  programmes: ProgrammeRef[];
  /** The organisation's threshold for participant counts. */
  threshold: number;
  /** Participants of these programmes who left in the year with this outcome. */
  exits(programmeIds: readonly string[], outcome: Outcome): number;
  /** Why the programmes' figures of the year are hidden by their own table; null when shown. */
  hiddenReason(programmeIds: readonly string[]): HiddenReason | null;
};

export async function programmeOutcomes(
  db: Db,
  organisationId: string,
  year: number,
): Promise<ProgrammeOutcomes> {
  const tables = await programmeTables(db, organisationId);
  const table = tables.year(year);
  return {
    programmes: tables.programmes.map((p) => ({ id: p.id, code: p.code, name: p.name })),
    threshold: tables.threshold,
    exits: (ids, outcome) => {
      const wanted = new Set(ids);
      return tables.participants.filter(
        (p) => wanted.has(p.programId) && exitedIn(p, year) && p.outcome === outcome,
      ).length;
    },
    hiddenReason: (ids) => (ids.length === 0 ? null : table.sumFigures(ids, organisationMember).reason),
  };
}

/** The organisation's programmes (id, code, name), for checking a valuation's programme code. */
export async function programmeRefs(db: Db, organisationId: string): Promise<ProgrammeRef[]> {
  return (await programmeTables(db, organisationId)).programmes.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
  }));
}
