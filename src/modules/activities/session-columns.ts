import type { activitySessions } from './activities.table';
import type { AgeCounts, SessionCounts } from './counts';
import type { SessionFacts } from './rollup';

type SessionRow = typeof activitySessions.$inferSelect;

/** Age counts of a session row in the contract's shape. */
export function agesOf(row: SessionRow): AgeCounts {
  return {
    '0-12': row.age0to12,
    '13-15': row.age13to15,
    '16-19': row.age16to19,
    '20-25': row.age20to25,
    '26-64': row.age26to64,
    '65+': row.age65plus,
  };
}

/** A session row in the contract's shape: where and when, its counts, and its note. */
export function toSession(row: SessionRow) {
  return {
    id: row.id,
    activityId: row.activityId,
    areaId: row.areaId,
    startTime: row.startTime,
    endTime: row.endTime,
    place: row.place,
    ...sessionFacts(row),
    note: row.note,
  };
}

/** What a session is beside its counts, as an entry form or an import row gives it. */
type SessionDetails = Pick<
  SessionRow,
  'activityId' | 'areaId' | 'date' | 'startTime' | 'endTime' | 'place' | 'newParticipants' | 'note'
>;

/** The columns of a session's details and checked counts: one mapping for a correction and an import. */
export function sessionColumns(details: SessionDetails, counts: SessionCounts | null) {
  return {
    activityId: details.activityId,
    areaId: details.areaId,
    date: details.date,
    startTime: details.startTime,
    endTime: details.endTime,
    place: details.place,
    newParticipants: details.newParticipants,
    note: details.note,
    ...countColumns(counts),
  };
}

/** Session columns of checked counts (all zero for a planned session). */
export function countColumns(counts: SessionCounts | null) {
  const a = counts?.ages;
  return {
    participants: counts?.participants ?? null,
    women: counts?.women ?? 0,
    men: counts?.men ?? 0,
    other: counts?.other ?? 0,
    age0to12: a?.['0-12'] ?? 0,
    age13to15: a?.['13-15'] ?? 0,
    age16to19: a?.['16-19'] ?? 0,
    age20to25: a?.['20-25'] ?? 0,
    age26to64: a?.['26-64'] ?? 0,
    age65plus: a?.['65+'] ?? 0,
  };
}

/** What the follow-up needs of a session row. */
export function sessionFacts(row: SessionRow): SessionFacts {
  return {
    date: row.date,
    participants: row.participants,
    women: row.women,
    men: row.men,
    other: row.other,
    ages: agesOf(row),
    newParticipants: row.newParticipants,
  };
}
