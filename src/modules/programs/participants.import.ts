import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { type Cell, cells } from '../../core/import/cells';
import { defineImportKind, type RowProblem } from '../../core/import/import-kind';
import { areaCodeColumn, lookUp, lookupByNames, unknownName } from '../../core/import/look-up';
import { areaCodeMap } from '../areas';
import { storyProblem } from './participant-story';
import { programPermissions } from './programs.policy';
import { type Gender, participants, programs } from './programs.table';
import { type Outcome, outcomes } from './rba';

type ParticipantRow = {
  programId: string;
  ref: string;
  enrolledOn: string;
  exitedOn: string | null;
  outcome: Outcome | null;
  outcomeAfter6Months: Outcome | null;
  satisfaction: number | null;
  completed: boolean | null;
  birthYear: number | null;
  gender: Gender | null;
  areaId: string | null;
  consentOn: string | null;
};

type Ctx = { programs: Map<string, string>; areas: Map<string, string>; seen: Set<string> };

/** Outcome words in English or Swedish. */
const outcomeWords: Record<string, Outcome> = {
  work: 'work',
  arbete: 'work',
  jobb: 'work',
  studies: 'studies',
  studier: 'studies',
  internship: 'internship',
  praktik: 'internship',
  other: 'other',
  annat: 'other',
  none: 'none',
  inget: 'none',
  ingen: 'none',
};
const genderWords: Record<string, Gender> = {
  woman: 'woman',
  kvinna: 'woman',
  k: 'woman',
  man: 'man',
  m: 'man',
  other: 'other',
  annat: 'other',
};

/** A cell holding one of the words (any case, empty for none); a refusal lists `allowed`. */
function wordCell<T>(words: Record<string, T>, allowed: string): Cell<T | null> {
  return (raw) => {
    const value = raw.trim().toLowerCase();
    if (!value) return { ok: true, value: null };
    const found = words[value];
    return found
      ? { ok: true, value: found }
      : { ok: false, error: { code: 'not_one_of', params: { value: raw, allowed } } };
  };
}
const outcomeCell = wordCell(outcomeWords, outcomes.join(', '));
const genderCell = wordCell(genderWords, 'woman, man, other');

const keyOf = (programId: string, ref: string) => `${programId}|${ref}`;

/**
 * `program-participants`: program,participant_ref,enrolled_on,exited_on,outcome,satisfaction, and
 * optionally completed,outcome_6_months,birth_year,gender,area_code,consent_on. Upserts on
 * program + participant_ref; empty optional columns leave stored values as they are.
 */
