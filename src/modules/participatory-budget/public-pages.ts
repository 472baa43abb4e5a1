/**
 * The budget's public pages, server-rendered, in the four tenant languages (`?lang=`), working
 * without JavaScript:
 *   /boendebudget/:org/:area/:year        the budget: phases, proposals, the form, the result
 *   /boendebudget/rosta?code=…            a typed code → its ballot
 *   /boendebudget/rosta/:code             the ballot (the code is the only capability; noindex)
 * Forms POST as the survey page does: no session, so no CSRF token to carry; the budget page's form
 * only adds a proposal for review, and the ballot needs the household's code. Every error is a page
 * in the tenant's language, never JSON.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { type TenantLanguage, tenantLanguageOf } from '../../shared/tenant-page';
import { swedishToday } from '../../shared/time';
import { areaInOrganisation, publicArea } from '../areas';
import { ballotProjects, castBallot, codeOwner } from './ballots.service';
import { proposalInput } from './participatory-budget.contract';
import { budgetProposals, budgets } from './participatory-budget.table';
import { phaseOn, votingOver } from './phases';
import { submitProposal } from './proposals.service';
import {
  ballotPage,
  budgetPage,
  codePage,
  kronor,
  messagePage,
  type ProposalForm,
  type PublicBudget,
} from './public-render';
import { resultOf } from './results.service';
import { budgetTexts } from './tenant-texts';
import { normaliseCode } from './voting-code';

const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const budgetParams = z.object({ org: z.string().max(40), area: z.string().max(32), year: z.string().max(4) });
const codeParams = z.object({ code: z.string().max(40) });
const pageQuery = z.object({
  lang: z.string().max(5).optional(),
  sent: z.string().max(1).optional(),
  done: z.string().max(1).optional(),
  code: z.string().max(40).optional(),
});

/** The budget a public address names (its non-imported one first), or null. */
async function budgetAt(ctx: AppContext, org: string, areaCode: string, year: string) {
  if (!/^\d{4}$/.test(year)) return null;
  try {
    const area = await publicArea(ctx.db, org, areaCode, { anyCase: true });
    const [row] = await ctx.db
      .select()
      .from(budgets)
      .where(
        and(
          eq(budgets.organisationId, area.organisationId),
          eq(budgets.areaId, area.id),
          eq(budgets.year, Number(year)),
        ),
      )
      .orderBy(asc(budgets.imported))
      .limit(1);
    return row ? { row, area } : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

async function publicBudget(ctx: AppContext, found: NonNullable<Awaited<ReturnType<typeof budgetAt>>>) {
  const { row, area } = found;
  const now = ctx.config.clock();
  const phase = phaseOn(row, swedishToday(now));
  const proposals = await ctx.db
    .select()
    .from(budgetProposals)
    .where(eq(budgetProposals.budgetId, row.id))
    .orderBy(asc(budgetProposals.number));
  const budget: PublicBudget = {
    areaName: area.name,
    organisationName: area.organisationName,
    year: row.year,
    amount: row.amount,
    votingMethod: row.votingMethod,
    phase,
    dates: row,
    proposals: proposals.map((p) => ({
      number: p.number,
      title: p.title,
      description: p.description,
      costEstimate: p.costEstimate,
      status: p.status as PublicBudget['proposals'][number]['status'],
      reviewedCost: p.reviewedCost,
      rejectionReason: p.rejectionReason,
    })),
    result: votingOver(phase) ? await resultOf(ctx.db, row, now) : null,
  };
  return budget;
}

/** The proposal form's fields as posted (kept to show the form again). */
function formValues(body: Record<string, unknown>) {
  const field = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).slice(0, 4000) : '');
  return {
    title: field('title'),
    description: field('description'),
    costEstimate: field('costEstimate'),
    contactEmail: field('contactEmail'),
  };
}

/** The message of a refused proposal in the tenant's language. */
function refusal(error: unknown, lang: TenantLanguage): { status: number; message: string } {
  const t = budgetTexts[lang];
  if (error instanceof AppError && error.code === 'personal_data')
    return { status: 422, message: t.personalData };
  if (error instanceof AppError && error.code === 'budget_not_open_for_proposals')
    return { status: 409, message: t.closed };
  if (error instanceof AppError) return { status: 400, message: t.invalid };
  throw error;
}

/** Ticked projects of a posted ballot: `project_<number>` for each box. */
function tickedIds(body: Record<string, unknown>, projects: { id: string; number: number }[]) {
  return projects.filter((p) => body[`project_${p.number}`] !== undefined).map((p) => p.id);
}

