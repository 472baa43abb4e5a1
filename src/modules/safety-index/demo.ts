/**
 * Demo: the default question set, a seeded sampling history of about three years with invitations
 * and anonymous answers giving an index of about 78–80 % against a goal of 82 %. As the seeds
 * describe, evenings in the area and the neighbours' way of living pull the index down, most in
 * some areas; stairwell, burglary protection, basement and contact with neighbours do better.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import type { DemoContext } from '../../core/module';
import { localToInstant, swedishMonth, swedishYear } from '../../shared/time';
import { areaRegister, organisationAreas, organisationHouseholds } from '../areas';
import { setGoal } from '../goals';
import { currentInstrument } from './instrument';
import { applyContributions, contribute, emptyContributions } from './rollups';
import type { surveyInvitations, surveyResponses } from './safety-index.table';
import { assignSlots, cycleMonths, monthIndex, monthOfIndex } from './sampling';
import { settingsOf } from './settings';
import type { Answers, AnswerValue } from './statistics';
import { safetyIndexId } from './vocabulary';

/** Log-odds effects of each question against the common level. */
const questionEffect: Record<string, number> = {
  overall: 0.1,
  evening: -0.75,
  stairwell: 0.3,
  basement: 0.1,
  laundry: 0.2,
  courtyard: 0.15,
  lighting: 0.05,
  burglary: 0.25,
  neighbours: -0.5,
  contact: 0.15,
};
/** Districts where evenings and neighbours are felt as worse (fictional). */
const harderDistricts = new Set(['Bäckby', 'Råby', 'Vallby']);
const comments = [
  'Belysningen vid cykelstället är trasig sedan flera veckor.',
  'Det är ofta folk som hänger i trapphuset på kvällarna.',
  'Tack för den nya porttelefonen, det känns tryggare nu.',
  'Störande musik från grannen sent på nätterna. Ring mig gärna på 070-123 45 67.',
  'Buskarna vid gången borde klippas, det är mörkt där.',
  'Bra med trygghetsvärdarna på helgerna!',
  'Källardörren står ofta öppen.',
  'Kontakta mig på anna.demo@exempel.se om ni vill veta mer.',
  'Mer aktiviteter för ungdomar skulle hjälpa.',
];

export async function safetyIndexDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId, random } = ctx;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const instrument = await currentInstrument(db, organisationId);
  const settings = await settingsOf(db, organisationId);

  // In the register's own order (the effects below are drawn area by area), with district names.
  const districtOf = new Map(
    (await organisationAreas(db, organisationId)).map((a) => [a.id, a.districtName]),
  );
  const areas = areaRegister(db, organisationId);
  const areaRows = (await db.select({ id: areas.id }).from(areas)).map((a) => ({
    id: a.id,
    district: districtOf.get(a.id)!,
  }));
  if (areaRows.length === 0) return;
  const areaEffect = new Map(
    areaRows.map((a) => [
      a.id,
      { level: 0.3 * gauss(), harder: harderDistricts.has(a.district) ? 0.55 + 0.3 * random() : 0 },
    ]),
  );
  const frame = await organisationHouseholds(db, organisationId);

  const thisMonth = monthIndex(swedishMonth(ctx.today));
  const firstMonth = thisMonth - 35;
  await setDemoGoals(ctx, monthOfIndex(firstMonth), areaRows);

  // The 24-month cycle, as the monthly job would have drawn it.
  const slots = assignSlots(settings.seed, frame, []);
  const lastInvited = new Map<string, number>();
  const invitations: (typeof surveyInvitations.$inferInsert)[] = [];
  const responses: (typeof surveyResponses.$inferInsert)[] = [];
  const contributions = emptyContributions();
  for (let month = firstMonth; month < thisMonth; month++) {
    const name = monthOfIndex(month);
    const yearsIn = (month - firstMonth) / 12;
    // Drawn at 03:00 Swedish time on the 1st, as the monthly job does.
    const created = localToInstant(`${name}-01`, '03:00');
    for (const h of frame) {
      if (slots.get(h.id) !== month % cycleMonths) continue;
      lastInvited.set(h.id, month);
      const answered = random() < 0.47;
      invitations.push({
        organisationId,
        householdId: h.id,
        areaId: h.areaId,
        month: name,
        tokenHash: createHash('sha256').update(`demo-${h.id}-${month}-${random()}`).digest('hex'),
        expiresAt: new Date(created.getTime() + settings.validDays * 86_400_000),
        usedAt: answered ? created : null,
        createdAt: created,
      });
      if (!answered) continue;
      const effect = areaEffect.get(h.areaId)!;
      // A latent sense of safety per respondent, shared by all questions (evening and neighbours
      // lean on it most), so the questions go with `overall` as real answers do.
      const person = gauss();
      const level = 1.1 + effect.level + 0.07 * yearsIn;
      const answers: Answers = {};
      for (const q of instrument.questions) {
        const u = random();
        if (u < 0.02) continue; // blank
        if (u < 0.06) {
          answers[q.code] = 0; // don't know
          continue;
        }
        const harder = q.code === 'evening' || q.code === 'neighbours' ? effect.harder : 0;
        const loading =
          q.code === 'evening' || q.code === 'neighbours' ? 1.1 : q.code === 'overall' ? 1 : 0.75;
        const x = level + (questionEffect[q.code] ?? 0) - harder + loading * person + 0.8 * gauss();
        answers[q.code] = (x > 1.3 ? 5 : x > 0 ? 4 : x > -0.8 ? 3 : x > -1.7 ? 2 : 1) as AnswerValue;
      }
      const comment = random() < 0.07 ? comments[Math.floor(random() * comments.length)] : null;
      responses.push({
        organisationId,
        areaId: h.areaId,
        month: name,
        instrumentId: instrument.id,
        answers,
        comment,
        source: 'web',
      });
      contribute(contributions, [
        { areaId: h.areaId, month: name, answers, indexCodes: instrument.indexCodes },
      ]);
    }
  }
  await insertJson(db, 'survey_invitations', invitationColumns, invitations);
  await insertJson(db, 'survey_responses', responseColumns, responses);
  await applyContributions(db, organisationId, contributions);
  const sampling = frame.map((h) => ({
    organisationId,
    householdId: h.id,
    slot: slots.get(h.id)!,
    lastInvitedMonth: lastInvited.get(h.id) ?? null,
    // About a third of the households have given an address for the survey (fictional domain).
    email: random() < 0.3 ? `hushall-${h.id.slice(0, 8)}@exempel.se` : null,
  }));
  await insertJson(db, 'survey_sampling', samplingColumns, sampling);
  const emails = sampling.filter((s) => s.email !== null);
  await insertJson(db, 'survey_invitation_emails', emailColumns, emails);
}

