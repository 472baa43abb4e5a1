import type { FocusArea } from '../../core/indicators';
import type { DemoContext } from '../../core/module';
import { addDays, swedishToday, swedishYear } from '../../shared/time';
import { areaRegister } from '../areas';
import {
  type Gender,
  participants,
  programs,
  type Question,
  questionnaireAnswers,
  questionnaires,
} from './programs.table';
import type { Outcome } from './rba';

type Row = typeof participants.$inferInsert;

const pick = <T>(list: readonly T[], random: () => number) => list[Math.floor(random() * list.length)];
const shuffle = <T>(list: T[], random: () => number) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};

type ProgramSpec = {
  code: string;
  name: string;
  description: string;
  focusArea: FocusArea;
  responsible: string;
  reportsJobOutcome?: boolean;
};

const specs: ProgramSpec[] = [
  {
    code: 'jobbpunkt',
    name: 'Jobbpunkt',
    description: 'Jobbcoachning för arbetssökande hyresgäster sedan 2006.',
    focusArea: 'arbete',
    responsible: 'Jonas Jobbsson',
    reportsJobOutcome: true,
  },
  {
    code: 'kvinna-backby',
    name: 'Kvinna för Bäckby',
    description: 'Städarbete som väg till anställning för kvinnor i Bäckby.',
    focusArea: 'arbete',
    responsible: 'Leila Demosson',
  },
  {
    code: 'summerworks',
    name: 'SummerWorks',
    description: 'Sommarjobb för unga i våra områden.',
    focusArea: 'arbete',
    responsible: 'Jonas Jobbsson',
  },
  {
    code: 'frisk-generation',
    name: 'En frisk generation',
    description: 'Familjer tränar och lär sig om mat, sömn och rörelse tillsammans under ett år.',
    focusArea: 'gemenskap',
    responsible: 'Maria Demodotter',
  },
  {
    code: 'laxhjalpen',
    name: 'Läxhjälpen',
    description: 'Läxhjälp i samarbete med Stiftelsen Läxhjälpen för elever i årskurs 7–9.',
    focusArea: 'gemenskap',
    responsible: 'Samira Testlund',
  },
  {
    code: 'alla-spelar-roll',
    name: 'Alla spelar roll',
    description: 'Daglig verksamhet för personer med psykisk funktionsnedsättning.',
    focusArea: 'gemenskap',
    responsible: 'Birgitta Fiktiv',
  },
];

const healthQuestions: Question[] = [
  {
    code: 'outdoor_days',
    label: 'Dagar i veckan med utomhusaktivitet',
    min: 0,
    max: 7,
    higherIsBetter: true,
  },
  { code: 'screen_hours', label: 'Timmar skärmtid per dag (barnen)', min: 0, max: 12, higherIsBetter: false },
  { code: 'fruit_days', label: 'Dagar i veckan med frukt och grönt', min: 0, max: 7, higherIsBetter: true },
  { code: 'stress', label: 'Upplevd stress (1 = ingen, 5 = mycket)', min: 1, max: 5, higherIsBetter: false },
  { code: 'safety', label: 'Känner mig trygg i området (1–5)', min: 1, max: 5, higherIsBetter: true },
];

const clamp = (v: number, q: Question) => Math.max(q.min, Math.min(q.max, Math.round(v)));

