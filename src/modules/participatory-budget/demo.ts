/**
 * Demo: Bäckby norra's budget of this year, voted and counted (Equal Shares with add1), in its
 * implementation phase with the winners as actions; Vallby centrum's budget taking proposals.
 * Codes and ballots are inserted in bulk (a thousand households through the services would be too
 * slow); about 30 % of Bäckby norra's households voted. The codes themselves are thrown away: no
 * letters are kept, so no demo code can vote.
 */
import { eq } from 'drizzle-orm';
import { systemActor } from '../../core/auth/access';
import type { DemoContext } from '../../core/module';
import { addDays, swedishToday, swedishYear } from '../../shared/time';
import { activeHouseholds, areaCodeMap } from '../areas';
import { budgetBallots, budgetProposals, budgets, budgetVotingCodes } from './participatory-budget.table';
import { insertProposal } from './proposals.service';
import { createWinnerActions } from './results.service';
import { codeHash, newVotingCode, normaliseCode } from './voting-code';

type DemoProposal = {
  title: string;
  description: string;
  cost: number;
  popularity: number;
  rejected?: string;
};

const backbyProposals: DemoProposal[] = [
  {
    title: 'Belysning längs gångvägen till busshållplatsen',
    description: 'Fler lampor på gångvägen mellan husen och bussen, den är mörk på vintern.',
    cost: 120_000,
    popularity: 0.55,
  },
  {
    title: 'Odlingslådor på gården',
    description: 'Tio odlingslådor och en vattentunna där barnen kan odla tillsammans med vuxna.',
    cost: 45_000,
    popularity: 0.4,
  },
  {
    title: 'Utegym vid lekplatsen',
    description: 'Några enkla träningsredskap för vuxna bredvid lekplatsen.',
    cost: 150_000,
    popularity: 0.3,
  },
  {
    title: 'Läxhjälp och fika i lokalen',
    description: 'Läxhjälp två kvällar i veckan under ett år i kvarterslokalen.',
    cost: 60_000,
    popularity: 0.35,
  },
  {
    title: 'Bänkar och bord vid dammen',
    description: 'Tre bänkar och två bord så att man kan sitta vid dammen.',
    cost: 35_000,
    popularity: 0.25,
  },
  {
    title: 'Konstgräsplan för fotboll',
    description: 'En liten konstgräsplan mellan husen.',
    cost: 900_000,
    popularity: 0,
    rejected: 'Kostar mer än hela budgeten.',
  },
  {
    title: 'Gratis parkering för alla',
    description: 'Ta bort avgiften på parkeringen.',
    cost: 80_000,
    popularity: 0,
    rejected: 'Hyror och avgifter beslutas inte i boendebudgeten.',
  },
];

const vallbyProposals = [
  {
    title: 'Cykelpump och cykelställ vid entrén',
    description: 'Ett tak över cykelställen och en pump.',
    cost: 40_000,
  },
  {
    title: 'Sommaraktiviteter för barn',
    description: 'Fotboll och pyssel på gården två veckor i juli.',
    cost: 55_000,
  },
  { title: 'Fler papperskorgar', description: 'Papperskorgar längs gångvägen till skolan.', cost: 15_000 },
];

export async function seedBudgetDemo(ctx: DemoContext): Promise<void> {
  const { db, organisationId, random } = ctx;
  const today = swedishToday(ctx.today);
  const year = swedishYear(ctx.today);
  const actor = systemActor(organisationId, 'demo');
  const codes = await areaCodeMap(db, organisationId);
  const backby = codes.get('backby-norra');
  const vallby = codes.get('vallby-centrum');
  if (!backby || !vallby) return;

  const [voted] = await db
    .insert(budgets)
    .values({
      organisationId,
      areaId: backby,
      year,
      amount: 300_000,
      votingMethod: 'approval',
      countingRule: 'equal-shares',
      completion: 'add1',
      proposalsFrom: addDays(today, -120),
      reviewFrom: addDays(today, -90),
      votingFrom: addDays(today, -60),
      resultFrom: addDays(today, -30),
      implementationFrom: addDays(today, -20),
      locked: true,
    })
    .returning();
  const proposals: (DemoProposal & { id: string })[] = [];
  for (const [i, p] of backbyProposals.entries()) {
    const row = await insertProposal(db, actor, voted.id, {
      title: p.title,
      description: p.description,
      costEstimate: p.cost,
      source: i === 3 ? 'paper' : 'web',
      submittedOn: addDays(today, -115 + i * 3),
    });
    await db
      .update(budgetProposals)
      .set(
        p.rejected
          ? { status: 'rejected', rejectionReason: p.rejected, reviewedOn: addDays(today, -80) }
          : { status: 'feasible', reviewedCost: p.cost, reviewedOn: addDays(today, -80) },
      )
      .where(eq(budgetProposals.id, row.id));
    proposals.push({ ...p, id: row.id });
  }

  // About 30 % of the households voted; each ballot ticks a project with its popularity.
  const households = (await activeHouseholds(db, organisationId)).filter((h) => h.areaId === backby);
  const voters = new Set(households.filter(() => random() < 0.3).map((h) => h.id));
  const codeRows = households.map((h) => ({
    organisationId,
    budgetId: voted.id,
    householdId: h.id,
    codeHash: codeHash(normaliseCode(newVotingCode())!),
    issuedOn: addDays(today, -65),
    spent: voters.has(h.id),
  }));
  const ballots = [...voters].map(() => ({
    organisationId,
    budgetId: voted.id,
    approved: proposals.filter((p) => random() < p.popularity).map((p) => p.id),
    castOn: addDays(today, -60 + Math.floor(random() * 30)),
    source: random() < 0.1 ? 'paper' : 'web',
  }));
  for (let i = 0; i < codeRows.length; i += 1000)
    await db.insert(budgetVotingCodes).values(codeRows.slice(i, i + 1000));
  for (let i = 0; i < ballots.length; i += 1000)
    await db.insert(budgetBallots).values(ballots.slice(i, i + 1000));
  await createWinnerActions({ db }, actor, voted.id, ctx.today);

  const [open] = await db
    .insert(budgets)
    .values({
      organisationId,
      areaId: vallby,
      year,
      amount: 150_000,
      votingMethod: 'knapsack',
      countingRule: 'greedy',
      completion: 'none',
      proposalsFrom: addDays(today, -10),
      reviewFrom: addDays(today, 20),
      votingFrom: addDays(today, 40),
      resultFrom: addDays(today, 60),
      implementationFrom: addDays(today, 75),
    })
    .returning();
  for (const [i, p] of vallbyProposals.entries())
    await insertProposal(db, actor, open.id, {
      title: p.title,
      description: p.description,
      costEstimate: p.cost,
      source: 'web',
      submittedOn: addDays(today, -8 + i * 2),
    });
}
