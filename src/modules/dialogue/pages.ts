import { z } from 'zod';
import { AppError } from '../../core/errors';
import { sendPage } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { type TenantLanguage, tenantLanguages } from '../../shared/tenant-page';
import { publicArea } from '../areas';
import { publicWalkFollowUp } from '../rounds';
import { followUpNotFoundPage, publicDialogues, publicFollowUpPage } from './public-follow-up';

// Any text is taken, so that no address gives a JSON validation error: a wrong one is the 404 page.
const followUpParams = z.object({ org: z.string(), area: z.string() });
const languageQuery = z.object({ lang: z.unknown().optional() });

/** The language asked for with `?lang=` when it is a tenant language, else the browser's (sv or en). */
function pageLanguage(asked: unknown, browser: TenantLanguage): TenantLanguage {
  return tenantLanguages.includes(asked as TenantLanguage) ? (asked as TenantLanguage) : browser;
}

export async function dialoguePages(app: ApiInstance, { db }: AppContext) {
  app.get(
    '/ni-sa-vi-gjorde/:org/:area',
    {
      config: { public: true },
      schema: { hide: true, params: followUpParams, querystring: languageQuery },
    },
    async (req, reply) => {
      const { org, area: code } = req.params;
      const language = pageLanguage(req.query.lang, req.language);
      const path = `/ni-sa-vi-gjorde/${encodeURIComponent(org)}/${encodeURIComponent(code)}`;
      try {
        const area = await publicArea(db, org, code);
        const walks = await publicWalkFollowUp(db, org, code);
        const dialogues = await publicDialogues(db, area.organisationId, area.id);
        reply.header('cache-control', 'public, max-age=300');
        return sendPage(reply, publicFollowUpPage(language, { ...walks, dialogues }, path));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
        reply.status(404);
        return sendPage(reply, followUpNotFoundPage(language, path));
      }
    },
  );
}
