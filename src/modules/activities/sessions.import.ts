import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { cells } from '../../core/import/cells';
import { type ColumnSpec, defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { areaCodeColumn, lookUp, lookupByNames, unknownName } from '../../core/import/look-up';
import { areaCodeMap } from '../areas';
import { activityPermissions } from './activities.policy';
import { activities, activityAreas, activitySessions } from './activities.table';
import { type AgeBand, normaliseCounts, type SessionCounts } from './counts';
import { sessionColumns } from './session-columns';

type SessionRow = {
  activityId: string;
  areaId: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
  counts: SessionCounts;
  newParticipants: number | null;
  note: string;
};

type Ctx = {
  activities: Map<string, { id: string; areaIds: Set<string> }>;
  areas: Map<string, string>;
  seen: Set<string>;
};

const count = cells.integer({ min: 0, max: 100_000 });
const clock = (raw: string) => {
  const value = raw.trim();
  if (value === '') return { ok: true as const, value: null };
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
    return { ok: false as const, error: { code: 'activities:import.not_time', params: { value } } };
  }
  return { ok: true as const, value: `${m[1].padStart(2, '0')}:${m[2]}` };
};

/** Age-band columns and the bands they fill. */
export const ageColumns: [string, AgeBand][] = [
  ['age_0_12', '0-12'],
  ['age_13_15', '13-15'],
  ['age_16_19', '16-19'],
  ['age_20_25', '20-25'],
  ['age_26_64', '26-64'],
  ['age_65_plus', '65+'],
];

const columns: ColumnSpec[] = [
  {
    name: 'activity',
    aliases: ['aktivitet'],
    required: true,
    cell: cells.text({ required: true, max: 120 }),
  },
  { name: 'date', aliases: ['datum'], required: true, cell: cells.date({ required: true }) },
  areaCodeColumn(),
  { name: 'start_time', aliases: ['starttid', 'tid'], cell: clock },
  { name: 'end_time', aliases: ['sluttid'], cell: clock },
  { name: 'place', aliases: ['plats'], cell: cells.text({ max: 200 }) },
  {
    name: 'participants',
    aliases: ['deltagare', 'antal'],
    required: true,
    cell: cells.integer({ required: true, min: 0, max: 100_000 }),
  },
  { name: 'women', aliases: ['kvinnor', 'flickor_kvinnor'], cell: count },
  { name: 'men', aliases: ['män', 'pojkar_man'], cell: count },
  { name: 'other', aliases: ['annat_okant', 'annat'], cell: count },
  ...ageColumns.map(([name]) => ({ name, aliases: [name.replace('age_', 'alder_')], cell: count })),
  { name: 'new_participants', aliases: ['nya_deltagare'], cell: count },
  { name: 'note', aliases: ['anteckning'], cell: cells.text({ max: 2000 }) },
];

const keyOf = (r: { activityId: string; areaId: string; date: string; startTime: string | null }) =>
  `${r.activityId}|${r.areaId}|${r.date}|${r.startTime ?? ''}`;

/**
 * `sessions`: activity,date,area_code,participants,women,men,other,age_0_12,…,age_65_plus (see
 * docs/import-formats.md). The key is activity + date + area + start time: a re-import updates
 * the counts of the same session instead of adding another.
 */
export const sessionsImport = defineImportKind<SessionRow, Ctx>({
  kind: 'sessions',
  permission: activityPermissions['activities.import'],
  columns,
  prepare: async (db, actor) => {
    const activityRows = await db
      .select({ id: activities.id, name: activities.name })
      .from(activities)
      .where(eq(activities.organisationId, actor.organisationId));
    const links = activityRows.length
      ? await db
          .select()
          .from(activityAreas)
          .where(
            inArray(
              activityAreas.activityId,
              activityRows.map((a) => a.id),
            ),
          )
      : [];
    return {
      activities: lookupByNames(
        activityRows,
        (a) => [a.name],
        (a) => ({
          id: a.id,
          areaIds: new Set(links.filter((l) => l.activityId === a.id).map((l) => l.areaId)),
        }),
      ),
      areas: await areaCodeMap(db, actor.organisationId),
      seen: new Set(),
    };
  },
  toRow: (v, ctx) => {
    const problems: RowProblem[] = [];
    const activity = lookUp(ctx.activities, v.activity);
    const areaId = lookUp(ctx.areas, v.area_code);
    if (!activity) problems.push(unknownName('activity', 'activities:import.unknown_activity', v.activity));
    if (!areaId) problems.push(unknownName('area_code', 'activities:import.unknown_area', v.area_code));
    if (activity && areaId && !activity.areaIds.has(areaId)) {
      problems.push({
        column: 'area_code',
        code: 'activities:import.area_not_of_activity',
        params: { value: v.area_code },
      });
    }
    const ages = Object.fromEntries(ageColumns.map(([name, band]) => [band, v[name] as number | null]));
    const counts = normaliseCounts({
      participants: v.participants as number,
      women: v.women as number | null,
      men: v.men as number | null,
      other: v.other as number | null,
      ages,
    });
    if (Array.isArray(counts)) {
      for (const c of counts) {
        const column = ageColumns.find(([, band]) => band === c.field)?.[0] ?? c.field;
        problems.push({ column, code: `activities:import.${c.code}` });
      }
    }
    if (problems.length || !activity || !areaId || Array.isArray(counts)) return problems;
    const row: SessionRow = {
      activityId: activity.id,
      areaId,
      date: String(v.date),
      startTime: v.start_time as string | null,
      endTime: v.end_time as string | null,
      place: (v.place as string | null) ?? '',
      counts,
      newParticipants: v.new_participants as number | null,
      note: (v.note as string | null) ?? '',
    };
    const key = keyOf(row);
    if (ctx.seen.has(key)) return [{ column: 'date', code: 'activities:import.duplicate_session' }];
    ctx.seen.add(key);
    return row;
  },
  commit: async (tx: Db, actor, rows, _ctx, progress) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const existing = await tx
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.organisationId, actor.organisationId));
    const byKey = new Map(existing.map((s) => [keyOf(s), s]));
    const inserts = [];
    for (const [i, row] of rows.entries()) {
      const values = { organisationId: actor.organisationId, ...sessionColumns(row, row.counts) };
      const found = byKey.get(keyOf(row));
      if (found && Object.entries(values).every(([k, v]) => found[k as keyof typeof found] === v)) {
        counts.unchanged++;
      } else if (found) {
        await tx
          .update(activitySessions)
          .set(values)
          .where(
            and(eq(activitySessions.id, found.id), eq(activitySessions.organisationId, actor.organisationId)),
          );
        counts.updated++;
      } else {
        inserts.push(values);
        counts.created++;
      }
      if (i % 500 === 0) await progress(i, rows.length);
    }
    for (let i = 0; i < inserts.length; i += 1000)
      await tx.insert(activitySessions).values(inserts.slice(i, i + 1000));
    return counts;
  },
});
