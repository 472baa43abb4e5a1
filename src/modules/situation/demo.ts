import { and, eq, inArray, sql } from 'drizzle-orm';
import { userDirectory } from '../../core/auth/users';
import type { DemoContext, DemoUser } from '../../core/module';
import { addDays, swedishToday } from '../../shared/time';
import { areaRegister, householdsByArea, type PolygonGeometry } from '../areas';
import { areaRisk, model } from './demo-model';
import { proposeGrade } from './grading';
import {
  estCoordinators,
  estWeeks,
  incidentCategories,
  type incidentReports,
  nothingToReport,
  type PartnerKind,
  partnerOrganisations,
  weeklyGrades,
  weeklyPriorities,
} from './situation.table';
import { addWeeks, isoWeekOf, weekDays } from './week';

/** Fictional EST partners of the demo company. Names match the demo users' partner organisations. */
const demoPartners: { name: string; kind: PartnerKind; contactEmail?: string }[] = [
  { name: 'Polisen Västerås', kind: 'police' },
  { name: 'Västerås stad, fritid', kind: 'municipality_unit', contactEmail: 'fritid@demo.grannskap.se' },
  { name: 'Västerås stad, park och gata', kind: 'municipality_unit' },
  { name: 'Västerås stad, socialtjänst', kind: 'municipality_unit' },
  { name: 'Västerås stad, trygghet och säkerhet', kind: 'municipality_unit' },
  { name: 'Trygga Vakter AB', kind: 'security_firm', contactEmail: 'larmcentral@demo.grannskap.se' },
  { name: 'Fastighets AB Bäcken', kind: 'other_landlord' },
];

/** The demo sign-ins of this module's partners (created by the users module's demo). */
export const situationDemoUsers: (DemoUser & { coordinator?: boolean })[] = [
  {
    email: 'vakt@demo.grannskap.se',
    name: 'Viktor Vaktsson',
    role: 'partner',
    partnerOrganisation: 'Trygga Vakter AB',
  },
  {
    email: 'socialtjanst@demo.grannskap.se',
    name: 'Siv Socialsson',
    role: 'partner',
    partnerOrganisation: 'Västerås stad, socialtjänst',
  },
  // The municipality's crime-prevention coordinator, listed as EST coordinator (not by role).
  {
    email: 'samordnare@demo.grannskap.se',
    name: 'Sara Samordnare',
    role: 'partner',
    partnerOrganisation: 'Västerås stad, trygghet och säkerhet',
    coordinator: true,
  },
];

