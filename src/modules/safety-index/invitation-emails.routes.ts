import { actorOf } from '../../core/http/guard';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { invitationEmailCounts, invitationEmailOf, setInvitationEmail } from './invitation-emails';
import {
  householdRefParam,
  invitationEmailCountsSchema,
  invitationEmailInput,
  invitationEmailSchema,
} from './safety-index.contract';
import { safetyPermissions as p } from './safety-index.policy';

const tags = ['safety-index'];
const access = { access: p['safety-index.admin'] };

/** Admin-only: households' addresses for survey invitations, looked up and changed by reference. */
export async function invitationEmailRoutes(app: ApiInstance, { db }: AppContext) {
  const ctx = (requestId: string) => ({ db, requestId });
  app.get(
    '/safety-index/emails',
    { config: access, schema: { tags, response: { 200: invitationEmailCountsSchema } } },
    async (req) => invitationEmailCounts(ctx(req.id), actorOf(req)),
  );
  app.get(
    '/safety-index/emails/:ref',
    { config: access, schema: { tags, params: householdRefParam, response: { 200: invitationEmailSchema } } },
    async (req) => invitationEmailOf(ctx(req.id), actorOf(req), req.params.ref),
  );
  app.put(
    '/safety-index/emails/:ref',
    {
      config: access,
      schema: {
        tags,
        params: householdRefParam,
        body: invitationEmailInput,
        response: { 200: invitationEmailSchema },
      },
    },
    async (req) =>
      setInvitationEmail(ctx(req.id), actorOf(req), { householdRef: req.params.ref, email: req.body.email }),
  );
  app.delete(
    '/safety-index/emails/:ref',
    { config: access, schema: { tags, params: householdRefParam, response: { 200: invitationEmailSchema } } },
    async (req) =>
      setInvitationEmail(ctx(req.id), actorOf(req), { householdRef: req.params.ref, email: null }),
  );
}
