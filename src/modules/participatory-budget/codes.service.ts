/**
 * Voting codes: one per active household of the budget's area, single-use, 80 random bits, stored
 * only as a hash. They reach the household as the survey's invitations do: a printable PDF of
 * letters with a QR code (core's letter writer; the batch is the only copy of the codes) and an
 * e-mail through the outbox where the survey's register has an address.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../core/audit';
import type { Actor } from '../../core/auth/access';
import type { Config } from '../../core/config';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import { lettersPdf } from '../../core/export/letters';
import type { Mailer } from '../../core/mail/mailer';
import type { ServiceContext } from '../../core/module';
import { formatCount, formatDate } from '../../shared/format';
import { addDays, swedishToday } from '../../shared/time';
import { activeHouseholds } from '../areas';
import { invitationEmails } from '../safety-index';
import { budgetFor } from './budgets.service';
import type { CodeSummary } from './participatory-budget.contract';
import { budgetPermissions as p } from './participatory-budget.policy';
import { budgetCodeLetters, budgetVotingCodes } from './participatory-budget.table';
import { phaseOn } from './phases';
import { budgetTexts, codeLetter, codeMailBody } from './tenant-texts';
import { codeHash, newVotingCode, normaliseCode, votingLink } from './voting-code';

/** What issuing codes needs besides the database: the mailer and the public URL the links point to. */
export type CodeDelivery = ServiceContext & { mailer: Mailer; config: Pick<Config, 'publicUrl'> };

const kronor = (amount: number) => `${formatCount(amount, 'sv')} kr`;
const rtl = new Set(['ar']);

/** The area's active households, and which of them have a code for the budget already. */
async function householdsOf(db: Db, organisationId: string, budgetId: string, areaId: string) {
  const all = (await activeHouseholds(db, organisationId)).filter((h) => h.areaId === areaId);
  const coded = await db
    .select({ householdId: budgetVotingCodes.householdId })
    .from(budgetVotingCodes)
    .where(
      and(eq(budgetVotingCodes.organisationId, organisationId), eq(budgetVotingCodes.budgetId, budgetId)),
    );
  const has = new Set(coded.map((c) => c.householdId));
  return { all, without: all.filter((h) => !has.has(h.id)) };
}

/** Households, codes issued and spent, e-mail addresses on file and the letter batches. */
export async function codeSummary(
  { db }: ServiceContext,
  actor: Actor,
  budgetId: string,
): Promise<CodeSummary> {
  const { row } = await budgetFor(db, actor, budgetId, p['participatory-budget.manage']);
  const { all } = await householdsOf(db, actor.organisationId, budgetId, row.areaId);
  const [counts] = await db
    .select({
      issued: sql<number>`count(*)::int`,
      spent: sql<number>`count(*) filter (where ${budgetVotingCodes.spent})::int`,
    })
    .from(budgetVotingCodes)
    .where(
      and(
        eq(budgetVotingCodes.organisationId, actor.organisationId),
        eq(budgetVotingCodes.budgetId, budgetId),
      ),
    );
  const emails = await invitationEmails(
    db,
    actor.organisationId,
    all.map((h) => h.id),
  );
  const batches = await db
    .select({
      id: budgetCodeLetters.id,
      letters: budgetCodeLetters.letters,
      createdAt: budgetCodeLetters.createdAt,
    })
    .from(budgetCodeLetters)
    .where(
      and(
        eq(budgetCodeLetters.organisationId, actor.organisationId),
        eq(budgetCodeLetters.budgetId, budgetId),
      ),
    )
    .orderBy(desc(budgetCodeLetters.createdAt));
  return {
    households: all.length,
    issued: counts?.issued ?? 0,
    spent: counts?.spent ?? 0,
    withEmail: emails.size,
    batches: batches.map((b) => ({ ...b, createdAt: b.createdAt.toISOString() })),
  };
}

/**
 * Gives every active household of the area that has none a code: the codes' hashes and their
 * letters in one transaction (the letters are the only copy), then an e-mail to each household
 * with an address. Not for an imported budget, nor once the voting is over.
 */
