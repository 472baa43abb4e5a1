import type { HiddenReason } from '../../core/disclosure';
import { type Language, translator } from '../../core/i18n/i18n';
import type { FigureColumnUnit, FigureTable } from '../../core/indicators';
import type { ProgrammeTables } from './programme-tables';
import { organisationMember, type PublishedYear, type Share } from './publication';

const wordsFor = (language: Language) => translator(language, 'programs:report');

/**
 * One row per programme that had anyone in it in the year: exits, exits without the item, the
 * share's base, the share and its interval as published (fractions 0–1) — or, for a hidden
 * programme, nothing but why it is hidden. Read from the organisation's protected table of the year.
 */
function rowsPerProgramme(
  tables: ProgrammeTables,
  year: number,
  language: Language,
  options: {
    include: (p: ProgrammeTables['programmes'][number]) => boolean;
    pick: (f: PublishedYear) => { share: Share; missing: number | null };
  },
) {
  const t = wordsFor(language);
  const table = tables.year(year);
  const because = (reason: HiddenReason) => t(`hidden.${reason}`, { threshold: table.threshold });
  return tables.programmes.filter(options.include).flatMap((programme) => {
    if (!table.nonEmpty(programme.id, organisationMember)) return [];
    const figures = table.figures(programme.id, organisationMember);
    if (figures.reason)
      return [[programme.name, null, null, null, null, null, null, because(figures.reason)]];
    if (!figures.howMuch.exited) return [];
    const { share, missing } = options.pick(figures);
    return [
      [programme.name, figures.howMuch.exited, missing, share.n, share.value, share.low, share.high, ''],
    ];
  });
}

/** Programme, exits, without, with (the base), the share and its interval, a note. */
const perProgrammeUnits: FigureColumnUnit[] = [
  'text',
  'count',
  'count',
  'count',
  'fraction',
  'fraction',
  'fraction',
  'text',
];

/** The table of a share per programme: its caption, and how the exits without and with the item are named. */
function perProgrammeTable(
  tables: ProgrammeTables,
  year: number,
  language: Language,
  words: { caption: string; without: string; with: string },
  options: Parameters<typeof rowsPerProgramme>[3],
): FigureTable[] {
  const t = wordsFor(language);
  return [
    {
      caption: t(words.caption, { year, threshold: tables.threshold }),
      columns: [
        t('program'),
        t('exits'),
        t(words.without),
        t(words.with),
        t('sharePercent'),
        t('ciLow'),
        t('ciHigh'),
        t('note'),
      ],
      units: perProgrammeUnits,
      rows: rowsPerProgramme(tables, year, language, options),
    },
  ];
}

/** Exits to work per job-outcome programme (Jobbpunkt), for job_outcome_rate. */
export async function jobOutcomeBreakdowns(
  tables: ProgrammeTables,
  year: number,
  language: Language = 'sv',
): Promise<FigureTable[]> {
  const words = { caption: 'toWorkPerProgram', without: 'withoutOutcome', with: 'withOutcome' };
  return perProgrammeTable(tables, year, language, words, {
    include: (p) => p.reportsJobOutcome,
    pick: (f) => ({ share: f.betterOff.atExit.work, missing: f.missing.outcome }),
  });
}

/** Satisfied (4–5 of 5) per programme, for program_satisfied_share. */
export async function satisfactionBreakdowns(
  tables: ProgrammeTables,
  year: number,
  language: Language = 'sv',
): Promise<FigureTable[]> {
  const words = { caption: 'satisfiedPerProgram', without: 'notAnswered', with: 'answered' };
  return perProgrammeTable(tables, year, language, words, {
    include: () => true,
    pick: (f) => ({ share: f.howWell.satisfied, missing: f.missing.satisfaction }),
  });
}
