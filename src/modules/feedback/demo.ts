/**
 * The demo organisation's feedback: about 90 reports over the last year across the demo areas, the
 * categories weighted as a housing company sees them (lighting and litter most), most of them
 * triaged — answered, some made actions, a few EST reports — and the newest still open. Reports go
 * in as one insert; only the actions and EST reports go through their modules' services.
 */
import { systemActor } from '../../core/auth/access';
import { hashToken, newToken } from '../../core/auth/tokens';
import type { DemoContext } from '../../core/module';
import { addDays, localToInstant, swedishToday } from '../../shared/time';
import { organisationAreas, type PolygonGeometry } from '../areas';
import { createAction } from '../rounds';
import { fileReport, loadCategories, pointInGeometry } from '../situation';
import { feedbackReports } from './feedback.table';
import { mapFrame } from './map';
import type { FeedbackCategory, FeedbackStatus } from './vocabulary';

type DemoText = { place: string; text: string; answer: string; action?: string };

/** Realistic reports per category, each with the answer the company gave. */
const texts: Record<FeedbackCategory, DemoText[]> = {
  lighting: [
    {
      place: 'Gångvägen mot busshållplatsen',
      text: 'Tre lyktstolpar är släckta sedan flera veckor. Det är helt mörkt på kvällen.',
      answer: 'Tack! Vi har beställt byte av armaturerna. De ska vara tända inom två veckor.',
      action: 'Byta armaturer längs gångvägen',
    },
    {
      place: 'Entrén vid garaget',
      text: 'Lampan över dörren blinkar och slocknar hela tiden.',
      answer: 'Lampan är bytt. Hör av dig igen om det händer igen.',
    },
    {
      place: 'Parkeringen',
      text: 'Halva parkeringen ligger i mörker efter klockan sex.',
      answer: 'Vi sätter upp två nya belysningsstolpar under våren.',
      action: 'Ny belysning på parkeringen',
    },
    {
      place: 'Cykelrummet',
      text: 'Rörelsevakten tänder inte lampan, man får leta i mörkret.',
      answer: 'Rörelsevakten är utbytt.',
    },
    {
      place: 'Lekplatsen',
      text: 'Ingen belysning alls vid lekplatsen, ungdomar samlas där i mörkret.',
      answer: 'Vi har tagit med lekplatsen i vår belysningsplan och gör en trygghetsvandring där.',
      action: 'Belysning vid lekplatsen',
    },
  ],
  litter: [
    {
      place: 'Miljöhuset',
      text: 'Det är överfullt med sopor runt miljöhuset, säckar står utanför.',
      answer: 'Vi har ökat tömningen till två gånger i veckan.',
    },
    {
      place: 'Gården',
      text: 'Mycket skräp och fimpar på gården efter helgerna.',
      answer: 'Tack för tipset. Vi har lagt till en extra städrunda på måndagar.',
    },
    {
      place: 'Grovsoprummet',
      text: 'Någon har ställt gamla möbler utanför grovsoprummet.',
      answer: 'Möblerna är bortforslade.',
    },
    {
      place: 'Trapphuset',
      text: 'Trapphuset har inte städats på två veckor.',
      answer: 'Vi har pratat med städfirman och de har kommit ikapp.',
    },
    {
      place: 'Busshållplatsen',
      text: 'Papperskorgen vid busshållplatsen svämmar över.',
      answer: 'Papperskorgen töms nu oftare.',
    },
  ],
  damage: [
    {
      place: 'Tvättstugan',
      text: 'Någon har slagit sönder fönstret i tvättstugan.',
      answer: 'Fönstret är lagat och vi har anmält skadegörelsen.',
    },
    { place: 'Källargången', text: 'Klotter på väggarna i källargången.', answer: 'Klottret är sanerat.' },
    {
      place: 'Lekplatsen',
      text: 'Gungan är trasig, kedjan har gått av.',
      answer: 'Gungan är avstängd och en ny kedja är beställd.',
      action: 'Laga gungan på lekplatsen',
    },
    { place: 'Porten', text: 'Porttelefonen är sönderslagen.', answer: 'Porttelefonen är utbytt.' },
  ],
  outdoor: [
    {
      place: 'Gången mellan husen',
      text: 'Buskarna har vuxit så att man inte ser vem som kommer.',
      answer: 'Vi klipper ner buskarna i höst.',
      action: 'Klippa buskage mellan husen',
    },
    {
      place: 'Innergården',
      text: 'Bänkarna är trasiga och det finns inga sittplatser för äldre.',
      answer: 'Nya bänkar kommer till sommaren.',
    },
    {
      place: 'Fotbollsplanen',
      text: 'Målen saknar nät och planen är full av glas.',
      answer: 'Planen är städad och nya nät är uppsatta.',
    },
    {
      place: 'Gångvägen',
      text: 'Halt och ingen sandning på gångvägen vid backen.',
      answer: 'Vi har sandat och lagt till backen i vinterrundan.',
    },
  ],
  stairwell: [
    {
      place: 'Port 4',
      text: 'Ytterdörren går inte i lås, vem som helst kan gå in.',
      answer: 'Låset är lagat samma dag.',
    },
    {
      place: 'Källaren',
      text: 'Källardörren står uppställd hela tiden.',
      answer: 'Vi har satt upp en dörrstängare och en skylt.',
    },
    {
      place: 'Trapphuset',
      text: 'Lampan i trapphuset på plan tre fungerar inte.',
      answer: 'Lampan är bytt.',
    },
    {
      place: 'Tvättstugan',
      text: 'Man kommer in i tvättstugan utan bricka.',
      answer: 'Låsläsaren är utbytt.',
    },
  ],
  disturbance: [
    {
      place: 'Gården',
      text: 'Hög musik på gården sent på kvällarna i helgerna.',
      answer: 'Trygghetsvärdarna går förbi gården fredag och lördag kväll.',
    },
    {
      place: 'Parkeringen',
      text: 'Mopeder kör fort över parkeringen och gångvägen.',
      answer: 'Vi sätter upp bommar och har tagit upp det på EST-mötet.',
    },
  ],
  unsafe: [
    {
      place: 'Tunneln under vägen',
      text: 'Jag känner mig otrygg i tunneln när det är mörkt, det är folk som står där.',
      answer: 'Tack. Vi har tagit upp tunneln med kommunen och polisen på EST-mötet.',
    },
    {
      place: 'Centrumtorget',
      text: 'Det samlas grupper vid torget på kvällarna och det känns otryggt att gå förbi.',
      answer: 'Trygghetsvärdarna är på torget flera kvällar i veckan.',
    },
    {
      place: 'Gångbron',
      text: 'Gångbron är mörk och skymd, jag undviker den.',
      answer: 'Vi går en trygghetsvandring vid gångbron i nästa månad.',
    },
  ],
  other: [
    {
      place: '',
      text: 'Bra att ni ordnade grillkvällen på gården, gör gärna fler!',
      answer: 'Vad roligt! Vi planerar fler till sommaren.',
    },
    {
      place: 'Anslagstavlan',
      text: 'Informationen i entrén är bara på svenska.',
      answer: 'Vi sätter upp information på fler språk.',
    },
  ],
};

