/**
 * Demo: twenty dialogues over the last two years across the demo areas — door-knocking in Bäckby, a
 * children's consultation in Råby, a scenario workshop in Vallby, … — with the points tenants
 * raised, the company's responses, and some points made into rounds actions. Dialogues and points
 * are inserted in bulk; the few actions go through the rounds module's createAction.
 */
import { eq } from 'drizzle-orm';
import { systemActor } from '../../core/auth/access';
import type { DemoContext } from '../../core/module';
import type { FocusArea } from '../../shared/enums';
import { addDays, swedishToday } from '../../shared/time';
import { organisationAreas } from '../areas';
import { createAction, updateAction } from '../rounds';
import { dialoguePoints, dialogues } from './dialogue.table';
import type { DialogueMethod, GroupCounts } from './vocabulary';

type DemoPoint = { text: string; topics: FocusArea[]; response?: string; action?: boolean };
type DemoDialogue = {
  area: string;
  daysAgo: number;
  method: DialogueMethod;
  title: string;
  /** Rough size: the counts are drawn around it. */
  size: number;
  /** The share of children, youths, women, men, seniors and newcomers among the participants. */
  mix: GroupCounts;
  heldBy: string;
  points: DemoPoint[];
};

const family = { children: 0.25, youths: 0.15, women: 0.45, men: 0.4, seniors: 0.1, newcomers: 0.2 };
const adults = { children: 0, youths: 0.05, women: 0.55, men: 0.45, seniors: 0.3, newcomers: 0.15 };
const kids = { children: 0.9, youths: 0.1, women: 0.45, men: 0.45, seniors: 0, newcomers: 0.2 };
const young = { children: 0.1, youths: 0.85, women: 0.45, men: 0.5, seniors: 0, newcomers: 0.25 };