/** Programs with pseudonymous participants (invented references), about three years up to today. */
export async function seedProgramsDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId, random, today } = ctx;
  const areas = areaRegister(db, organisationId);
  const areaRows = await db.select({ id: areas.id, name: areas.name }).from(areas);
  if (!areaRows.length) return;
  const areaNamed = (prefix: string) => areaRows.filter((a) => a.name.startsWith(prefix)).map((a) => a.id);
  const todayIso = swedishToday(today);
  const lastYear = swedishYear(today);
  const years = [lastYear - 2, lastYear - 1, lastYear];
  const ids = new Map<string, string>();
  for (const spec of specs) {
    const [row] = await db
      .insert(programs)
      .values({
        organisationId,
        code: spec.code,
        name: spec.name,
        description: spec.description,
        focusArea: spec.focusArea,
        responsiblePerson: spec.responsible,
        reportsJobOutcome: spec.reportsJobOutcome ?? false,
      })
      .returning({ id: programs.id });
    ids.set(spec.code, row.id);
  }
  const rows: Row[] = [];
  const person = (
    code: string,
    ref: string,
    enrolledOn: string,
    exitedOn: string | null,
    extra: Partial<Row> & { gender?: Gender; areaIds?: string[] },
  ) => {
    const exited = exitedOn !== null && exitedOn < todayIso ? exitedOn : null;
    const row: Row = {
      organisationId,
      programId: ids.get(code) as string,
      ref,
      birthYear: extra.birthYear ?? 1960 + Math.floor(random() * 45),
      gender: extra.gender ?? (random() < 0.5 ? 'woman' : 'man'),
      areaId: pick(extra.areaIds?.length ? extra.areaIds : areaRows.map((a) => a.id), random),
      consentOn: enrolledOn,
      enrolledOn,
      exitedOn: exited,
      completed: exited ? (extra.completed ?? null) : null,
      outcome: exited ? (extra.outcome ?? null) : null,
      satisfaction: exited ? (extra.satisfaction ?? null) : null,
      outcomeAfter6Months:
        exited && addDays(exited, 183) < todayIso ? (extra.outcomeAfter6Months ?? null) : null,
    };
    rows.push(row);
    return row;
  };

  // Jobbpunkt: 60 coached a year. The first year is Mimer's 2020: 28 to work, seven of ten who
  // complete find work (40 completed, 28 of them to work), over 90 % satisfied.
  for (const [y, year] of years.entries()) {
    const work = y === 0 ? 28 : 25 + Math.floor(random() * 9);
    const completers = Math.max(work, Math.round(work / 0.7));
    const outcomes: { outcome: Outcome; completed: boolean }[] = [
      ...Array.from({ length: work }, () => ({ outcome: 'work' as const, completed: true })),
      ...Array.from({ length: completers - work }, () => ({
        outcome: pick(['studies', 'internship', 'other'] as const, random),
        completed: true,
      })),
      ...Array.from({ length: 60 - completers }, () => ({ outcome: 'none' as const, completed: false })),
    ];
    for (const [i, o] of shuffle(outcomes, random).entries()) {
      const enrolled = addDays(`${year}-01-05`, Math.floor(random() * 200));
      const exited = addDays(enrolled, 60 + Math.floor(random() * 100));
      person('jobbpunkt', `JP-${year}-${String(i + 1).padStart(3, '0')}`, enrolled, exited, {
        ...o,
        satisfaction: random() < 0.92 ? 4 + Math.round(random()) : 2 + Math.floor(random() * 2),
        outcomeAfter6Months:
          o.outcome === 'work'
            ? random() < 0.85
              ? 'work'
              : 'none'
            : pick(['work', 'studies', 'none'] as const, random),
      });
    }
  }

  for (const year of years) {
    // Kvinna för Bäckby: about 14 women a year in Bäckby, half to work.
    for (let i = 0; i < 12 + Math.floor(random() * 5); i++) {
      const enrolled = addDays(`${year}-02-01`, Math.floor(random() * 120));
      const done = random() < 0.8;
      person(
        'kvinna-backby',
        `KFB-${year}-${String(i + 1).padStart(2, '0')}`,
        enrolled,
        addDays(enrolled, 150),
        {
          gender: 'woman',
          areaIds: areaNamed('Bäckby'),
          completed: done,
          outcome: done
            ? random() < 0.6
              ? 'work'
              : pick(['internship', 'studies'] as const, random)
            : 'none',
          satisfaction: 3 + Math.floor(random() * 3),
        },
      );
    }
    // SummerWorks: about 40 youths, June to August.
    for (let i = 0; i < 36 + Math.floor(random() * 10); i++) {
      person(
        'summerworks',
        `SW-${year}-${String(i + 1).padStart(3, '0')}`,
        `${year}-06-15`,
        `${year}-08-10`,
        {
          birthYear: year - 16 - Math.floor(random() * 3),
          completed: random() < 0.93,
          outcome: random() < 0.8 ? 'studies' : 'work',
          satisfaction: 3 + Math.floor(random() * 3),
        },
      );
    }
    // Läxhjälpen: pupils in years 7–9 at the school with the lowest share qualifying.
    for (let i = 0; i < 26 + Math.floor(random() * 8); i++) {
      person(
        'laxhjalpen',
        `LH-${year}-${String(i + 1).padStart(3, '0')}`,
        `${year - 1}-09-01`,
        `${year}-06-10`,
        {
          birthYear: year - 14 - Math.floor(random() * 2),
          areaIds: areaNamed('Råby'),
          completed: random() < 0.85,
          outcome: random() < 0.72 ? 'studies' : 'none',
          satisfaction: 3 + Math.floor(random() * 3),
        },
      );
    }
  }
  // Alla spelar roll: a small, steady group; some leave each year.
  for (let i = 0; i < 16; i++) {
    const enrolled = addDays(`${lastYear - 3}-03-01`, Math.floor(random() * 900));
    const leaves = random() < 0.4;
    person(
      'alla-spelar-roll',
      `ASR-${String(i + 1).padStart(2, '0')}`,
      enrolled,
      leaves ? addDays(enrolled, 200 + Math.floor(random() * 400)) : null,
      {
        completed: true,
        outcome: pick(['other', 'internship', 'none'] as const, random),
        satisfaction: 4 + Math.round(random()),
      },
    );
  }

  // En frisk generation: a cohort of families a year; the middle year is the reported one —
  // 17 families, 17 adults and 44 children. The adults answer the same questions at start and end.
  const familyAnswers: {
    ref: string;
    start: string;
    end: string;
    before: Record<string, number>;
    after: Record<string, number>;
  }[] = [];
  for (const [y, year] of years.entries()) {
    const families = y === 1 ? 17 : 14 + Math.floor(random() * 6);
    let childrenLeft = y === 1 ? 44 : families * 2 + Math.floor(random() * 10);
    const familyAreas = areaNamed('Bäckby');
    for (let f = 1; f <= families; f++) {
      const enrolled = `${year}-01-20`;
      const exited = `${year}-12-10`;
      const familyRef = `EFG-${year}-F${String(f).padStart(2, '0')}`;
      const areaIds = [pick(familyAreas.length ? familyAreas : areaRows.map((a) => a.id), random)];
      person('frisk-generation', `${familyRef}-V`, enrolled, exited, {
        birthYear: 1978 + Math.floor(random() * 15),
        gender: random() < 0.75 ? 'woman' : 'man',
        areaIds,
        completed: random() < 0.9,
        outcome: 'other',
        satisfaction: 4 + Math.round(random()),
      });
      const children =
        f === families ? childrenLeft : Math.min(childrenLeft - (families - f), 1 + Math.floor(random() * 4));
      childrenLeft -= children;
      for (let c = 1; c <= children; c++) {
        person('frisk-generation', `${familyRef}-B${c}`, enrolled, exited, {
          birthYear: year - 4 - Math.floor(random() * 10),
          areaIds,
          completed: true,
          outcome: 'other',
        });
      }
      if (`${year}-12-10` < todayIso) {
        const before = Object.fromEntries(
          healthQuestions.map((q) => [q.code, clamp(q.min + (q.max - q.min) * (0.3 + random() * 0.4), q)]),
        );
        const after = Object.fromEntries(
          healthQuestions.map((q) => {
            const step = (q.max - q.min) * (0.05 + random() * 0.15) * (random() < 0.8 ? 1 : -1);
            return [q.code, clamp(before[q.code] + (q.higherIsBetter ? step : -step), q)];
          }),
        );
        familyAnswers.push({ ref: `${familyRef}-V`, start: enrolled, end: exited, before, after });
      }
    }
  }

  const inserted: { id: string; ref: string | null }[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    inserted.push(
      ...(await db
        .insert(participants)
        .values(rows.slice(i, i + 1000))
        .returning({ id: participants.id, ref: participants.ref })),
    );
  }
  const idOf = new Map(inserted.map((r) => [r.ref, r.id]));
  const [questionnaire] = await db
    .insert(questionnaires)
    .values({
      organisationId,
      programId: ids.get('frisk-generation') as string,
      name: 'Hälsa och vardag – före och efter',
      questions: healthQuestions,
    })
    .returning({ id: questionnaires.id });
  const answers = familyAnswers.flatMap((a) => {
    const participantId = idOf.get(a.ref) as string;
    return [
      {
        organisationId,
        questionnaireId: questionnaire.id,
        participantId,
        phase: 'start' as const,
        answeredOn: a.start,
        values: a.before,
      },
      {
        organisationId,
        questionnaireId: questionnaire.id,
        participantId,
        phase: 'end' as const,
        answeredOn: a.end,
        values: a.after,
      },
    ];
  });
  if (answers.length) await db.insert(questionnaireAnswers).values(answers);
}