/** How often each category comes in (lighting and litter most). */
const weights: [FeedbackCategory, number][] = [
  ['lighting', 22],
  ['litter', 20],
  ['damage', 14],
  ['outdoor', 12],
  ['stairwell', 12],
  ['unsafe', 10],
  ['disturbance', 6],
  ['other', 4],
];

/** The EST category a report of the category is filed under. */
const estCode: Partial<Record<FeedbackCategory, string>> = {
  lighting: 'unsafe_place',
  damage: 'vandalism',
  litter: 'littering',
  disturbance: 'gatherings',
  unsafe: 'unsafe_place',
};

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function weighted(random: () => number): FeedbackCategory {
  let r = random() * weights.reduce((s, [, w]) => s + w, 0);
  for (const [category, w] of weights) {
    r -= w;
    if (r < 0) return category;
  }
  return 'other';
}

/** A point inside the area, or none (a third of tenants write only the place). */
function pointIn(random: () => number, geometry: PolygonGeometry | null) {
  if (!geometry?.type || random() < 0.35) return { lat: null, lon: null };
  const f = mapFrame(geometry);
  for (let i = 0; i < 20; i++) {
    const point = {
      lat: f.south + random() * (f.north - f.south),
      lon: f.west + random() * (f.east - f.west),
    };
    if (pointInGeometry(point, geometry)) return point;
  }
  return { lat: null, lon: null };
}

