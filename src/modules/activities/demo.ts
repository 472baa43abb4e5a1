import type { FocusArea } from '../../core/indicators';
import type { DemoContext } from '../../core/module';
import { addDays, daysBetween, isoWeekday, swedishToday, swedishYear } from '../../shared/time';
import { areaRegister } from '../areas';
import {
  activities,
  activityAreas,
  activityEvents,
  activityFinances,
  activitySessions,
  type TargetGroup,
} from './activities.table';
import { type AgeBand, ageBands } from './counts';

type Profile = {
  name: string;
  description: string;
  focusArea: FocusArea;
  areaNames: string[];
  partners: string[];
  targetGroups: TargetGroup[];
  sdgs: number[];
  responsible: string;
  budget: number;
  place: string;
  /** Weekdays (0 = Sunday) and time. */
  weekdays: number[];
  start: string;
  end: string;
  /** Months held (1–12) and sessions per year. */
  months: number[];
  perYear: number;
  /** Mean participants and the share of women/girls. */
  mean: number;
  womenShare: number;
  /** Share of participants in each age band (the rest unknown). */
  ages: Partial<Record<AgeBand, number>>;
  public: boolean;
};

const schoolYear = [1, 2, 3, 4, 5, 9, 10, 11, 12];

/** Fictional activities after the kind Mimer reports; every name of a person is invented. */
const profiles: Profile[] = [
  {
    name: 'Mimers dansskola',
    description: 'Dans för barn och unga med ledare från en lokal dansförening. Gratis, ingen anmälan.',
    focusArea: 'gemenskap',
    areaNames: ['Bäckby centrum', 'Bäckby norra'],
    partners: ['Dansföreningen Steg (fiktiv)'],
    targetGroups: ['children', 'youths'],
    sdgs: [3, 5, 10],
    responsible: 'Leila Demosson',
    budget: 180_000,
    place: 'Bäckby träffpunkt, danssalen',
    weekdays: [3],
    start: '17:30',
    end: '19:00',
    months: schoolYear,
    perYear: 38,
    mean: 60,
    womenShare: 0.7,
    ages: { '0-12': 0.55, '13-15': 0.3, '16-19': 0.12 },
    public: true,
  },
  {
    name: 'Seniorgympa',
    description: 'Lugn gympa till musik för dig som är 65 eller äldre.',
    focusArea: 'gemenskap',
    areaNames: ['Vallby centrum', 'Pettersberg norra'],
    partners: ['PRO Västerås (fiktiv lokalavdelning)'],
    targetGroups: ['seniors'],
    sdgs: [3],
    responsible: 'Göran Exempelsson',
    budget: 40_000,
    place: 'Gemensamhetslokalen',
    weekdays: [2],
    start: '10:00',
    end: '11:00',
    months: schoolYear,
    perYear: 34,
    mean: 16,
    womenShare: 0.75,
    ages: { '26-64': 0.1, '65+': 0.9 },
    public: true,
  },
  {
    name: 'Läxhjälp i Råby',
    description: 'Läxhjälp med volontärer efter skolan. Ta med dina läxor!',
    focusArea: 'gemenskap',
    areaNames: ['Råby västra', 'Råby östra'],
    partners: ['Stiftelsen Läxhjälpen', 'Råbyskolan (fiktiv)'],
    targetGroups: ['children', 'youths'],
    sdgs: [4, 10],
    responsible: 'Samira Testlund',
    budget: 90_000,
    place: 'Råby bibliotek, studierummet',
    weekdays: [1, 4],
    start: '15:30',
    end: '17:00',
    months: schoolYear,
    perYear: 64,
    mean: 14,
    womenShare: 0.55,
    ages: { '0-12': 0.45, '13-15': 0.5 },
    public: true,
  },
  {
    name: 'Språkcafé',
    description: 'Öva svenska över en kopp kaffe. Alla nivåer välkomna.',
    focusArea: 'gemenskap',
    areaNames: ['Bäckby centrum', 'Skiljebo'],
    partners: ['Västerås stadsbibliotek (fiktiv kontakt)', 'Studieförbundet Exempel'],
    targetGroups: ['newcomers', 'women'],
    sdgs: [4, 10],
    responsible: 'Anna Påhittad',
    budget: 30_000,
    place: 'Träffpunkten',
    weekdays: [4],
    start: '18:00',
    end: '19:30',
    months: schoolYear,
    perYear: 32,
    mean: 15,
    womenShare: 0.65,
    ages: { '20-25': 0.2, '26-64': 0.7, '65+': 0.05 },
    public: true,
  },
  {
    name: 'Gårdsfest',
    description: 'Grill, lekar och musik på gården. Kom och träffa dina grannar!',
    focusArea: 'trygghet',
    areaNames: ['Bäckby södra', 'Vallby västra', 'Malmaberg', 'Hammarby'],
    partners: ['Hyresgästföreningen (fiktiv lokalförening)'],
    targetGroups: ['all'],
    sdgs: [11, 10],
    responsible: 'Tomas Prov',
    budget: 120_000,
    place: 'Innergården',
    weekdays: [6],
    start: '13:00',
    end: '16:00',
    months: [5, 6, 8, 9],
    perYear: 8,
    mean: 140,
    womenShare: 0.52,
    ages: {},
    public: true,
  },
  {
    name: 'Promenader med Stadsmissionen',
    description: 'Gemensamma promenader i området, varannan vecka.',
    focusArea: 'trygghet',
    areaNames: ['Gryta', 'Viksäng'],
    partners: ['Västerås Stadsmission'],
    targetGroups: ['all', 'seniors'],
    sdgs: [3, 11],
    responsible: 'Birgitta Fiktiv',
    budget: 10_000,
    place: 'Samling vid tvättstugan',
    weekdays: [5],
    start: '11:00',
    end: '12:00',
    months: [3, 4, 5, 6, 8, 9, 10],
    perYear: 14,
    mean: 11,
    womenShare: 0.7,
    ages: { '26-64': 0.4, '65+': 0.6 },
    public: true,
  },
  {
    name: 'En frisk generation – familjeträffar',
    description: 'Träffar för hela familjen om rörelse, mat och sömn.',
    focusArea: 'gemenskap',
    areaNames: ['Bäckby södra'],
    partners: ['En frisk generation (fiktiv lokal ledare)'],
    targetGroups: ['children', 'women', 'all'],
    sdgs: [3],
    responsible: 'Maria Demodotter',
    budget: 150_000,
    place: 'Bäckby sporthall',
    weekdays: [0],
    start: '10:00',
    end: '12:00',
    months: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12],
    perYear: 48,
    mean: 50,
    womenShare: 0.58,
    ages: { '0-12': 0.62, '13-15': 0.1, '26-64': 0.28 },
    public: false,
  },
  {
    name: 'CV-boxen och rekryteringsmässa',
    description:
      'Hjälp med CV och personligt brev, sommarjobb och en rekryteringsmässa med lokala arbetsgivare.',
    focusArea: 'arbete',
    areaNames: ['Bäckby centrum'],
    partners: ['Arbetsförmedlingen (fiktiv kontakt)', 'Lokala arbetsgivare'],
    targetGroups: ['youths', 'newcomers'],
    sdgs: [8, 10],
    responsible: 'Jonas Jobbsson',
    budget: 60_000,
    place: 'Jobbpunkten',
    weekdays: [2],
    start: '16:00',
    end: '18:00',
    months: [3, 4, 5],
    perYear: 10,
    mean: 9,
    womenShare: 0.5,
    ages: { '16-19': 0.6, '20-25': 0.4 },
    public: true,
  },
];