function poisson(random: () => number, lambda: number): number {
  // Knuth's method: fine for the small weekly rates here.
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

const owners = [
  'Trygghetsvärdar',
  'Polisen Västerås',
  'Västerås stad, fritid',
  'Västerås stad, park och gata',
  'Områdeschef',
  'Trygga Vakter AB',
];
const priorityTexts = [
  'Extra rondering kvällstid vid centrumtorget',
  'Åtgärda belysning längs gångvägen',
  'Fältassistenter på plats fredag och lördag kväll',
  'Klottersanering inom 24 timmar',
  'Polisen prioriterar området i sin planering',
  'Beskär buskage vid entréerna',
  'Dialog med föreningen om aktiviteter på lovet',
];

/** The coordinator among the demo partners is listed as EST coordinator (the users demo made the user). */
async function markCoordinators({ db, organisationId }: DemoContext): Promise<void> {
  const emails = situationDemoUsers.filter((u) => u.coordinator).map((u) => u.email);
  const people = userDirectory(db, organisationId);
  const rows = await db.select({ id: people.id }).from(people).where(inArray(people.email, emails));
  if (rows.length)
    await db.insert(estCoordinators).values(rows.map((u) => ({ organisationId, userId: u.id })));
}

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** What the demo's weeks are made from: the areas, who reports, and the categories by code. */
type DemoWorld = {
  ctx: DemoContext;
  areaRows: { id: string; code: string; geometry: PolygonGeometry | null }[];
  households: Map<string, number>;
  partnerIds: string[];
  sourceId: Map<string, string>;
  categoryId: Map<string, string>;
  todayIso: string;
};

/** The rows the demo's weeks add up to, inserted together at the end. */
type DemoRows = {
  reports: Insert<typeof incidentReports>[];
  nothing: Insert<typeof nothingToReport>[];
  grades: Insert<typeof weeklyGrades>[];
  priorities: Insert<typeof weeklyPriorities>[];
  weekRows: Insert<typeof estWeeks>[];
};

/** Three years of EST weeks for the demo areas: reports, grades, priorities, reminders answered. */
export async function seedSituationDemo(ctx: DemoContext): Promise<void> {
  const world = await demoWorld(ctx);
  const { organisationId, random } = ctx;
  const currentWeek = isoWeekOf(ctx.today);
  const weeks: string[] = [];
  for (let w = addWeeks(currentWeek, -156); w <= currentWeek; w = addWeeks(w, 1)) weeks.push(w);
  const rows: DemoRows = { reports: [], nothing: [], grades: [], priorities: [], weekRows: [] };
  const history = new Map<string, number[]>(world.areaRows.map((a) => [a.id, []]));
  for (const week of weeks) {
    const isCurrent = week === currentWeek;
    const { counts, reportedBy } = weekReports(world, week, isCurrent, rows.reports);
    for (const partnerId of world.partnerIds) {
      if (!reportedBy.has(partnerId) && !isCurrent && random() < 0.8) {
        rows.nothing.push({ organisationId, week, sourceId: partnerId });
      }
    }
    if (isCurrent) continue;
    rows.weekRows.push({
      organisationId,
      week,
      compiledAt: new Date(`${weekDays(week).last}T15:00:00Z`),
      compiledBy: 'Anton Analys',
    });
    const ranked = weekGrades(world, week, counts, history, rows.grades);
    const age = weeks.indexOf(currentWeek) - weeks.indexOf(week);
    weekPriorities(world, week, age, ranked, rows.priorities);
  }
  await insertDemoRows(ctx, rows);
}

/** The partners, categories and areas the weeks are made of (the partners inserted here). */
async function demoWorld(ctx: DemoContext): Promise<DemoWorld> {
  const { db, organisationId } = ctx;
  const partnerRows = await db
    .insert(partnerOrganisations)
    .values(demoPartners.map((p) => ({ ...p, organisationId, contactEmail: p.contactEmail ?? null })))
    .returning();
  const [housing] = await db
    .select()
    .from(partnerOrganisations)
    .where(
      and(
        eq(partnerOrganisations.organisationId, organisationId),
        eq(partnerOrganisations.kind, 'housing_company'),
      ),
    );
  const sourceId = new Map(partnerRows.map((p) => [p.name, p.id]));
  sourceId.set('housing', housing.id);
  await markCoordinators(ctx);
  const categoryRows = await db
    .select()
    .from(incidentCategories)
    .where(eq(incidentCategories.organisationId, organisationId));
  const areas = areaRegister(db, organisationId);
  const areaRows = await db.select({ id: areas.id, code: areas.code, geometry: areas.geometry }).from(areas);
  return {
    ctx,
    areaRows,
    households: await householdsByArea(db, organisationId),
    partnerIds: [...partnerRows, housing].map((p) => p.id),
    sourceId,
    categoryId: new Map(categoryRows.map((c) => [c.code, c.id])),
    todayIso: swedishToday(ctx.today),
  };
}

/** A week's reports of every area by the model; the counts per area (positive ones left out) and who reported. */
function weekReports(world: DemoWorld, week: string, isCurrent: boolean, reports: DemoRows['reports']) {
  const { organisationId, random } = world.ctx;
  const weekNo = Number(week.slice(6));
  const { first } = weekDays(week);
  const reportedBy = new Set<string>();
  const counts = new Map<string, number>();
  for (const area of world.areaRows) {
    const scale = ((world.households.get(area.id) ?? 0) / 1000) * areaRisk(area.code);
    const ring = area.geometry?.type === 'Polygon' ? area.geometry.coordinates[0] : null;
    for (const [code, m] of Object.entries(model)) {
      const n = poisson(random, m.rate * m.season(weekNo) * scale);
      for (let i = 0; i < n; i++) {
        // Gatherings and fires come at weekends more often.
        const offset =
          code === 'gatherings' || code === 'fire'
            ? pick(random, [4, 5, 5, 6, 6, 2])
            : Math.floor(random() * 7);
        const date = addDays(first, offset);
        if (date > world.todayIso) continue;
        const source = pick(random, m.sources);
        reportedBy.add(world.sourceId.get(source)!);
        const { lat, lon } = ring && random() < 0.6 ? pointIn(random, ring) : { lat: null, lon: null };
        const count = m.max ? 1 + Math.floor(random() * m.max) : 1;
        if (code !== 'positive') counts.set(area.id, (counts.get(area.id) ?? 0) + count);
        reports.push({
          organisationId,
          week,
          date,
          timeOfDay: pick(random, m.times),
          areaId: area.id,
          placeType: pick(random, m.places),
          lat,
          lon,
          categoryId: world.categoryId.get(code)!,
          count,
          description: pick(random, m.texts),
          sourceId: world.sourceId.get(source)!,
          restricted: random() < (m.restricted ?? 0),
          status: isCurrent ? 'submitted' : 'compiled',
        });
      }
    }
  }
  return { counts, reportedBy };
}

/** A random point in the outline's bounding box. */
function pointIn(random: () => number, ring: number[][]) {
  const lons = ring.map((c) => c[0]);
  const lats = ring.map((c) => c[1]);
  const lon = Math.min(...lons) + random() * (Math.max(...lons) - Math.min(...lons));
  const lat = Math.min(...lats) + random() * (Math.max(...lats) - Math.min(...lats));
  return { lat, lon };
}

/** Grades: the proposal, with the coordinator's judgement now and then one step either way. Highest first. */
function weekGrades(
  world: DemoWorld,
  week: string,
  counts: Map<string, number>,
  history: Map<string, number[]>,
  grades: DemoRows['grades'],
) {
  const { organisationId, random } = world.ctx;
  const ranked: { areaId: string; level: number }[] = [];
  for (const area of world.areaRows) {
    const past = history.get(area.id)!;
    const observed = counts.get(area.id) ?? 0;
    const proposal = proposeGrade(observed, past.slice(-12));
    let level = proposal.level;
    const r = random();
    if (r < 0.08 && level < 4) level++;
    else if (r < 0.16 && level > 1) level--;
    past.push(observed);
    ranked.push({ areaId: area.id, level });
    grades.push({
      organisationId,
      week,
      areaId: area.id,
      level,
      proposedLevel: proposal.level,
      rationale:
        level === 1
          ? 'Lugnt, inga avvikelser mot normalläget.'
          : `${observed} händelser mot normalt ${proposal.baselineMean.toFixed(1).replace('.', ',')} per vecka; ${level >= 3 ? 'flera aktörer ser samma mönster' : 'följs upp nästa vecka'}.`,
      setByName: 'Anton Analys',
      setAt: new Date(`${weekDays(week).last}T14:00:00Z`),
    });
  }
  return ranked.sort((a, b) => b.level - a.level);
}

/** One to three priorities for the week after, on the highest-graded areas; older ones mostly done. */
function weekPriorities(
  world: DemoWorld,
  week: string,
  age: number,
  ranked: { areaId: string; level: number }[],
  priorities: DemoRows['priorities'],
) {
  const { organisationId, random } = world.ctx;
  for (const [i, top] of ranked.slice(0, 1 + Math.floor(random() * 3)).entries()) {
    const done = age > 3 ? random() < 0.93 : random() < 0.3;
    priorities.push({
      organisationId,
      decidedWeek: week,
      week: addWeeks(week, 1),
      kind: i === 0 && top.level >= 2 ? 'hotspot' : 'priority',
      areaId: top.areaId,
      placeType: pick(random, ['square', 'path', 'courtyard', 'parking']),
      description: pick(random, priorityTexts),
      owner: pick(random, owners),
      done,
      doneAt: done ? new Date(`${weekDays(addWeeks(week, 1)).last}T12:00:00Z`) : null,
    });
  }
}

async function insertDemoRows({ db }: DemoContext, rows: DemoRows) {
  // One statement per 5,000 reports, the rows passed as one JSON parameter: far faster than
  // binding 21 parameters a row (PGlite spends its time there).
  for (let i = 0; i < rows.reports.length; i += 5000) {
    const batch = rows.reports.slice(i, i + 5000).map((r) => ({
      organisation_id: r.organisationId,
      week: r.week,
      date: r.date,
      time_of_day: r.timeOfDay,
      area_id: r.areaId,
      place_type: r.placeType,
      lat: r.lat,
      lon: r.lon,
      category_id: r.categoryId,
      count: r.count,
      description: r.description,
      source_id: r.sourceId,
      restricted: r.restricted,
      status: r.status,
    }));
    await db.execute(sql`
      insert into situation_incident_reports
        (organisation_id, week, date, time_of_day, area_id, place_type, lat, lon, category_id, count,
         description, source_id, restricted, status)
      select organisation_id, week, date, time_of_day, area_id, place_type, lat, lon, category_id, count,
         description, source_id, restricted, status
      from json_populate_recordset(null::situation_incident_reports, ${JSON.stringify(batch)}::json)`);
  }
  for (let i = 0; i < rows.nothing.length; i += 1000)
    await db.insert(nothingToReport).values(rows.nothing.slice(i, i + 1000));
  for (let i = 0; i < rows.grades.length; i += 1000)
    await db.insert(weeklyGrades).values(rows.grades.slice(i, i + 1000));
  for (let i = 0; i < rows.priorities.length; i += 1000)
    await db.insert(weeklyPriorities).values(rows.priorities.slice(i, i + 1000));
  for (let i = 0; i < rows.weekRows.length; i += 1000)
    await db.insert(estWeeks).values(rows.weekRows.slice(i, i + 1000));
}