export async function issueCodes(
  { db, requestId, mailer, config }: CodeDelivery,
  actor: Actor,
  budgetId: string,
  now: Date,
) {
  const { row: budget, area } = await budgetFor(db, actor, budgetId, p['participatory-budget.manage']);
  const today = swedishToday(now);
  const phase = phaseOn(budget, today);
  if (budget.imported || phase === 'result' || phase === 'implementation')
    throw new AppError('budget_codes_closed');
  const { without } = await householdsOf(db, actor.organisationId, budgetId, budget.areaId);
  if (without.length === 0) return { issued: 0, emails: 0, batchId: null };
  const issued = without.map((h) => ({ household: h, code: newVotingCode() }));
  const lastDay = addDays(budget.resultFrom, -1);
  const letters = issued.map(({ household, code }) => ({
    recipient: [codeLetter.recipient, household.address, household.areaName],
    ref: codeLetter.ref(household.ref),
    heading: codeLetter.heading(area.name, budget.year),
    paragraphs: [
      codeLetter.body(kronor(budget.amount), formatDate(budget.votingFrom, 'sv'), formatDate(lastDay, 'sv')),
      codeLetter.code(code),
      codeLetter.secrecy,
    ],
    link: votingLink(config.publicUrl, code),
    otherLanguages: (['en', 'ar', 'so'] as const).map((language) => ({
      language,
      heading: budgetTexts[language].title,
      text: codeLetter.other[language],
      rtl: rtl.has(language),
    })),
  }));
  const pdf = await lettersPdf(
    {
      title: codeLetter.title,
      language: 'sv',
      qrAlt: codeLetter.qrAlt,
      scan: codeLetter.scan,
      linkNote: codeLetter.linkNote,
      none: codeLetter.none,
    },
    letters,
  );
  const batch = await db.transaction(async (tx) => {
    const values = issued.map(({ household, code }) => ({
      organisationId: actor.organisationId,
      budgetId,
      householdId: household.id,
      codeHash: codeHash(normaliseCode(code)!),
      issuedOn: today,
    }));
    for (let i = 0; i < values.length; i += 1000)
      await tx.insert(budgetVotingCodes).values(values.slice(i, i + 1000));
    const [stored] = await tx
      .insert(budgetCodeLetters)
      .values({ organisationId: actor.organisationId, budgetId, letters: letters.length, pdf })
      .returning({ id: budgetCodeLetters.id });
    // Only how many: the audit log never names a household of a code.
    await recordAudit(tx, { actor, entity: 'budget_voting_code', requestId }, 'issue', budgetId, {
      after: { codes: issued.length, batchId: stored.id },
    });
    return stored;
  });
  const emails = await invitationEmails(
    db,
    actor.organisationId,
    issued.map((i) => i.household.id),
  );
  for (const { household, code } of issued) {
    const to = emails.get(household.id);
    if (!to) continue;
    await mailer.send(db, {
      organisationId: actor.organisationId,
      to,
      subject: `Rösta om boendebudgeten / Vote on the residents' budget – ${area.name}`,
      body: codeMailBody(
        area.name,
        budget.year,
        votingLink(config.publicUrl, code),
        formatDate(lastDay, 'sv'),
      ),
    });
  }
  return { issued: issued.length, emails: [...emails.values()].length, batchId: batch.id };
}

/** One batch of letters as a PDF. */
export async function codeLettersPdf(
  { db }: ServiceContext,
  actor: Actor,
  budgetId: string,
  batchId: string,
) {
  await budgetFor(db, actor, budgetId, p['participatory-budget.manage']);
  const [row] = await db
    .select({ pdf: budgetCodeLetters.pdf })
    .from(budgetCodeLetters)
    .where(
      and(
        eq(budgetCodeLetters.id, batchId),
        eq(budgetCodeLetters.organisationId, actor.organisationId),
        eq(budgetCodeLetters.budgetId, budgetId),
      ),
    );
  if (!row?.pdf) throw new AppError('not_found');
  return Buffer.from(row.pdf);
}
