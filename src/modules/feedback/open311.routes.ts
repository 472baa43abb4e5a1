/**
 * Open311 GeoReport v2, read-only (wiki.open311.org/GeoReport_v2): discovery, services and
 * service requests of an organisation (`jurisdiction_id` = its slug), JSON and XML, outside /api
 * and without sign-in, rate limited. Errors answer in the spec's shape: `[{ code, description }]`.
 */
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { addDays, swedishToday } from '../../shared/time';
import { jurisdiction, open311Requests, open311Services, publishablePhoto } from './open311';
import { type FeedbackCategory, feedbackCategories } from './vocabulary';

export const open311Base = '/open311/v2';

/** Default window of requests.json when no dates are given (the spec's 90 days) and its largest page. */
const defaultDays = 90;
const maxPageSize = 1000;

const requestsQuery = z.object({
  jurisdiction_id: z.string().max(100).optional(),
  service_code: z.string().max(500).optional(),
  status: z.string().max(20).optional(),
  start_date: z.string().max(40).optional(),
  end_date: z.string().max(40).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  page_size: z.coerce.number().int().min(1).max(maxPageSize).default(100),
  lang: z.enum(['sv', 'en']).optional(),
});
const idParams = z.object({ id: z.string().max(100) });
const codeParams = z.object({ code: z.string().max(100) });
const uuid = z.uuid();

type Item = Record<string, unknown>;

const xmlEscape = (v: unknown) =>
  String(v).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** The spec's XML: a root of items, each field an element (null ones empty). */
export function toXml(root: string, item: string, items: Item[]): string {
  const body = items
    .map(
      (i) =>
        `<${item}>${Object.entries(i)
          .map(([k, v]) => `<${k}>${v === null || v === undefined ? '' : xmlEscape(v)}</${k}>`)
          .join('')}</${item}>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<${root}>${body}</${root}>`;
}

/** A w3 date-time (with its zone) or a plain date; null for anything else. */
function instant(raw: string | undefined): Date | null | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw)) return null;
  const d = new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw.replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? null : d;
}

function list<T extends string>(raw: string | undefined, allowed: readonly T[]): T[] | null | 'invalid' {
  if (!raw) return null;
  const values = raw.split(',').map((v) => v.trim());
  return values.every((v) => (allowed as readonly string[]).includes(v)) ? (values as T[]) : 'invalid';
}

export async function open311Routes(app: ApiInstance, { db, config }: AppContext) {
  const scoped = app.withTypeProvider<ZodTypeProvider>();
  const access = { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } };
  const open = (reply: FastifyReply) =>
    reply.headers({
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'cache-control': 'public, max-age=60',
    });
  const fail = (reply: FastifyReply, code: number, description: string) =>
    open(reply).status(code).send([{ code, description }]);
  const send = (reply: FastifyReply, format: 'json' | 'xml', root: string, item: string, items: Item[]) =>
    format === 'xml'
      ? open(reply)
          .type('text/xml; charset=utf-8')
          .send(toXml(root, item, items))
      : open(reply).type('application/json; charset=utf-8').send(items);
  const mediaUrl = (id: string) => `${config.publicUrl}${open311Base}/media/${id}.jpg`;

  scoped.get(
    `${open311Base}/discovery.json`,
    { config: access, schema: { hide: true } },
    async (_req, reply) =>
      open(reply).send({
        changeset: '2026-12-01T00:00:00Z',
        contact:
          'Grannskap: tenant feedback of the housing companies using it (jurisdiction_id = organisation)',
        key_service: 'Read-only: no API key, no POST',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: `${config.publicUrl}${open311Base}`,
            changeset: '2026-12-01T00:00:00Z',
            type: 'production',
            formats: ['application/json', 'text/xml'],
          },
        ],
      }),
  );

  for (const format of ['json', 'xml'] as const) {
    scoped.get(
      `${open311Base}/services.${format}`,
      { config: access, schema: { hide: true, querystring: requestsQuery } },
      async (req, reply) => {
        const { jurisdiction_id: slug } = req.query;
        if (slug && !(await jurisdiction(db, slug))) return fail(reply, 404, 'jurisdiction_id not found');
        return send(reply, format, 'services', 'service', open311Services(req.query.lang ?? 'sv'));
      },
    );

    scoped.get(
      `${open311Base}/requests.${format}`,
      { config: access, schema: { hide: true, querystring: requestsQuery } },
      async (req, reply) => {
        const q = req.query;
        const organisation = await jurisdiction(db, q.jurisdiction_id);
        if (organisation === 'required') return fail(reply, 400, 'jurisdiction_id required');
        if (!organisation) return fail(reply, 404, 'jurisdiction_id not found');
        const serviceCodes = list(q.service_code, feedbackCategories);
        const statuses = list(q.status, ['open', 'closed'] as const);
        const [start, end] = [instant(q.start_date), instant(q.end_date)];
        if (serviceCodes === 'invalid') return fail(reply, 400, 'service_code unknown');
        if (statuses === 'invalid') return fail(reply, 400, 'status must be open or closed');
        if (start === null || end === null)
          return fail(reply, 400, 'start_date/end_date must be w3 date-times');
        const until = end ?? config.clock();
        // Without a start, the spec's 90 days up to the end.
        const from = start ?? new Date(`${addDays(swedishToday(until), -defaultDays)}T00:00:00Z`);
        const { requests } = await open311Requests(
          db,
          organisation,
          { serviceCodes, statuses, start: from, end: until, page: q.page, pageSize: q.page_size },
          mediaUrl,
        );
        return send(reply, format, 'service_requests', 'request', requests);
      },
    );
  }

  scoped.get(
    `${open311Base}/services/:code.json`,
    { config: access, schema: { hide: true, params: codeParams } },
    async (req, reply) => {
      if (!feedbackCategories.includes(req.params.code as FeedbackCategory))
        return fail(reply, 404, 'service_code not found');
      // No service has extra attributes (metadata false): the definition is empty.
      return open(reply).send({ service_code: req.params.code, attributes: [] });
    },
  );

  scoped.get(
    `${open311Base}/requests/:id.json`,
    { config: access, schema: { hide: true, params: idParams, querystring: requestsQuery } },
    async (req, reply) => {
      const organisation = await jurisdiction(db, req.query.jurisdiction_id);
      if (organisation === 'required') return fail(reply, 400, 'jurisdiction_id required');
      if (!organisation) return fail(reply, 404, 'jurisdiction_id not found');
      if (!uuid.safeParse(req.params.id).success) return fail(reply, 404, 'service_request_id not found');
      const { requests } = await open311Requests(
        db,
        organisation,
        {
          id: req.params.id,
          serviceCodes: null,
          statuses: null,
          start: new Date(0),
          end: new Date(0),
          page: 1,
          pageSize: 1,
        },
        mediaUrl,
      );
      if (!requests.length) return fail(reply, 404, 'service_request_id not found');
      return send(reply, 'json', 'service_requests', 'request', requests);
    },
  );

  scoped.get(
    `${open311Base}/media/:id.jpg`,
    { config: access, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const photo = uuid.safeParse(req.params.id).success ? await publishablePhoto(db, req.params.id) : null;
      if (!photo) return fail(reply, 404, 'media not found');
      return open(reply).type(photo.mime).send(photo.content);
    },
  );
}