export async function seedFeedbackDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId, random } = ctx;
  const areas = await organisationAreas(db, organisationId);
  if (!areas.length) return;
  const today = swedishToday(ctx.today);
  const actor = systemActor(organisationId, 'Kundtjänst');
  const estCategories = new Map((await loadCategories(db, organisationId)).map((c) => [c.code, c.id]));
  const total = 90;
  const rows = Array.from({ length: total }, (_, n) => {
    const category = weighted(random);
    const area = pick(random, areas);
    const text = pick(random, texts[category]);
    // Spread over the year, the newest first in the list (n = 0 today).
    const receivedOn = addDays(today, -Math.floor((n / total) * 360 + random() * 4));
    const receivedAt = localToInstant(
      receivedOn,
      `${String(8 + Math.floor(random() * 12)).padStart(2, '0')}:15`,
    );
    const age = n / total;
    const triaged = age > 0.08 && random() < 0.92;
    const withAction = Boolean(triaged && text.action && random() < 0.6);
    const toEst = Boolean(triaged && !withAction && estCode[category] && random() < 0.12);
    const status: FeedbackStatus = !triaged
      ? 'received'
      : withAction && random() < 0.5
        ? 'in_progress'
        : 'answered';
    const handledAt = new Date(receivedAt.getTime() + (1 + Math.floor(random() * 6)) * 86_400_000);
    const email = random() < 0.3 ? `hyresgast${n + 1}@exempel.se` : null;
    return {
      values: {
        organisationId,
        areaId: area.id,
        category,
        place: text.place ? `${text.place}` : null,
        ...pointIn(random, area.geometry as PolygonGeometry | null),
        description: text.text,
        contactEmail: email,
        language: random() < 0.85 ? 'sv' : pick(random, ['en', 'ar', 'so']),
        tokenHash: hashToken(newToken()),
        status,
        receivedAt,
        receivedOn,
        answer: status === 'answered' ? text.answer : null,
        answeredAt: status === 'answered' ? handledAt : null,
        triagedAt: triaged ? handledAt : null,
        triagedBy: triaged ? 'Kundtjänst' : null,
        closedAt: status === 'answered' ? handledAt : null,
        updatedAt: triaged ? handledAt : receivedAt,
      } satisfies typeof feedbackReports.$inferInsert,
      action: withAction ? text.action! : null,
      est: toEst ? estCategories.get(estCode[category]!) : undefined,
    };
  });
  for (const row of rows) {
    const v = row.values;
    if (row.action) {
      const action = await createAction(
        ctx,
        actor,
        { areaId: v.areaId, title: row.action, publicText: v.answer },
        v.triagedAt!,
      );
      Object.assign(v, { actionId: action.id });
    }
    if (row.est) {
      const report = await fileReport(
        ctx,
        actor,
        {
          date: v.receivedOn,
          areaId: v.areaId,
          categoryId: row.est,
          count: 1,
          description: `${v.place ?? ''}: ${v.description}`.slice(0, 500),
          restricted: false,
          lat: v.lat,
          lon: v.lon,
        },
        v.triagedAt!,
      );
      Object.assign(v, { estReportId: report.id });
    }
  }
  await db.insert(feedbackReports).values(rows.map((r) => r.values));
}