const plan: DemoDialogue[] = [
  {
    area: 'Bäckby norra',
    daysAgo: 690,
    method: 'door_knocking',
    title: 'Dörrknackning på Lärkgatan',
    size: 46,
    mix: family,
    heldBy: 'Trygghetsvärdarna i Bäckby',
    points: [
      {
        text: 'Det är mörkt på gångvägen mellan husen och hållplatsen',
        topics: ['trygghet'],
        response: 'Vi byter till starkare armaturer längs gångvägen.',
        action: true,
      },
      {
        text: 'Tvättstugan är ofta bokad av samma personer',
        topics: ['gemenskap'],
        response: 'Vi inför ett nytt bokningssystem med högst två pass i veckan.',
        action: true,
      },
      { text: 'Fler vill veta vad som händer på fritidsgården', topics: ['dialog', 'gemenskap'] },
    ],
  },
  {
    area: 'Bäckby centrum',
    daysAgo: 640,
    method: 'meeting',
    title: 'Boendemöte om innergården',
    size: 28,
    mix: adults,
    heldBy: 'Områdesförvaltare och hyresgästföreningen',
    points: [
      {
        text: 'Innergården saknar sittplatser i skugga',
        topics: ['gemenskap'],
        response: 'Vi sätter upp bänkar och en pergola.',
        action: true,
      },
      {
        text: 'Cyklar står i trapphusen och blockerar',
        topics: ['trygghet'],
        response: 'Vi bygger ett nytt cykelrum i källaren.',
      },
    ],
  },
  {
    area: 'Råby östra',
    daysAgo: 600,
    method: 'children_consultation',
    title: 'Barnkonsultation på Råby skola',
    size: 34,
    mix: kids,
    heldBy: 'Trygghetsvärd och fritidsledare',
    points: [
      {
        text: 'Lekplatsen är trasig och gungorna är borta',
        topics: ['trygghet', 'gemenskap'],
        response: 'Lekplatsen rustas upp och barnen får vara med och välja redskap.',
        action: true,
      },
      { text: 'Barnen vill ha en plats att spela fotboll efter skolan', topics: ['gemenskap'] },
    ],
  },
  {
    area: 'Vallby centrum',
    daysAgo: 560,
    method: 'scenario_workshop',
    title: 'Scenarioverkstad: Vallby centrum 2030',
    size: 22,
    mix: adults,
    heldBy: 'Utvecklingsavdelningen',
    points: [
      {
        text: 'Torget behöver liv på kvällarna, till exempel ett kafé',
        topics: ['gemenskap', 'trygghet'],
        response: 'Vi söker en hyresgäst till den tomma lokalen vid torget.',
      },
      {
        text: 'Unga vill ha sommarjobb i området',
        topics: ['arbete'],
        response: 'Vi anställer tolv feriearbetare i sommar.',
        action: true,
      },
    ],
  },
  {
    area: 'Pettersberg södra',
    daysAgo: 520,
    method: 'digital_survey',
    title: 'Digital enkät om utemiljön',
    size: 118,
    mix: adults,
    heldBy: 'Kundcenter',
    points: [
      {
        text: 'Gräsmattorna klipps för sällan under sommaren',
        topics: ['gemenskap'],
        response: 'Skötselplanen ändras till klippning varannan vecka.',
      },
      { text: 'Belysningen vid parkeringen är svag', topics: ['trygghet'], action: true },
    ],
  },
  {
    area: 'Råby västra',
    daysAgo: 480,
    method: 'door_knocking',
    title: 'Dörrknackning inför renoveringen',
    size: 52,
    mix: family,
    heldBy: 'Projektledare och trygghetsvärdar',
    points: [
      {
        text: 'Oro för hyreshöjningen efter renoveringen',
        topics: ['dialog'],
        response: 'Vi håller ett informationsmöte med hyresgästföreningen om hyrorna.',
      },
      {
        text: 'Portarna går inte i lås',
        topics: ['trygghet'],
        response: 'Portlåsen byts i alla trapphus.',
        action: true,
      },
    ],
  },
  {
    area: 'Bäckby södra',
    daysAgo: 430,
    method: 'meeting',
    title: 'Möte med unga på fritidsgården',
    size: 19,
    mix: young,
    heldBy: 'Fritidsgården och trygghetsvärdar',
    points: [
      {
        text: 'De unga vill ha en lokal att hänga i på helgerna',
        topics: ['gemenskap'],
        response: 'Vi öppnar fritidsgården på fredagskvällar i samarbete med kommunen.',
      },
      { text: 'Fler vill ha hjälp att skriva CV', topics: ['arbete'], action: true },
    ],
  },
  {
    area: 'Malmaberg',
    daysAgo: 380,
    method: 'meeting',
    title: 'Seniorträff om tillgänglighet',
    size: 16,
    mix: { children: 0, youths: 0, women: 0.6, men: 0.4, seniors: 1, newcomers: 0.05 },
    heldBy: 'Områdesförvaltare',
    points: [
      {
        text: 'Det är svårt att ta sig in i tvättstugan med rollator',
        topics: ['gemenskap'],
        response: 'Vi sätter in en automatisk dörröppnare.',
        action: true,
      },
    ],
  },
  {
    area: 'Vallby västra',
    daysAgo: 340,
    method: 'children_consultation',
    title: 'Barnens trygghetsvandring i Vallby',
    size: 24,
    mix: kids,
    heldBy: 'Trygghetsvärd och skolkurator',
    points: [
      {
        text: 'Gångtunneln under vägen känns läskig',
        topics: ['trygghet'],
        response: 'Vi målar tunneln ljust tillsammans med barnen och sätter upp belysning.',
        action: true,
      },
      { text: 'Bilar kör fort förbi skolan', topics: ['trygghet'], response: 'Vi tar upp det med kommunen.' },
    ],
  },
  {
    area: 'Hammarby',
    daysAgo: 300,
    method: 'digital_survey',
    title: 'Enkät om gemensamma aktiviteter',
    size: 74,
    mix: adults,
    heldBy: 'Kundcenter',
    points: [
      {
        text: 'Många vill ha språkcafé på kvällstid',
        topics: ['gemenskap', 'arbete'],
        response: 'Språkcafé startar i samlingslokalen i höst.',
      },
    ],
  },
  {
    area: 'Skiljebo',
    daysAgo: 260,
    method: 'door_knocking',
    title: 'Dörrknackning om grannsamverkan',
    size: 38,
    mix: family,
    heldBy: 'Trygghetsvärdarna',
    points: [
      {
        text: 'Fler vill vara med i grannsamverkan',
        topics: ['trygghet', 'dialog'],
        response: 'Vi bjuder in till ett startmöte med polisen.',
      },
      { text: 'Källarförråden har haft inbrott', topics: ['trygghet'], action: true },
    ],
  },
  {
    area: 'Pettersberg norra',
    daysAgo: 220,
    method: 'scenario_workshop',
    title: 'Scenarioverkstad om den nya parken',
    size: 18,
    mix: family,
    heldBy: 'Landskapsarkitekt och områdesförvaltare',
    points: [
      {
        text: 'Parken ska ha platser för både barn och äldre',
        topics: ['gemenskap'],
        response: 'Ritningen får en lekyta och en boulebana.',
      },
    ],
  },
  {
    area: 'Bäckby norra',
    daysAgo: 180,
    method: 'meeting',
    title: 'Återkopplingsmöte efter dörrknackningen',
    size: 31,
    mix: adults,
    heldBy: 'Trygghetsvärdarna i Bäckby',
    points: [
      {
        text: 'Nedskräpning vid återvinningsstationen',
        topics: ['trygghet', 'gemenskap'],
        response: 'Tömningen ökas till två gånger i veckan.',
        action: true,
      },
    ],
  },
  {
    area: 'Råby östra',
    daysAgo: 150,
    method: 'meeting',
    title: 'Kvinnors trygghetsmöte',
    size: 21,
    mix: { children: 0, youths: 0.15, women: 1, men: 0, seniors: 0.15, newcomers: 0.35 },
    heldBy: 'Trygghetsvärd och kvinnojouren',
    points: [
      {
        text: 'Det känns otryggt att gå hem från bussen på kvällen',
        topics: ['trygghet'],
        response: 'Vi röjer buskarna längs stigen och sätter upp belysning.',
        action: true,
      },
      {
        text: 'Önskemål om en träffpunkt för kvinnor på dagtid',
        topics: ['gemenskap'],
        response: 'En öppen träff startar på tisdagar i samlingslokalen.',
      },
    ],
  },
  {
    area: 'Gryta',
    daysAgo: 120,
    method: 'digital_survey',
    title: 'Enkät om trapphusen',
    size: 62,
    mix: adults,
    heldBy: 'Kundcenter',
    points: [{ text: 'Trapphusen städas för sällan', topics: ['trygghet'], action: true }],
  },
  {
    area: 'Viksäng',
    daysAgo: 90,
    method: 'door_knocking',
    title: 'Dörrknackning för nyinflyttade',
    size: 27,
    mix: { ...family, newcomers: 0.6 },
    heldBy: 'Trygghetsvärdarna',
    points: [
      {
        text: 'Nyinflyttade vet inte hur man gör felanmälan',
        topics: ['dialog'],
        response: 'Vi tar fram information på flera språk.',
        action: true,
      },
    ],
  },
  {
    area: 'Vallby centrum',
    daysAgo: 60,
    method: 'meeting',
    title: 'Boendemöte om torget',
    size: 35,
    mix: adults,
    heldBy: 'Områdesförvaltare',
    points: [
      {
        text: 'Mopeder kör på gångvägarna vid torget',
        topics: ['trygghet'],
        response: 'Vi sätter upp bommar och tar upp det i samverkan med polisen.',
        action: true,
      },
    ],
  },
  {
    area: 'Skultuna centrum',
    daysAgo: 45,
    method: 'children_consultation',
    title: 'Barnkonsultation om sommarlovet',
    size: 15,
    mix: kids,
    heldBy: 'Fritidsledare',
    points: [
      {
        text: 'Barnen vill ha fler aktiviteter på sommarlovet',
        topics: ['gemenskap'],
        response: 'Vi planerar sommarlovsaktiviteter tillsammans med föreningarna.',
      },
    ],
  },
  {
    area: 'Bäckby centrum',
    daysAgo: 25,
    method: 'scenario_workshop',
    title: 'Scenarioverkstad: Bäckby centrum om tio år',
    size: 23,
    mix: family,
    heldBy: 'Utvecklingsavdelningen och hyresgästföreningen',
    points: [
      { text: 'Fler mötesplatser inomhus på vintern', topics: ['gemenskap'] },
      { text: 'Praktikplatser hos fastighetsskötseln', topics: ['arbete'], action: true },
    ],
  },
  {
    area: 'Råby västra',
    daysAgo: 10,
    method: 'meeting',
    title: 'Möte om den nya lekplatsen',
    size: 26,
    mix: family,
    heldBy: 'Projektledare',
    points: [{ text: 'Lekplatsen behöver staket mot vägen', topics: ['trygghet'] }],
  },
];

