import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, serviceContext } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { resendInvitation } from './invitation';
import {
  deliverySchema,
  invitationSent,
  outboxList,
  outboxQuery,
  userInput,
  userList,
  userPatch,
  userSchema,
} from './users.contract';
import { userPermissions as p } from './users.policy';
import * as service from './users.service';

const manage = p['users.manage'];

export async function userRoutes(app: ApiInstance, { db, mailer, config }: AppContext) {
  const route = routesOf(app, 'users');
  const ctx = serviceContext(db);
  const invitations = { mailer, publicUrl: config.publicUrl };

  route.get('/users', manage, { returns: userList }, (req) => service.listUsers(ctx(req.id), actorOf(req)));
  route.post('/users', manage, { body: userInput, created: userSchema }, (req) =>
    service.createUser(ctx(req.id), actorOf(req), req.body, invitations),
  );
  route.patch('/users/:id', manage, { params: idParam, body: userPatch, returns: userSchema }, (req) =>
    service.updateUser(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  route.post(
    '/users/:id/invitation',
    manage,
    {
      description: 'Sends a new invitation link to a user who has not chosen a password yet.',
      params: idParam,
      accepted: invitationSent,
    },
    async (req) => {
      await resendInvitation(ctx(req.id), actorOf(req), req.params.id, invitations);
      return { ok: true as const };
    },
  );
  route.get(
    '/outbox/delivery',
    p['outbox.read'],
    {
      description: 'Whether mail goes out (an SMTP server is configured) or stays in the outbox.',
      returns: deliverySchema,
    },
    async () => ({ smtp: Boolean(config.smtpUrl) }),
  );
  route.get('/outbox', p['outbox.read'], { query: outboxQuery, returns: outboxList }, (req) =>
    service.listOutbox(ctx(req.id), actorOf(req), req.query.q),
  );
}
