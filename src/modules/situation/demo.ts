import { and, eq, sql } from 'drizzle-orm';
import { systemActor } from '../../core/auth/access';
import { addDays, swedishToday } from '../../core/local-time';
import type { DemoContext } from '../../core/module';
import { areas, properties } from '../areas';
import { createUser, demoPassword } from '../users';
import { ensureDefaults } from './config.service';
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

/** Extra demo sign-ins this module adds (same password as every demo user). */
export const situationDemoUsers: {
  email: string;
  name: string;
  partnerOrganisation: string;
  coordinator?: boolean;
}[] = [
  { email: 'vakt@demo.grannskap.se', name: 'Viktor Vaktsson', partnerOrganisation: 'Trygga Vakter AB' },
  {
    email: 'socialtjanst@demo.grannskap.se',
    name: 'Siv Socialsson',
    partnerOrganisation: 'Västerås stad, socialtjänst',
  },
  // The municipality's crime-prevention coordinator, listed as EST coordinator (not by role).
  {
    email: 'samordnare@demo.grannskap.se',
    name: 'Sara Samordnare',
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

/** Three years of EST weeks for the demo areas: reports, grades, priorities, reminders answered. */
export async function seedSituationDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId, random } = ctx;
  await ensureDefaults(db, organisationId);
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
  const system = systemActor(organisationId, 'demo');
  for (const { coordinator, ...u } of situationDemoUsers) {
    const user = await createUser({ db }, system, {
      ...u,
      role: 'partner',
      language: 'sv',
      areaIds: [],
      password: demoPassword,
    });
    if (coordinator) await db.insert(estCoordinators).values({ organisationId, userId: user.id });
  }

  const categoryRows = await db
    .select()
    .from(incidentCategories)
    .where(eq(incidentCategories.organisationId, organisationId));
  const categoryId = new Map(categoryRows.map((c) => [c.code, c.id]));
  const areaRows = await db
    .select({ id: areas.id, code: areas.code, geometry: areas.geometry })
    .from(areas)
    .where(eq(areas.organisationId, organisationId));
  const propertyRows = await db
    .select({ areaId: properties.areaId, households: properties.households })
    .from(properties)
    .where(eq(properties.organisationId, organisationId));
  const households = new Map<string, number>();
  for (const p of propertyRows) households.set(p.areaId, (households.get(p.areaId) ?? 0) + p.households);

  const todayIso = swedishToday(ctx.today);
  const currentWeek = isoWeekOf(ctx.today);
  const firstWeek = addWeeks(currentWeek, -156);
  const weeks: string[] = [];
  for (let w = firstWeek; w <= currentWeek; w = addWeeks(w, 1)) weeks.push(w);

  const reports: (typeof incidentReports.$inferInsert)[] = [];
  const nothing: (typeof nothingToReport.$inferInsert)[] = [];
  const grades: (typeof weeklyGrades.$inferInsert)[] = [];
  const priorities: (typeof weeklyPriorities.$inferInsert)[] = [];
  const weekRows: (typeof estWeeks.$inferInsert)[] = [];
  const history = new Map<string, number[]>(areaRows.map((a) => [a.id, []]));

  for (const week of weeks) {
    const weekNo = Number(week.slice(6));
    const { first } = weekDays(week);
    const reportedBy = new Set<string>();
    const isCurrent = week === currentWeek;
    const counts = new Map<string, number>();
    for (const area of areaRows) {
      const scale = ((households.get(area.id) ?? 0) / 1000) * areaRisk(area.code);
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
          if (date > todayIso) continue;
          const source = pick(random, m.sources);
          reportedBy.add(sourceId.get(source)!);
          let lat: number | null = null;
          let lon: number | null = null;
          if (ring && random() < 0.6) {
            const lons = ring.map((c) => c[0]);
            const lats = ring.map((c) => c[1]);
            lon = Math.min(...lons) + random() * (Math.max(...lons) - Math.min(...lons));
            lat = Math.min(...lats) + random() * (Math.max(...lats) - Math.min(...lats));
          }
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
            categoryId: categoryId.get(code)!,
            count,
            description: pick(random, m.texts),
            sourceId: sourceId.get(source)!,
            restricted: random() < (m.restricted ?? 0),
            status: isCurrent ? 'submitted' : 'compiled',
          });
        }
      }
    }
    for (const partner of [...partnerRows, housing]) {
      if (!reportedBy.has(partner.id) && !isCurrent && random() < 0.8) {
        nothing.push({ organisationId, week, sourceId: partner.id });
      }
    }
    if (isCurrent) continue;
    weekRows.push({
      organisationId,
      week,
      compiledAt: new Date(`${weekDays(week).last}T15:00:00Z`),
      compiledBy: 'Anton Analys',
    });
    // Grades: the proposal, with the coordinator's judgement now and then one step either way.
    const ranked: { areaId: string; level: number }[] = [];
    for (const area of areaRows) {
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
    ranked.sort((a, b) => b.level - a.level);
    const age = weeks.indexOf(currentWeek) - weeks.indexOf(week);
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
  // One statement per 5,000 reports, the rows passed as one JSON parameter: far faster than
  // binding 21 parameters a row (PGlite spends its time there).
  for (let i = 0; i < reports.length; i += 5000) {
    const rows = reports.slice(i, i + 5000).map((r) => ({
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
      from json_populate_recordset(null::situation_incident_reports, ${JSON.stringify(rows)}::json)`);
  }
  for (let i = 0; i < nothing.length; i += 1000)
    await db.insert(nothingToReport).values(nothing.slice(i, i + 1000));
  for (let i = 0; i < grades.length; i += 1000)
    await db.insert(weeklyGrades).values(grades.slice(i, i + 1000));
  for (let i = 0; i < priorities.length; i += 1000)
    await db.insert(weeklyPriorities).values(priorities.slice(i, i + 1000));
  if (weekRows.length) {
    for (let i = 0; i < weekRows.length; i += 1000)
      await db.insert(estWeeks).values(weekRows.slice(i, i + 1000));
  }
}