export async function seedDialogueDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId, random } = ctx;
  const today = swedishToday(ctx.today);
  const actor = systemActor(organisationId, 'demo');
  const byName = new Map((await organisationAreas(db, organisationId)).map((a) => [a.name, a.id]));
  // Counts vary a little around each dialogue's size, the same every time (ctx.random is seeded).
  const around = (n: number) => Math.max(0, Math.round(n * (0.85 + random() * 0.3)));
  const held = plan.flatMap((d) => {
    const areaId = byName.get(d.area);
    if (!areaId) return [];
    const participants = around(d.size);
    const groups = Object.fromEntries(
      Object.entries(d.mix).map(([g, share]) => [
        g,
        Math.min(participants, Math.round(participants * share)),
      ]),
    ) as GroupCounts;
    return [{ d, areaId, participants, groups }];
  });
  if (held.length === 0) return;
  const rows = await db
    .insert(dialogues)
    .values(
      held.map(({ d, areaId, participants, groups }) => ({
        organisationId,
        areaId,
        heldOn: addDays(today, -d.daysAgo),
        method: d.method,
        title: d.title,
        groups,
        participants,
        heldBy: d.heldBy,
        staffNotes: '',
      })),
    )
    .returning({ id: dialogues.id });
  const points = await db
    .insert(dialoguePoints)
    .values(
      held.flatMap(({ d }, i) =>
        d.points.map((pt) => ({
          organisationId,
          dialogueId: rows[i].id,
          text: pt.text,
          topics: pt.topics,
          response: pt.response ?? '',
        })),
      ),
    )
    .returning({ id: dialoguePoints.id });
  // The points made into actions, as staff would with "make it an action" (a handful of calls).
  const flat = held.flatMap(({ d, areaId }) => d.points.map((pt) => ({ pt, d, areaId })));
  let made = 0;
  for (const [i, { pt, d, areaId }] of flat.entries()) {
    if (!pt.action) continue;
    // Made an action in the week after the dialogue.
    const madeAt = new Date(ctx.today.getTime() - Math.max(d.daysAgo - 7, 0) * 86_400_000);
    const action = await createAction(
      { db },
      actor,
      { areaId, title: pt.text, publicText: pt.response ?? pt.text },
      madeAt,
    );
    await db.update(dialoguePoints).set({ actionId: action.id }).where(eq(dialoguePoints.id, points[i].id));
    // Most actions of dialogues more than three months old are done by now: closed six weeks after
    // the dialogue, so the public page has "vi gjorde" with real dates; the rest are under way.
    if (d.daysAgo > 90 && made++ % 4 !== 3) {
      const closedAt = new Date(ctx.today.getTime() - (d.daysAgo - 42) * 86_400_000);
      await updateAction({ db }, actor, action.id, { status: 'done', note: '' }, closedAt);
    }
  }
}
