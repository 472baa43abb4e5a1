import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { disclosureThresholds } from '../../core/disclosure';
import { areaRegister } from '../areas';
import { participants, programs } from './programs.table';
import { type LocatedParticipant, type ProgrammeYearTable, protectProgrammeYear } from './publication';

export type ProgrammeTables = {
  programmes: (typeof programs.$inferSelect)[];
  participants: (LocatedParticipant & { id: string })[];
  threshold: number;
  /** The organisation's protected table of the calendar year (each year protected on its own). */
  year(year: number): ProgrammeYearTable;
};

/**
 * Everything the programme figures of an organisation are read from: its programmes, its areas, its
 * participants and its threshold for participants. Every role reads the same tables; what a host
 * may see is these tables restricted to their areas, never a table of their own.
 */
export async function programmeTables(db: Db, organisationId: string): Promise<ProgrammeTables> {
  const areas = areaRegister(db, organisationId);
  const [programmeRows, areaRows, participantRows, thresholds] = await Promise.all([
    db.select().from(programs).where(eq(programs.organisationId, organisationId)).orderBy(asc(programs.name)),
    db.select({ id: areas.id, districtId: areas.districtId }).from(areas),
    db
      .select({
        id: participants.id,
        programId: participants.programId,
        areaId: participants.areaId,
        enrolledOn: participants.enrolledOn,
        exitedOn: participants.exitedOn,
        completed: participants.completed,
        outcome: participants.outcome,
        outcomeAfter6Months: participants.outcomeAfter6Months,
        satisfaction: participants.satisfaction,
      })
      .from(participants)
      .where(eq(participants.organisationId, organisationId)),
    disclosureThresholds(db, organisationId),
  ]);
  const programmes = programmeRows.map((p) => ({
    id: p.id,
    focusArea: p.focusArea,
    reportsJobOutcome: p.reportsJobOutcome,
  }));
  const years = new Map<number, ProgrammeYearTable>();
  return {
    programmes: programmeRows,
    participants: participantRows,
    threshold: thresholds.participants,
    year: (year) => {
      const known = years.get(year);
      if (known) return known;
      const table = protectProgrammeYear({
        programmes,
        areas: areaRows,
        participants: participantRows,
        year,
        threshold: thresholds.participants,
      });
      years.set(year, table);
      return table;
    },
  };
}
