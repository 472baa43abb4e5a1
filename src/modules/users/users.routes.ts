import { z } from 'zod';
import { actorOf } from '../../core/http/guard';
import { idParam } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { resendInvitation } from './invitation';
import { userInput, userPatch, userSchema } from './users.contract';
import { userPermissions as p } from './users.policy';
import * as service from './users.service';

const tags = ['users'];

export async function userRoutes(app: ApiInstance, { db, mailer, config }: AppContext) {
  app.get(
    '/users',
    { config: { access: p['users.manage'] }, schema: { tags, response: { 200: z.array(userSchema) } } },
    async (req) => service.listUsers({ db }, actorOf(req)),
  );
  app.post(
    '/users',
    {
      config: { access: p['users.manage'] },
      schema: { tags, body: userInput, response: { 201: userSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(
        await service.createUser({ db, requestId: req.id }, actorOf(req), req.body, {
          mailer,
          publicUrl: config.publicUrl,
        }),
      ),
  );
  app.patch(
    '/users/:id',
    {
      config: { access: p['users.manage'] },
      schema: {
        tags,
        params: idParam,
        body: userPatch,
        response: { 200: userSchema },
      },
    },
    async (req) => service.updateUser({ db, requestId: req.id }, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/users/:id/invitation',
    {
      config: { access: p['users.manage'] },
      schema: {
        tags,
        description: 'Sends a new invitation link to a user who has not chosen a password yet.',
        params: idParam,
        response: { 202: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req, reply) => {
      await resendInvitation({ db, requestId: req.id }, actorOf(req), req.params.id, {
        mailer,
        publicUrl: config.publicUrl,
      });
      return reply.status(202).send({ ok: true as const });
    },
  );
  app.get(
    '/outbox/delivery',
    {
      config: { access: p['outbox.read'] },
      schema: {
        tags,
        description: 'Whether mail goes out (an SMTP server is configured) or stays in the outbox.',
        response: { 200: z.object({ smtp: z.boolean() }) },
      },
    },
    async () => ({ smtp: Boolean(config.smtpUrl) }),
  );
  app.get(
    '/outbox',
    {
      config: { access: p['outbox.read'] },
      schema: {
        tags,
        querystring: z.object({
          /** Part of the recipient's address or the subject. */
          q: z.string().trim().max(200).optional(),
        }),
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              to: z.string(),
              subject: z.string(),
              body: z.string(),
              sentAt: z.date().nullable(),
              error: z.string().nullable(),
              createdAt: z.date(),
            }),
          ),
        },
      },
    },
    async (req) => service.listOutbox({ db }, actorOf(req), req.query.q),
  );
}
