/**
 * Proposals: from tenants on the public page during the proposal phase, or from paper by staff;
 * reviewed by staff (feasible with a cost, or rejected with a reason — both shown publicly). Title,
 * description and reason are shown publicly, so personal data in them is refused; the contact
 * address is for staff only and is left out of the audit log.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../core/audit';
import { type Actor, can, systemActor } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { organisationRow } from '../../core/db/organisation-row';
import { AppError } from '../../core/errors';
import type { ServiceContext } from '../../core/module';
import { refusePersonalData } from '../../core/personal-data-guard';
import { swedishToday } from '../../shared/time';
import { budgetFor } from './budgets.service';
import type { Proposal, ProposalInput, ReviewInput } from './participatory-budget.contract';
import { budgetPermissions as p } from './participatory-budget.policy';
import { budgetProposals, budgets } from './participatory-budget.table';
import { phaseOn } from './phases';

type ProposalRow = typeof budgetProposals.$inferSelect;
const entity = 'budget_proposal';

export function proposalOf(row: ProposalRow): Proposal {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    description: row.description,
    costEstimate: row.costEstimate,
    contactEmail: row.contactEmail,
    source: row.source as Proposal['source'],
    submittedOn: row.submittedOn,
    status: row.status as Proposal['status'],
    reviewedCost: row.reviewedCost,
    rejectionReason: row.rejectionReason,
    reviewedOn: row.reviewedOn,
    actionId: row.actionId,
  };
}

/** What the audit log keeps of a proposal: everything but the contact address (only whether there is one). */
const audited = ({ contactEmail, ...rest }: Proposal) => ({ ...rest, contact: contactEmail !== null });

/** The contact address as stored, or null; refuses what is not an e-mail address. */
function contactOf(raw: string | null | undefined): string | null {
  const email = raw?.trim() ?? '';
  if (email === '') return null;
  if (!z.email().safeParse(email).success) throw new AppError('budget_contact_invalid');
  return email;
}

/** Refuses personal data in what the public page shows, naming the field. */
function guardPublic(actor: Actor, fields: Record<string, string | null | undefined>) {
  for (const [field, text] of Object.entries(fields))
    refusePersonalData(text, { language: actor.language, field });
}

/**
 * The budget's proposals, by number. Hosts: their areas. The contact address only for those who
 * review (admins, the area's hosts): analysts and the board read the proposals without it.
 */
export async function listProposals({ db }: ServiceContext, actor: Actor, budgetId: string) {
  const { row: budget } = await budgetFor(db, actor, budgetId, p['participatory-budget.read']);
  const rows = await db
    .select()
    .from(budgetProposals)
    .where(
      and(eq(budgetProposals.organisationId, actor.organisationId), eq(budgetProposals.budgetId, budgetId)),
    )
    .orderBy(asc(budgetProposals.number));
  const contact = can(actor, p['participatory-budget.review'], budget.areaId);
  return rows.map((row) => ({ ...proposalOf(row), contactEmail: contact ? row.contactEmail : null }));
}

/**
 * Stores a proposal with the budget's next number, in a transaction that holds the budget's row so
 * two proposals at once do not take the same number.
 */
export async function insertProposal(
  tx: Db,
  actor: Actor,
  budgetId: string,
  values: Omit<typeof budgetProposals.$inferInsert, 'organisationId' | 'budgetId' | 'number'>,
  requestId?: string,
): Promise<ProposalRow> {
  await tx.select({ id: budgets.id }).from(budgets).where(eq(budgets.id, budgetId)).for('update');
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${budgetProposals.number}), 0)::int + 1` })
    .from(budgetProposals)
    .where(eq(budgetProposals.budgetId, budgetId));
  const [row] = await tx
    .insert(budgetProposals)
    .values({ ...values, organisationId: actor.organisationId, budgetId, number: next })
    .returning();
  await recordAudit(tx, { actor, entity, requestId }, 'create', row.id, { after: audited(proposalOf(row)) });
  return row;
}

/** A proposal from the public page: only in the proposal phase. */
export async function submitProposal(
  db: Db,
  budget: typeof budgets.$inferSelect,
  input: ProposalInput,
  language: 'sv' | 'en',
  now: Date,
): Promise<Proposal> {
  const today = swedishToday(now);
  if (phaseOn(budget, today) !== 'proposals') throw new AppError('budget_not_open_for_proposals');
  const tenant = { ...systemActor(budget.organisationId, 'tenant'), language };
  guardPublic(tenant, { title: input.title, description: input.description });
  const contactEmail = contactOf(input.contactEmail);
  const row = await db.transaction((tx) =>
    insertProposal(tx, tenant, budget.id, {
      title: input.title,
      description: input.description,
      costEstimate: input.costEstimate,
      contactEmail,
      source: 'web',
      submittedOn: today,
    }),
  );
  return proposalOf(row);
}

/** A proposal staff enter from paper (any phase before voting: a late paper one is their call). */
export async function addPaperProposal(
  { db, requestId }: ServiceContext,
  actor: Actor,
  budgetId: string,
  input: ProposalInput,
  now: Date,
): Promise<Proposal> {
  const { row: budget } = await budgetFor(db, actor, budgetId, p['participatory-budget.review']);
  if (budget.locked) throw new AppError('budget_voting_started');
  guardPublic(actor, { title: input.title, description: input.description });
  const contactEmail = contactOf(input.contactEmail);
  const row = await db.transaction((tx) =>
    insertProposal(
      tx,
      actor,
      budgetId,
      {
        title: input.title,
        description: input.description,
        costEstimate: input.costEstimate,
        contactEmail,
        source: 'paper',
        submittedOn: swedishToday(now),
      },
      requestId,
    ),
  );
  return proposalOf(row);
}

/** The staff's review: feasible with a cost, or rejected with a reason. Not once voting has begun. */
export async function reviewProposal(
  { db, requestId }: ServiceContext,
  actor: Actor,
  budgetId: string,
  proposalId: string,
  input: ReviewInput,
  now: Date,
): Promise<Proposal> {
  const { row: budget } = await budgetFor(db, actor, budgetId, p['participatory-budget.review']);
  const before = await organisationRow(db, budgetProposals, proposalId, actor.organisationId);
  if (before.budgetId !== budget.id) throw new AppError('not_found');
  if (budget.locked) throw new AppError('budget_voting_started');
  const review =
    input.status === 'feasible'
      ? { status: 'feasible', reviewedCost: input.reviewedCost, rejectionReason: null }
      : { status: 'rejected', reviewedCost: null, rejectionReason: input.rejectionReason };
  guardPublic(actor, { rejectionReason: review.rejectionReason });
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(budgetProposals)
      .set({ ...review, reviewedOn: swedishToday(now), updatedAt: sql`now()` })
      .where(eq(budgetProposals.id, proposalId))
      .returning();
    await recordAudit(tx, { actor, entity, requestId }, 'review', proposalId, {
      before: audited(proposalOf(before)),
      after: audited(proposalOf(updated)),
    });
    return updated;
  });
  return proposalOf(row);
}