/** Every date of the year on the profile's weekdays (Sunday 0 … Saturday 6) and months, thinned evenly to `count`. */
function sessionDates(profile: Profile, year: number, count: number): string[] {
  const all: string[] = [];
  for (let day = `${year}-01-01`; day.startsWith(`${year}-`); day = addDays(day, 1)) {
    if (profile.weekdays.includes(isoWeekday(day) % 7) && profile.months.includes(Number(day.slice(5, 7))))
      all.push(day);
  }
  if (all.length <= count) return all;
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]);
}

/** Counts for a session: a total near the mean, split by gender and age band. */
function counts(profile: Profile, random: () => number) {
  const participants = Math.max(1, Math.round(profile.mean * (0.8 + random() * 0.4)));
  const women = Math.round(participants * profile.womenShare * (0.9 + random() * 0.2));
  const men = Math.max(
    0,
    Math.min(participants - women, Math.round((participants - women) * (0.9 + random() * 0.1))),
  );
  const ages: Record<AgeBand, number> = {
    '0-12': 0,
    '13-15': 0,
    '16-19': 0,
    '20-25': 0,
    '26-64': 0,
    '65+': 0,
  };
  let left = participants;
  for (const band of ageBands) {
    const n = Math.min(left, Math.round(participants * (profile.ages[band] ?? 0)));
    ages[band] = n;
    left -= n;
  }
  return {
    participants,
    women: Math.min(women, participants),
    men,
    other: participants - Math.min(women, participants) - men,
    age0to12: ages['0-12'],
    age13to15: ages['13-15'],
    age16to19: ages['16-19'],
    age20to25: ages['20-25'],
    age26to64: ages['26-64'],
    age65plus: ages['65+'],
  };
}