export async function budgetPages(app: ApiInstance, ctx: AppContext) {
  await app.register(async (plain) => {
    const scoped = plain.withTypeProvider<ZodTypeProvider>();
    if (!scoped.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scoped.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 20_000 },
        (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
    }
    const rateLimit = { max: 60, timeWindow: '1 minute' };
    const html = (reply: FastifyReply) => reply.headers(securityHeaders).type('text/html; charset=utf-8');
    const budgetPath = (p: { org: string; area: string; year: string }) =>
      `/boendebudget/${encodeURIComponent(p.org)}/${encodeURIComponent(p.area)}/${encodeURIComponent(p.year)}`;

    scoped.get(
      '/boendebudget/:org/:area/:year',
      {
        config: { public: true, rateLimit },
        schema: { hide: true, params: budgetParams, querystring: pageQuery },
      },
      async (req, reply) => {
        const lang = tenantLanguageOf(req.query.lang);
        const path = budgetPath(req.params);
        html(reply);
        const found = await budgetAt(ctx, req.params.org, req.params.area, req.params.year);
        if (!found) return reply.status(404).send(messagePage(lang, path, 'notFound', 'notFoundBody'));
        return budgetPage(await publicBudget(ctx, found), lang, path, { sent: req.query.sent === '1' });
      },
    );

    scoped.post(
      '/boendebudget/:org/:area/:year',
      {
        config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: { hide: true, params: budgetParams },
      },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const lang = tenantLanguageOf(body.lang);
        const path = budgetPath(req.params);
        html(reply);
        const found = await budgetAt(ctx, req.params.org, req.params.area, req.params.year);
        if (!found) return reply.status(404).send(messagePage(lang, path, 'notFound', 'notFoundBody'));
        const values = formValues(body);
        const show = async (status: number, message: string) => {
          const form: ProposalForm = { values, error: message };
          return reply.status(status).send(budgetPage(await publicBudget(ctx, found), lang, path, { form }));
        };
        const parsed = proposalInput.safeParse({
          ...values,
          costEstimate: /^\d{1,10}$/.test(values.costEstimate.trim())
            ? Number(values.costEstimate.trim())
            : Number.NaN,
        });
        if (!parsed.success) return show(400, budgetTexts[lang].invalid);
        try {
          await submitProposal(
            ctx.db,
            found.row,
            parsed.data,
            lang === 'sv' ? 'sv' : 'en',
            ctx.config.clock(),
          );
        } catch (error) {
          const { status, message } = refusal(error, lang);
          return show(status, message);
        }
        return reply.redirect(`${path}?lang=${lang}&sent=1#proposals`, 303);
      },
    );

    scoped.get(
      '/boendebudget/rosta',
      { config: { public: true, rateLimit }, schema: { hide: true, querystring: pageQuery } },
      async (req, reply) => {
        const lang = tenantLanguageOf(req.query.lang);
        if (req.query.code === undefined) return html(reply).send(codePage(lang, '/boendebudget/rosta'));
        const code = normaliseCode(req.query.code);
        if (!code)
          return html(reply)
            .status(404)
            .send(messagePage(lang, '/boendebudget/rosta', 'unknownCode', 'unknownCodeBody'));
        return reply.redirect(`/boendebudget/rosta/${code}?lang=${lang}`, 303);
      },
    );

    const ballotFor = async (rawCode: string, lang: TenantLanguage, path: string, reply: FastifyReply) => {
      const owner = await codeOwner(ctx.db, rawCode);
      if (!owner) {
        reply.status(404).send(messagePage(lang, path, 'unknownCode', 'unknownCodeBody'));
        return null;
      }
      return owner;
    };

    scoped.get(
      '/boendebudget/rosta/:code',
      {
        config: { public: true, rateLimit },
        schema: { hide: true, params: codeParams, querystring: pageQuery },
      },
      async (req, reply) => {
        const lang = tenantLanguageOf(req.query.lang);
        const path = `/boendebudget/rosta/${encodeURIComponent(req.params.code)}`;
        html(reply);
        const owner = await ballotFor(req.params.code, lang, path, reply);
        if (!owner) return reply;
        if (owner.code.spent)
          return req.query.done === '1'
            ? messagePage(lang, path, 'thanks', 'thanksBody')
            : reply.status(409).send(messagePage(lang, path, 'spent', 'spentBody'));
        if (phaseOn(owner.budget, swedishToday(ctx.config.clock())) !== 'voting')
          return reply.status(409).send(messagePage(lang, path, 'notVoting', 'notVotingBody'));
        const area = await areaNameOf(ctx, owner.budget);
        return ballotPage(
          lang,
          path,
          { ...owner.budget, areaName: area },
          await ballotProjects(ctx.db, owner.budget.id),
        );
      },
    );

    scoped.post(
      '/boendebudget/rosta/:code',
      { config: { public: true, rateLimit }, schema: { hide: true, params: codeParams } },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const lang = tenantLanguageOf(body.lang);
        const path = `/boendebudget/rosta/${encodeURIComponent(req.params.code)}`;
        html(reply);
        const owner = await ballotFor(req.params.code, lang, path, reply);
        if (!owner) return reply;
        const projects = await ballotProjects(ctx.db, owner.budget.id);
        const ticked = tickedIds(body, projects);
        const result = await castBallot(ctx.db, req.params.code, ticked, 'web', ctx.config.clock());
        if (result.outcome === 'saved') return reply.redirect(`${path}?lang=${lang}&done=1`, 303);
        if (result.outcome === 'spent')
          return reply.status(409).send(messagePage(lang, path, 'spent', 'spentBody'));
        if (result.outcome === 'closed')
          return reply.status(409).send(messagePage(lang, path, 'notVoting', 'notVotingBody'));
        if (result.outcome === 'unknown')
          return reply.status(404).send(messagePage(lang, path, 'unknownCode', 'unknownCodeBody'));
        const t = budgetTexts[lang];
        const message =
          result.outcome === 'over_budget'
            ? t.overBudget(kronor(result.cost, lang), kronor(result.amount, lang))
            : t.invalid;
        const area = await areaNameOf(ctx, owner.budget);
        return reply
          .status(422)
          .send(
            ballotPage(lang, path, { ...owner.budget, areaName: area }, projects, new Set(ticked), message),
          );
      },
    );
  });
}

/** The area's name for the ballot's heading. */
async function areaNameOf(ctx: AppContext, budget: typeof budgets.$inferSelect) {
  return (await areaInOrganisation(ctx.db, budget.organisationId, budget.areaId))?.name ?? '';
}
