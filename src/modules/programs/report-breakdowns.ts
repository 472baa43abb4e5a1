import { and, asc, between, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { type Language, translator } from '../../core/i18n/i18n';
import type { FigureTable } from '../../core/indicators';
import { participants, programs } from './programs.table';
import { minimumGroup, rate, satisfiedFrom } from './rba';

/**
 * A share per program for the annual report: the base, the count, the share and its Wilson
 * interval in per cent (one decimal); programs with fewer than 10 in the base show the base only.
 */
async function sharePerProgram(
  db: Db,
  organisationId: string,
  year: number,
  options: {
    where?: SQL;
    base: (p: typeof participants.$inferSelect) => boolean;
    hit: (p: typeof participants.$inferSelect) => boolean;
  },
) {
  const rows = await db
    .select({ participant: participants, name: programs.name })
    .from(participants)
    .innerJoin(programs, eq(programs.id, participants.programId))
    .where(
      and(
        eq(participants.organisationId, organisationId),
        between(participants.exitedOn, `${year}-01-01`, `${year}-12-31`),
        options.where,
      ),
    )
    .orderBy(asc(programs.name));
  const names = [...new Set(rows.map((r) => r.name))];
  const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  return names.flatMap((name) => {
    const base = rows.filter((r) => r.name === name && options.base(r.participant));
    if (!base.length) return [];
    if (base.length < minimumGroup) return [[name, base.length, null, null, null, null]];
    const r = rate(base.filter((b) => options.hit(b.participant)).length, base.length);
    return [[name, r.n, r.count, percent(r.rate), percent(r.ciLow), percent(r.ciHigh)]];
  });
}

const wordsFor = (language: Language) => translator(language, 'programs:report');

/** Exits to work per job-outcome program (Jobbpunkt), for job_outcome_rate. */
export async function jobOutcomeBreakdowns(
  db: Db,
  organisationId: string,
  year: number,
  language: Language = 'sv',
): Promise<FigureTable[]> {
  const t = wordsFor(language);
  const rows = await sharePerProgram(db, organisationId, year, {
    where: eq(programs.reportsJobOutcome, true),
    base: (p) => p.outcome !== null,
    hit: (p) => p.outcome === 'work',
  });
  return [
    {
      caption: t('toWorkPerProgram', { year, minimum: minimumGroup }),
      columns: [t('program'), t('exits'), t('toWork'), t('sharePercent'), t('ciLow'), t('ciHigh')],
      rows,
    },
  ];
}

/** Satisfied (4–5 of 5) per program, for program_satisfied_share. */
export async function satisfactionBreakdowns(
  db: Db,
  organisationId: string,
  year: number,
  language: Language = 'sv',
): Promise<FigureTable[]> {
  const t = wordsFor(language);
  const rows = await sharePerProgram(db, organisationId, year, {
    base: (p) => p.satisfaction !== null,
    hit: (p) => (p.satisfaction ?? 0) >= satisfiedFrom,
  });
  return [
    {
      caption: t('satisfiedPerProgram', { year, minimum: minimumGroup }),
      columns: [t('program'), t('answered'), t('satisfied'), t('sharePercent'), t('ciLow'), t('ciHigh')],
      rows,
    },
  ];
}
