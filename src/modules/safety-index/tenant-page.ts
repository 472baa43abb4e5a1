/**
 * The tenant's survey page: plain server-rendered HTML with a form POST, so it works without
 * JavaScript, on an old phone and on a slow line. The token in the link is the only capability.
 */
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashToken } from '../../core/auth/tokens';
import type { Db } from '../../core/db/client';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { escapeHtml } from '../../shared/html';
import { type TenantLanguage, tenantLanguageOf, tenantPage } from '../../shared/tenant-page';
import { swedishMonth } from '../../shared/time';
import { currentInstrument, type Instrument, questionText } from './instrument';
import { applyContributions, contribute, emptyContributions } from './rollups';
import { surveyInvitations, surveyResponses } from './safety-index.table';
import type { Answers, AnswerValue } from './statistics';
import { type TenantTexts, tenantTexts } from './tenant-texts';

function page(lang: TenantLanguage, title: string, main: string, path: string): string {
  // The link is the only capability: it must not end up in a search engine.
  return tenantPage({ language: lang, title, main, path, noindex: true });
}

export function renderForm(
  instrument: Instrument,
  lang: TenantLanguage,
  path: string,
  error = false,
): string {
  const t = tenantTexts[lang];
  const options = (code: string) =>
    [1, 2, 3, 4, 5, 0]
      .map((v) => {
        const label = v === 0 ? t.dontKnow : t.scale[v - 1];
        return `<label><input type="radio" name="q_${code}" value="${v}"> ${escapeHtml(label)}</label>`;
      })
      .join('');
  const fieldsets = instrument.questions
    .map(
      (q) =>
        `<fieldset><legend>${escapeHtml(questionText(q, lang))}</legend><div class="opts">${options(q.code)}</div></fieldset>`,
    )
    .join('');
  const comment = instrument.comment
    ? `<p><label for="comment">${escapeHtml(t.comment)}</label><br><span class="hint" id="comment-hint">${escapeHtml(t.commentHint)}</span><textarea id="comment" name="comment" maxlength="2000" aria-describedby="comment-hint"></textarea></p>`
    : '';
  const body = `<h1>${escapeHtml(t.title)}</h1>${error ? `<p class="error" role="alert">${escapeHtml(t.invalid)}</p>` : ''}<p>${escapeHtml(t.intro)}</p><p class="hint">${escapeHtml(t.anonymity)}</p><p class="hint">${escapeHtml(t.optional)}</p><form method="post" action="${escapeHtml(path)}"><input type="hidden" name="lang" value="${lang}">${fieldsets}${comment}<button type="submit">${escapeHtml(t.submit)}</button></form>`;
  return page(lang, t.title, body, path);
}

export function renderMessage(
  lang: TenantLanguage,
  path: string,
  heading: keyof TenantTexts,
  text: keyof TenantTexts,
) {
  const t = tenantTexts[lang];
  return page(
    lang,
    `${t[heading]} – ${t.title}`,
    `<h1>${escapeHtml(String(t[heading]))}</h1><p>${escapeHtml(String(t[text]))}</p>`,
    path,
  );
}

type InvitationState = 'open' | 'used' | 'expired' | 'unknown';

/** The invitation a token (first or reminder) belongs to, and whether it can still be answered. */
export async function invitationForToken(db: Db, token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return { state: 'unknown' as InvitationState, invitation: null };
  const hash = hashToken(token);
  const [invitation] = await db
    .select()
    .from(surveyInvitations)
    .where(or(eq(surveyInvitations.tokenHash, hash), eq(surveyInvitations.reminderTokenHash, hash)));
  if (!invitation) return { state: 'unknown' as InvitationState, invitation: null };
  const state: InvitationState = invitation.usedAt
    ? 'used'
    : invitation.expiresAt <= now
      ? 'expired'
      : 'open';
  return { state, invitation };
}

const answerValue = z.enum(['0', '1', '2', '3', '4', '5']);

/** Reads the posted form into answers; null when a value is not on the scale. */
export function answersFromForm(body: Record<string, unknown>, codes: readonly string[]): Answers | null {
  const answers: Answers = {};
  for (const code of codes) {
    const raw = body[`q_${code}`];
    if (raw === undefined || raw === '') continue;
    const parsed = answerValue.safeParse(raw);
    if (!parsed.success) return null;
    answers[code] = Number(parsed.data) as AnswerValue;
  }
  return answers;
}

/**
 * Stores an answer: marks the invitation used (only if still open — a second, concurrent post
 * finds it used) and writes area, month, version and answers, without household or token.
 */