/**
 * The index's goals, through the goals service as a user would set them: 82 % for the whole
 * organisation every year, with the survey's first full year as baseline; Råby, which starts further
 * down, has a stepping-stone goal of 70 % for its areas, and Bäckby's areas, where evenings pull the
 * index down, 75 % this year and 80 % next.
 */
async function setDemoGoals(
  ctx: DemoContext,
  firstMonth: string,
  areaRows: { id: string; district: string }[],
) {
  const actor = systemActor(ctx.organisationId, 'demo');
  const thisYear = swedishYear(ctx.today);
  const firstYear = Number(firstMonth.slice(0, 4));
  const baseline = firstMonth.endsWith('-01') ? firstYear : firstYear + 1;
  const set = (year: number, areaId: string | null, target: number) =>
    setGoal(ctx, actor, {
      indicatorId: safetyIndexId,
      year,
      areaId,
      target,
      baselineYear: year >= baseline ? baseline : null,
    });
  for (let year = firstYear; year <= thisYear + 1; year++) {
    await set(year, null, 0.82);
    for (const a of areaRows.filter((r) => r.district === 'Råby')) await set(year, a.id, 0.7);
  }
  for (const a of areaRows.filter((r) => r.district === 'Bäckby')) {
    await set(thisYear, a.id, 0.75);
    await set(thisYear + 1, a.id, 0.8);
  }
}

const invitationColumns = {
  organisation_id: 'uuid',
  household_id: 'uuid',
  area_id: 'uuid',
  month: 'text',
  token_hash: 'text',
  expires_at: 'timestamptz',
  used_at: 'timestamptz',
  created_at: 'timestamptz',
};
const responseColumns = {
  organisation_id: 'uuid',
  area_id: 'uuid',
  month: 'text',
  instrument_id: 'uuid',
  answers: 'jsonb',
  comment: 'text',
  source: 'text',
};
const samplingColumns = {
  organisation_id: 'uuid',
  household_id: 'uuid',
  slot: 'integer',
  last_invited_month: 'integer',
};
const emailColumns = { organisation_id: 'uuid', household_id: 'uuid', email: 'text' };

/** Inserts many rows with one JSON parameter per batch: the demo must load in seconds. */
async function insertJson(
  db: Db,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
) {
  const names = Object.keys(columns);
  const list = sql.raw(names.join(', '));
  const definition = sql.raw(names.map((n) => `${n} ${columns[n]}`).join(', '));
  const camel = (n: string) => n.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows
      .slice(i, i + 5000)
      .map((r) => Object.fromEntries(names.map((n) => [n, r[camel(n)] ?? null])));
    await db.execute(
      sql`insert into ${sql.identifier(table)} (${list}) select ${list} from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as r(${definition})`,
    );
  }
}
