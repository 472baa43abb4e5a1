import { eq, inArray } from 'drizzle-orm';
import { userAreaLinks, userDirectory } from '../../core/auth/users';
import type { DemoContext } from '../../core/module';
import { addDays, isoWeekday, localToInstant, swedishToday } from '../../shared/time';
import { areaRegister, propertyRegister } from '../areas';
import { highFindingDueDays } from './actions.service';
import { daysBetween } from './follow-up';
import {
  actionHistory,
  actions,
  areaManagers,
  checklistTemplates,
  findings,
  presenceShifts,
  rounds,
  safetyWalks,
} from './rounds.table';
import type { Answer } from './templates';
import type { ActionStatus, Severity } from './vocabulary';

async function insertInBatches<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** What caretakers typically write, per checklist item (fictional). */
const notesByItem: Record<string, string[]> = {
  lighting: [
    'Lysrör trasigt',
    'Belysningen blinkar',
    'Armatur saknar kupa',
    'Mörkt vid entrén, lampa trasig',
  ],
  doors_locks: ['Porten stänger inte helt', 'Låset kärvar', 'Dörrstängaren trasig'],
  doors: ['Dörren till förrådsgången står uppställd', 'Dörrblad skadat'],
  locks: ['Förrådslås uppbrutet', 'Låscylinder sitter löst'],
  fire_hazards: [
    'Barnvagnar i trapphuset',
    'Kartonger i källargången',
    'Möbler framför branddörren',
    'Cyklar i trapphuset',
  ],
  cleanliness: ['Nedskräpat vid trappan', 'Spill på golvet', 'Fimpar vid entrén'],
  graffiti: ['Klotter på väggen plan 2', 'Klotter på porten', 'Taggar i hissen'],
  machines: ['Tvättmaskin 2 ur funktion', 'Torktumlaren luktar bränt'],
  booking: ['Bokningstavlan trasig'],
  sorting: ['Felsorterat i pappersinsamlingen', 'Kärlen överfulla'],
  vegetation: [
    'Buskar skymmer gångvägen',
    'Häcken skymmer sikten vid lekplatsen',
    'Träd skuggar belysningen',
  ],
  playground: ['Gungan har lös kedja', 'Sand saknas i sandlådan'],
  bicycle_parking: ['Övergivna cyklar', 'Cykelställ trasigt'],
  paths: ['Gropar i gångvägen', 'Trasig kantsten'],
  entry_phone: ['Porttelefonen fungerar inte', 'Namntavlan saknar namn'],
};

const ambassadors = ['Elin Sommar', 'Yusuf Ambassadör', 'Nora Kvällsvärd', 'Liam Trygghet'];

/**
 * Three years of rounds, findings and actions (some overdue), safety walks with repeat walks and
 * public follow-up, and presence shifts of safety hosts and summer safety ambassadors.
 */
