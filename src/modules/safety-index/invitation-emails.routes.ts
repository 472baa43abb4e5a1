import { actorOf } from '../../core/http/guard';
import { routesOf, serviceContext } from '../../core/http/route-kit';
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

const admin = p['safety-index.admin'];

/** Admin-only: households' addresses for survey invitations, looked up and changed by reference. */
export async function invitationEmailRoutes(app: ApiInstance, { db }: AppContext) {
  const route = routesOf(app, 'safety-index');
  const ctx = serviceContext(db);
  const byRef = { params: householdRefParam, returns: invitationEmailSchema };
  route.get('/safety-index/emails', admin, { returns: invitationEmailCountsSchema }, (req) =>
    invitationEmailCounts(ctx(req.id), actorOf(req)),
  );
  route.get('/safety-index/emails/:ref', admin, byRef, (req) =>
    invitationEmailOf(ctx(req.id), actorOf(req), req.params.ref),
  );
  route.put('/safety-index/emails/:ref', admin, { ...byRef, body: invitationEmailInput }, (req) =>
    setInvitationEmail(ctx(req.id), actorOf(req), { householdRef: req.params.ref, email: req.body.email }),
  );
  route.delete('/safety-index/emails/:ref', admin, byRef, (req) =>
    setInvitationEmail(ctx(req.id), actorOf(req), { householdRef: req.params.ref, email: null }),
  );
}