export const participantsImport = defineImportKind<ParticipantRow, Ctx>({
  kind: 'program-participants',
  permission: programPermissions['programs.import'],
  limits: { maxBytes: 10 * 2 ** 20, maxRows: 50_000, maxUnpackedBytes: 80 * 2 ** 20 },
  columns: [
    {
      name: 'program',
      aliases: ['program_kod', 'programkod'],
      required: true,
      cell: cells.text({ required: true, max: 120 }),
    },
    {
      name: 'participant_ref',
      aliases: ['deltagare', 'deltagar_ref', 'referens'],
      required: true,
      cell: cells.text({ required: true, max: 40 }),
    },
    {
      name: 'enrolled_on',
      aliases: ['inskriven', 'startdatum'],
      required: true,
      cell: cells.date({ required: true }),
    },
    { name: 'exited_on', aliases: ['avslutad', 'slutdatum'], required: true, cell: cells.date() },
    { name: 'outcome', aliases: ['utfall', 'resultat'], required: true, cell: outcomeCell },
    {
      name: 'satisfaction',
      aliases: ['nöjdhet', 'nojdhet'],
      required: true,
      cell: cells.integer({ min: 1, max: 5 }),
    },
    { name: 'completed', aliases: ['fullföljt', 'fullfoljt'], cell: cells.boolean() },
    { name: 'outcome_6_months', aliases: ['utfall_6_man', 'utfall_6_manader'], cell: outcomeCell },
    {
      name: 'birth_year',
      aliases: ['födelseår', 'fodelsear'],
      cell: cells.integer({ min: 1900, max: 2100 }),
    },
    { name: 'gender', aliases: ['kön', 'kon'], cell: genderCell },
    areaCodeColumn({ required: false }),
    { name: 'consent_on', aliases: ['samtycke'], cell: cells.date() },
  ],
  prepare: async (db, actor) => {
    const programRows = await db
      .select({ id: programs.id, code: programs.code, name: programs.name })
      .from(programs)
      .where(eq(programs.organisationId, actor.organisationId));
    return {
      programs: lookupByNames(
        programRows,
        (r) => [r.name, r.code],
        (r) => r.id,
      ),
      areas: await areaCodeMap(db, actor.organisationId),
      seen: new Set(),
    };
  },
  toRow: (v, ctx) => {
    const problems: RowProblem[] = [];
    const programId = lookUp(ctx.programs, v.program);
    if (!programId) problems.push(unknownName('program', 'programs:import.unknown_program', v.program));
    const ref = String(v.participant_ref);
    if (/\d{6}[-+]?\d{4}/.test(ref))
      problems.push({ column: 'participant_ref', code: 'programs:import.personal_number' });
    const areaCode = v.area_code as string | null;
    const areaId = areaCode ? lookUp(ctx.areas, areaCode) : null;
    if (areaCode && !areaId)
      problems.push(unknownName('area_code', 'programs:import.unknown_area', areaCode));
    // What the row says happened to the participant: checked as a story, then stored as it is.
    const story = {
      consentOn: v.consent_on as string | null,
      enrolledOn: String(v.enrolled_on),
      exitedOn: v.exited_on as string | null,
      completed: v.completed as boolean | null,
      outcome: v.outcome as Outcome | null,
      outcomeAfter6Months: v.outcome_6_months as Outcome | null,
      satisfaction: v.satisfaction as number | null,
    };
    const problem = storyProblem(story);
    if (problem) problems.push({ column: problem.column, code: `programs:import.${problem.code}` });
    if (programId) {
      const key = keyOf(programId, ref);
      if (ctx.seen.has(key)) problems.push({ column: 'participant_ref', code: 'programs:import.duplicate' });
      ctx.seen.add(key);
    }
    if (problems.length || !programId) return problems;
    return {
      programId,
      ref,
      ...story,
      birthYear: v.birth_year as number | null,
      gender: v.gender as Gender | null,
      areaId: areaId ?? null,
    };
  },
  commit: async (tx: Db, actor, rows, _ctx, progress) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const existing = await tx
      .select()
      .from(participants)
      .where(and(eq(participants.organisationId, actor.organisationId), isNotNull(participants.ref)));
    const byKey = new Map(existing.map((p) => [keyOf(p.programId, p.ref ?? ''), p]));
    const inserts = [];
    for (const [i, row] of rows.entries()) {
      const found = byKey.get(keyOf(row.programId, row.ref));
      // The file's columns always win for the six; optional extras only fill in.
      const wanted = {
        enrolledOn: row.enrolledOn,
        exitedOn: row.exitedOn,
        outcome: row.outcome,
        satisfaction: row.satisfaction,
        outcomeAfter6Months: row.outcomeAfter6Months ?? found?.outcomeAfter6Months ?? null,
        completed: row.completed ?? found?.completed ?? null,
        birthYear: row.birthYear ?? found?.birthYear ?? null,
        gender: row.gender ?? found?.gender ?? null,
        areaId: row.areaId ?? found?.areaId ?? null,
        consentOn: row.consentOn ?? found?.consentOn ?? null,
      };
      if (!found) {
        inserts.push({
          ...wanted,
          organisationId: actor.organisationId,
          programId: row.programId,
          ref: row.ref,
        });
        counts.created++;
      } else if (Object.entries(wanted).some(([k, v]) => found[k as keyof typeof wanted] !== v)) {
        await tx
          .update(participants)
          .set({ ...wanted, updatedAt: new Date() })
          .where(eq(participants.id, found.id));
        counts.updated++;
      } else counts.unchanged++;
      if (i % 500 === 0) await progress(i, rows.length);
    }
    for (let i = 0; i < inserts.length; i += 1000)
      await tx.insert(participants).values(inserts.slice(i, i + 1000));
    return counts;
  },
});