export async function seedRoundsDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId: org, random } = ctx;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const today = swedishToday(ctx.today);
  const start = addDays(today, -3 * 365);
  const templates = await db
    .select()
    .from(checklistTemplates)
    .where(eq(checklistTemplates.organisationId, org));
  const areas = areaRegister(db, org);
  const areaRows = await db.select({ id: areas.id, name: areas.name, code: areas.code }).from(areas);
  const properties = propertyRegister(db, org);
  const propertyRows = await db
    .select({ id: properties.id, areaId: properties.areaId, code: properties.code })
    .from(properties);
  const people = userDirectory(db, org);
  const staff = await db
    .select({ id: people.id, name: people.name, role: people.role })
    .from(people)
    .where(inArray(people.role, ['admin', 'host']));
  const hosts = staff.filter((u) => u.role === 'host');
  // Hosts own actions only in their own areas (the service refuses anything else).
  const links = await userAreaLinks(db, org);
  const hostAreaIds = new Map<string, string[]>();
  for (const l of links) hostAreaIds.set(l.userId, [...(hostAreaIds.get(l.userId) ?? []), l.areaId]);
  const hostsOf = (areaId: string) => hosts.filter((h) => hostAreaIds.get(h.id)?.includes(areaId));
  const manager = staff.find((u) => u.role === 'admin');
  if (!areaRows.length || !propertyRows.length) return;
  const caretakers = ['Kim Kvartersvärd', 'Maria Fastighetsskötare', 'Ali Kvartersvärd', 'Johan Drift'];

  if (manager) {
    await db
      .insert(areaManagers)
      .values(areaRows.map((a) => ({ organisationId: org, areaId: a.id, userId: manager.id })))
      .onConflictDoNothing();
  }

  // Rounds: about one a week per area, each a random checklist at a random property of the area.
  type RoundRow = typeof rounds.$inferInsert;
  type FindingRow = typeof findings.$inferInsert;
  const roundRows: RoundRow[] = [];
  const findingRows: (FindingRow & { label: string })[] = [];
  const propertiesOf = new Map<string, typeof propertyRows>();
  for (const p of propertyRows) propertiesOf.set(p.areaId, [...(propertiesOf.get(p.areaId) ?? []), p]);
  for (const area of areaRows) {
    const own = propertiesOf.get(area.id);
    if (!own?.length) continue;
    const local = hostsOf(area.id);
    for (let day = start; day <= today; day = addDays(day, 5 + Math.floor(random() * 5))) {
      const template = pick(templates);
      const property = pick(own);
      const answers: Record<string, Answer> = {};
      const id = crypto.randomUUID();
      for (const item of template.items) {
        const r = random();
        answers[item.key] = r < 0.16 ? 'finding' : r < 0.22 ? 'na' : 'ok';
        if (answers[item.key] !== 'finding') continue;
        const s = random();
        const severity: Severity = s < 0.1 ? 'high' : s < 0.45 ? 'medium' : 'low';
        const note = pick(notesByItem[item.key] ?? ['Behöver åtgärdas']);
        findingRows.push({
          organisationId: org,
          clientId: crypto.randomUUID(),
          roundId: id,
          areaId: area.id,
          propertyId: property.id,
          itemKey: item.key,
          severity,
          note,
          staircase: pick(['A', 'B', 'C', null]),
          floor: pick(['0', '1', '2', '3', '-1', null]),
          foundOn: day,
          createdBy: local.length && random() < 0.4 ? pick(local).name : pick(caretakers),
          label: `${item.label.sv}: ${note}`,
        });
      }
      const person = local.length && random() < 0.4 ? pick(local) : null;
      roundRows.push({
        id,
        organisationId: org,
        clientId: crypto.randomUUID(),
        templateId: template.id,
        areaId: area.id,
        propertyId: property.id,
        walkedOn: day,
        userId: person?.id ?? null,
        personName: person?.name ?? pick(caretakers),
        answers,
        completedAt: new Date(`${day}T12:00:00Z`),
      });
    }
  }
  await insertInBatches(roundRows, (c) => db.insert(rounds).values(c));
  const insertedFindings: { id: string; row: (typeof findingRows)[number] }[] = [];
  for (let i = 0; i < findingRows.length; i += 500) {
    const chunk = findingRows.slice(i, i + 500);
    const ids = await db
      .insert(findings)
      .values(chunk.map(({ label: _l, ...f }) => f))
      .returning({ id: findings.id });
    for (const [j, r] of ids.entries()) insertedFindings.push({ id: r.id, row: chunk[j] });
  }

  // Actions: every high finding, and about half of the medium ones.
  type ActionRow = typeof actions.$inferInsert;
  const actionRows: ActionRow[] = [];
  for (const { id, row } of insertedFindings) {
    if (row.severity === 'low' || (row.severity === 'medium' && random() < 0.5)) continue;
    const createdOn = row.foundOn;
    const dueOn = addDays(createdOn, row.severity === 'high' ? highFindingDueDays : 30);
    const age = daysBetween(createdOn, today);
    // Actions older than four months are closed; recent ones mostly open, some past their due date.
    const closeAfter = Math.round(3 + random() * (row.severity === 'high' ? 20 : 45));
    const closed = closeAfter < age && (age > 120 || random() < 0.85);
    const status: ActionStatus = closed
      ? random() < 0.08
        ? 'wont_do'
        : 'done'
      : random() < 0.5
        ? 'in_progress'
        : 'open';
    const local = hostsOf(row.areaId);
    const owner = local.length && random() < 0.5 ? pick(local) : manager;
    actionRows.push({
      organisationId: org,
      findingId: id,
      areaId: row.areaId,
      title: row.label,
      ownerUserId: owner?.id ?? null,
      ownerName: owner?.name ?? null,
      dueOn,
      status,
      wontDoReason: status === 'wont_do' ? 'Fastighetsägarens ansvar, anmält vidare' : null,
      createdOn,
      closedOn: closed ? addDays(createdOn, closeAfter) : null,
    });
  }

  // Safety walks: two a year in rotating areas, each repeated a few months later.
  const walkAreas = areaRows.slice(0, 6);
  const walkFindingRows: FindingRow[] = [];
  const walkActions: {
    findingClientId: string;
    title: string;
    publicText: string;
    publicTextEn: string;
    done: boolean;
    walkOn: string;
    areaId: string;
  }[] = [];
  const walkProblems = [
    {
      note: 'Mörk gångtunnel under vägen',
      action: 'Byta och lägga till armaturer i gångtunneln',
      publicText: 'Vi har satt upp ny och starkare belysning i gångtunneln.',
      publicTextEn: 'We have put up new, brighter lighting in the underpass.',
    },
    {
      note: 'Buskar skymmer sikten vid busshållplatsen',
      action: 'Beskära buskar vid hållplatsen',
      publicText: 'Vi har klippt ner buskarna vid busshållplatsen så att man ser bättre.',
      publicTextEn: 'We have cut back the bushes at the bus stop so that you can see better.',
    },
    {
      note: 'Otrygg parkering, trasig belysning',
      action: 'Laga belysningen på parkeringen',
      publicText: 'Belysningen på parkeringen är lagad.',
      publicTextEn: 'The lighting in the car park has been repaired.',
    },
    {
      note: 'Klotter och skräp vid miljöboden',
      action: 'Sanera klotter och städa vid miljöboden',
      publicText: 'Klottret vid miljöboden är borttaget och platsen städad.',
      publicTextEn: 'The graffiti at the waste room has been removed and the place cleaned.',
    },
    {
      note: 'Ungdomar saknar en plats att vara på kvällar',
      action: 'Utreda mötesplats med kommunens fritidsgård',
      publicText: 'Fritidsgården har öppet fler kvällar i veckan.',
      publicTextEn: 'The youth centre is open more evenings a week.',
    },
  ];
  const walkRows: (typeof safetyWalks.$inferInsert)[] = [];
  const startYear = Number(start.slice(0, 4));
  const endYear = Number(today.slice(0, 4));
  let n = 0;
  for (let year = startYear; year <= endYear; year++) {
    for (const month of ['04', '10']) {
      const walkOn = `${year}-${month}-${String(10 + Math.floor(random() * 10)).padStart(2, '0')}`;
      if (walkOn < start || walkOn > today) continue;
      const area = walkAreas[n++ % walkAreas.length];
      const id = crypto.randomUUID();
      const participants = [
        { kind: 'tenants' as const, organisation: null, count: 6 + Math.floor(random() * 18) },
        { kind: 'housing_company' as const, organisation: null, count: 3 },
        { kind: 'municipality' as const, organisation: 'Västerås stad', count: 1 + Math.floor(random() * 2) },
        { kind: 'police' as const, organisation: 'Polisen Västerås', count: 1 },
      ];
      walkRows.push({
        id,
        organisationId: org,
        clientId: crypto.randomUUID(),
        areaId: area.id,
        title: `Trygghetsvandring ${area.name}`,
        route: 'Torget – gångvägen mot skolan – lekplatsen – parkeringen – miljöboden',
        participants,
        introductionOn: addDays(walkOn, -14),
        walkOn,
        feedbackOn: addDays(walkOn, 21) <= today ? addDays(walkOn, 21) : null,
        summary:
          'Deltagarna gick rundan i skymningen och pekade ut platser som känns otrygga och platser som fungerar bra.',
      });
      const repeatOn = addDays(walkOn, 120);
      if (repeatOn <= today) {
        walkRows.push({
          organisationId: org,
          clientId: crypto.randomUUID(),
          areaId: area.id,
          title: `Uppföljande trygghetsvandring ${area.name}`,
          route: 'Samma runda som förra gången',
          participants: [
            { kind: 'tenants', organisation: null, count: 4 + Math.floor(random() * 10) },
            { kind: 'housing_company', organisation: null, count: 2 },
          ],
          introductionOn: null,
          walkOn: repeatOn,
          feedbackOn: null,
          summary: 'Vi gick samma runda och såg vad som har gjorts.',
          repeatOfId: id,
        });
      }
      walkFindingRows.push({
        organisationId: org,
        clientId: crypto.randomUUID(),
        walkId: id,
        areaId: area.id,
        positive: true,
        note: 'Den nya belysningen vid lekplatsen upplevs trygg',
        foundOn: walkOn,
        createdBy: 'demo',
      });
      for (const problem of [pick(walkProblems), pick(walkProblems)]) {
        const clientId = crypto.randomUUID();
        walkFindingRows.push({
          organisationId: org,
          clientId,
          walkId: id,
          areaId: area.id,
          severity: random() < 0.5 ? 'high' : 'medium',
          note: problem.note,
          foundOn: walkOn,
          createdBy: 'demo',
        });
        walkActions.push({
          findingClientId: clientId,
          title: problem.action,
          publicText: problem.publicText,
          publicTextEn: problem.publicTextEn,
          done: daysBetween(walkOn, today) > 60,
          walkOn,
          areaId: area.id,
        });
      }
    }
  }
  // Originals first, so a repeat walk never points at a walk not yet stored.
  await db.insert(safetyWalks).values(walkRows.filter((w) => !w.repeatOfId));
  const repeats = walkRows.filter((w) => w.repeatOfId);
  if (repeats.length) await db.insert(safetyWalks).values(repeats);
  if (walkFindingRows.length) {
    const stored = await db
      .insert(findings)
      .values(walkFindingRows)
      .returning({ id: findings.id, clientId: findings.clientId });
    const idOf = new Map(stored.map((s) => [s.clientId, s.id]));
    for (const a of walkActions) {
      const closeAfter = 20 + Math.floor(random() * 40);
      actionRows.push({
        organisationId: org,
        findingId: idOf.get(a.findingClientId)!,
        areaId: a.areaId,
        title: a.title,
        ownerUserId: manager?.id ?? null,
        ownerName: manager?.name ?? null,
        dueOn: addDays(a.walkOn, 60),
        status: a.done ? 'done' : 'in_progress',
        publicText: a.publicText,
        publicTextEn: a.publicTextEn,
        createdOn: a.walkOn,
        closedOn: a.done ? addDays(a.walkOn, closeAfter) : null,
      });
    }
  }
  for (let i = 0; i < actionRows.length; i += 500) {
    const chunk = actionRows.slice(i, i + 500);
    const stored = await db.insert(actions).values(chunk).returning({
      id: actions.id,
      status: actions.status,
      createdOn: actions.createdOn,
      closedOn: actions.closedOn,
    });
    const history: (typeof actionHistory.$inferInsert)[] = [];
    for (const a of stored) {
      history.push({
        organisationId: org,
        actionId: a.id,
        actorName: 'demo',
        toStatus: 'open',
        at: new Date(`${a.createdOn}T09:00:00Z`),
      });
      if (a.status !== 'open') {
        history.push({
          organisationId: org,
          actionId: a.id,
          actorName: 'demo',
          fromStatus: 'open',
          toStatus: a.status,
          note: a.status === 'wont_do' ? 'Fastighetsägarens ansvar, anmält vidare' : '',
          at: new Date(`${a.closedOn ?? a.createdOn}T15:00:00Z`),
        });
      }
    }
    await db.insert(actionHistory).values(history);
  }

  // Presence: the safety hosts two or three shifts a week in their areas; summer ambassadors on
  // June–August evenings in the three largest districts' areas.
  const shiftRows: (typeof presenceShifts.$inferInsert)[] = [];
  const shift = (
    hostName: string,
    userId: string | null,
    role: 'safety_host' | 'summer_ambassador',
    areaId: string,
    date: string,
    evening: boolean,
  ) => {
    const startHour = evening ? 17 + Math.floor(random() * 2) : 9 + Math.floor(random() * 3);
    const hours = evening ? 4 : 6 + Math.floor(random() * 2);
    const startsAt = localToInstant(date, `${String(startHour).padStart(2, '0')}:00`);
    shiftRows.push({
      organisationId: org,
      clientId: crypto.randomUUID(),
      userId,
      hostName,
      role,
      areaId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + hours * 3_600_000),
      timeOfDay: evening ? 'evening' : 'day',
      activities: evening
        ? ['rounds', 'talks']
        : (pick([['rounds'], ['rounds', 'talks'], ['activities', 'talks']]) as (
            | 'rounds'
            | 'talks'
            | 'activities'
          )[]),
      talks: Math.floor(random() * (evening ? 25 : 10)),
      note: '',
    });
  };
  const summerAreas = areaRows.slice(0, 3).map((a) => a.id);
  for (let day = start; day <= today; day = addDays(day, 1)) {
    const weekday = isoWeekday(day); // Monday 1 … Sunday 7
    for (const h of hosts) {
      const mine = hostAreaIds.get(h.id) ?? [];
      if (mine.length && weekday <= 5 && random() < 0.5)
        shift(h.name, h.id, 'safety_host', pick(mine), day, random() < 0.4);
    }
    const month = Number(day.slice(5, 7));
    if (month >= 6 && month <= 8 && weekday >= 3 && weekday <= 6) {
      for (const areaId of summerAreas)
        if (random() < 0.7) shift(pick(ambassadors), null, 'summer_ambassador', areaId, day, true);
    }
  }
  await insertInBatches(shiftRows, (c) => db.insert(presenceShifts).values(c));
}
