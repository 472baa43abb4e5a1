import type { z } from 'zod';
import type { Actor } from '../auth/access';
import { actorOf } from './guard';
import { type Access, idParam, type routesOf } from './route-kit';

type Routes = ReturnType<typeof routesOf>;

/** What an editable register's two routes take and answer. */
export type EditableSchemas<Input, Patch, Row> = {
  /** The body of a new row. */
  input: z.ZodType<Input>;
  /** The body of a change; the input itself when left out. */
  patch?: z.ZodType<Patch>;
  /** The row as answered. */
  row: z.ZodType<Row>;
  /** A change replaces the whole row (PUT) instead of patching some fields (PATCH). */
  replace?: boolean;
};

/**
 * The pair of routes every editable register has: POST `path` makes a row (201) and PATCH (or PUT)
 * `path/:id` changes one, each a service call with the request's context and actor. Bound once to a
 * module's routes and service context: `const editable = editableRoutes(route, ctx)`, then
 * `editable('/programs', write, { input, patch, row }, service.createProgram, service.updateProgram)`.
 */
export function editableRoutes<Ctx>(route: Routes, ctx: (requestId: string) => Ctx) {
  return <Input, Patch, Row>(
    path: string,
    access: Access,
    schemas: EditableSchemas<Input, Patch, Row>,
    create: (ctx: Ctx, actor: Actor, input: Input) => Promise<Row>,
    update: (ctx: Ctx, actor: Actor, id: string, patch: Patch) => Promise<Row>,
  ): void => {
    const { input, row, replace } = schemas;
    // Row ties the answer schema to what the services return; inside this generic function Fastify's
    // reply type cannot be worked out, so the answers are handed over untyped (`as never`).
    route.post(
      path,
      access,
      { body: input, created: row },
      (req) => create(ctx(req.id), actorOf(req), req.body as Input) as never,
    );
    const change = replace ? route.put : route.patch;
    change(
      `${path}/:id`,
      access,
      { params: idParam, body: schemas.patch ?? input, returns: row },
      (req) => update(ctx(req.id), actorOf(req), req.params.id, req.body as Patch) as never,
    );
  };
}