/** CV-boxen's results: the first demo year has Mimer's 2020 figures, later years vary around them. */
function cvBoxCounters(first: boolean, random: () => number) {
  const vary = (n: number) => (first ? n : Math.round(n * (0.85 + random() * 0.3)));
  return {
    cv: {
      cvs_and_letters: vary(35),
      applications_summer_entrepreneurs: vary(40),
      career_page_signups: vary(91),
      applications_ikea: vary(45),
      called_to_interview: vary(9),
    },
    fair: { exhibitors: vary(20), visitors: first ? 104 : vary(104) },
  };
}

/** Activities, about three years of sessions up to today, planned sessions ahead, and CV-boxen's events. */
export async function seedActivitiesDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId, random, today } = ctx;
  const areas = areaRegister(db, organisationId);
  const areaRows = await db.select({ id: areas.id, name: areas.name }).from(areas);
  if (!areaRows.length) return;
  const areaId = (name: string, i: number) =>
    areaRows.find((a) => a.name === name)?.id ?? areaRows[i % areaRows.length].id;
  const todayIso = swedishToday(today);
  const horizon = addDays(todayIso, 8 * 7);
  const lastYear = swedishYear(today);
  const sessions: (typeof activitySessions.$inferInsert)[] = [];

  for (const [index, profile] of profiles.entries()) {
    const [activity] = await db
      .insert(activities)
      .values({
        organisationId,
        name: profile.name,
        description: profile.description,
        focusArea: profile.focusArea,
        partners: profile.partners,
        targetGroups: profile.targetGroups,
        sdgs: profile.sdgs,
        responsiblePerson: profile.responsible,
        public: profile.public,
        defaultPlace: profile.place,
      })
      .returning();
    const ids = [...new Set(profile.areaNames.map((name, i) => areaId(name, index + i)))];
    // A budget a year; the cost lands near it, and this year's is the cost so far.
    const yearShare = daysBetween(`${lastYear}-01-01`, todayIso) / 365;
    await db.insert(activityFinances).values(
      [lastYear - 2, lastYear - 1, lastYear].map((year) => ({
        organisationId,
        activityId: activity.id,
        year,
        budget: profile.budget,
        cost: Math.round(profile.budget * (0.85 + random() * 0.2) * (year === lastYear ? yearShare : 1)),
      })),
    );
    await db
      .insert(activityAreas)
      .values(ids.map((id) => ({ organisationId, activityId: activity.id, areaId: id })));
    for (let year = lastYear - 2; year <= lastYear + 1; year++) {
      const dates = sessionDates(profile, year, profile.perYear);
      for (const [i, date] of dates.entries()) {
        if (date > horizon) break;
        const held = date < todayIso;
        sessions.push({
          organisationId,
          activityId: activity.id,
          areaId: ids[i % ids.length],
          date,
          startTime: profile.start,
          endTime: profile.end,
          place: profile.place,
          ...(held ? counts(profile, random) : { participants: null }),
          newParticipants: null,
        });
      }
    }
    if (profile.name.startsWith('CV-boxen')) {
      for (let year = lastYear - 2; year <= lastYear; year++) {
        const c = cvBoxCounters(year === lastYear - 2, random);
        const events = [
          { name: `CV-boxen ${year}`, date: `${year}-05-15`, counters: c.cv },
          { name: `Rekryteringsmässa ${year}`, date: `${year}-09-20`, counters: c.fair },
        ].filter((e) => e.date < todayIso);
        if (events.length) {
          await db
            .insert(activityEvents)
            .values(events.map((e) => ({ ...e, organisationId, activityId: activity.id, areaId: ids[0] })));
        }
      }
    }
  }
  for (let i = 0; i < sessions.length; i += 1000)
    await db.insert(activitySessions).values(sessions.slice(i, i + 1000));
}