export async function submitAnswer(
  db: Db,
  invitationId: string,
  answers: Answers,
  comment: string | null,
  now: Date,
): Promise<'saved' | 'used'> {
  // The Swedish month of answering.
  const month = swedishMonth(now);
  return db.transaction(async (tx) => {
    // Only the month is kept (as UTC midnight on its first day), so the time of answering cannot
    // be matched against anything.
    const usedAt = new Date(`${month}-01T00:00:00Z`);
    const [claimed] = await tx
      .update(surveyInvitations)
      .set({ usedAt })
      .where(
        and(
          eq(surveyInvitations.id, invitationId),
          isNull(surveyInvitations.usedAt),
          gt(surveyInvitations.expiresAt, now),
        ),
      )
      .returning({ organisationId: surveyInvitations.organisationId, areaId: surveyInvitations.areaId });
    if (!claimed) return 'used';
    if (Object.keys(answers).length === 0 && !comment) return 'saved';
    const instrument = await currentInstrument(tx, claimed.organisationId);
    await tx.insert(surveyResponses).values({
      organisationId: claimed.organisationId,
      areaId: claimed.areaId,
      month,
      instrumentId: instrument.id,
      answers,
      comment,
      source: 'web',
    });
    const c = contribute(emptyContributions(), [
      { areaId: claimed.areaId, month, answers, indexCodes: instrument.indexCodes },
    ]);
    await applyContributions(tx, claimed.organisationId, c);
    return 'saved';
  });
}

const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const tokenParams = z.object({ token: z.string().max(100) });
const langQuery = z.object({ lang: z.string().max(5).optional(), done: z.string().optional() });

export async function tenantPages(app: ApiInstance, { db, config }: AppContext) {
  await app.register(async (plain) => {
    const scoped = plain.withTypeProvider<ZodTypeProvider>();
    if (!scoped.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scoped.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 20_000 },
        (_req, body, done) => {
          done(null, Object.fromEntries(new URLSearchParams(String(body))));
        },
      );
    }
    const rateLimit = { max: 60, timeWindow: '1 minute' };

    scoped.get(
      '/s/:token',
      {
        config: { public: true, rateLimit },
        schema: { hide: true, params: tokenParams, querystring: langQuery },
      },
      async (req, reply) => {
        const lang = tenantLanguageOf(req.query.lang);
        const path = `/s/${encodeURIComponent(req.params.token)}`;
        reply.headers(securityHeaders).type('text/html; charset=utf-8');
        const { state, invitation } = await invitationForToken(db, req.params.token, config.clock());
        if (state === 'unknown')
          return reply.status(404).send(renderMessage(lang, path, 'notFound', 'notFoundBody'));
        if (state === 'used') {
          return req.query.done
            ? renderMessage(lang, path, 'thanks', 'thanksBody')
            : renderMessage(lang, path, 'alreadyAnswered', 'alreadyAnsweredBody');
        }
        if (state === 'expired')
          return reply.status(410).send(renderMessage(lang, path, 'expired', 'expiredBody'));
        return renderForm(await currentInstrument(db, invitation!.organisationId), lang, path);
      },
    );

    scoped.post(
      '/s/:token',
      { config: { public: true, rateLimit }, schema: { hide: true, params: tokenParams } },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const lang = tenantLanguageOf(body.lang);
        const path = `/s/${encodeURIComponent(req.params.token)}`;
        reply.headers(securityHeaders).type('text/html; charset=utf-8');
        const now = config.clock();
        const { state, invitation } = await invitationForToken(db, req.params.token, now);
        if (state === 'unknown')
          return reply.status(404).send(renderMessage(lang, path, 'notFound', 'notFoundBody'));
        if (state === 'used')
          return reply.status(409).send(renderMessage(lang, path, 'alreadyAnswered', 'alreadyAnsweredBody'));
        if (state === 'expired')
          return reply.status(410).send(renderMessage(lang, path, 'expired', 'expiredBody'));
        const instrument = await currentInstrument(db, invitation!.organisationId);
        const answers = answersFromForm(
          body,
          instrument.questions.map((q) => q.code),
        );
        const rawComment = typeof body.comment === 'string' ? body.comment.trim().slice(0, 2000) : '';
        if (!answers) return reply.status(400).send(renderForm(instrument, lang, path, true));
        const outcome = await submitAnswer(
          db,
          invitation!.id,
          answers,
          instrument.comment && rawComment ? rawComment : null,
          now,
        );
        if (outcome === 'used') {
          return reply.status(409).send(renderMessage(lang, path, 'alreadyAnswered', 'alreadyAnsweredBody'));
        }
        return reply.redirect(`${path}?lang=${lang}&done=1`, 303);
      },
    );
  });
}
