/**
 * The public feedback pages (outside /api, no sign-in): the form per area, its map, and the status
 * page behind the private link. Posts come from a tenant without a session, so there is no CSRF
 * token to check (as the survey page): the form changes nothing but adds a report.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { photoMaxInputBytes } from '../../core/photos';
import { type TenantLanguage, tenantLanguageOf } from '../../shared/tenant-page';
import { mapFrame, mapSvg, pointOf } from './map';
import { open311Routes } from './open311.routes';
import {
  checkForm,
  emptyForm,
  type FeedbackForm,
  feedbackByToken,
  formArea,
  type PhotoUpload,
  readPhoto,
  storeFeedback,
} from './submit.service';
import { renderForm, renderNotFound, renderStatus } from './tenant-form';
import { feedbackTexts } from './tenant-texts';

const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const areaParams = z.object({ org: z.string().max(100), area: z.string().max(100) });
const tokenParams = z.object({ token: z.string().max(100) });
const pageQuery = z.object({ lang: z.string().max(5).optional(), new: z.string().max(2).optional() });
const mapQuery = z.object({ lat: z.coerce.number().optional(), lon: z.coerce.number().optional() });

/** The base path of an area's form. */
export const formPath = (org: string, area: string) =>
  `/synpunkter/${encodeURIComponent(org)}/${encodeURIComponent(area)}`;
/** The private status link's path (`/s/<token>`: the app's log redacts it). */
export const statusPath = (token: string) => `/synpunkter/s/${encodeURIComponent(token)}`;

type Posted = { fields: Record<string, string>; upload: PhotoUpload };

/** Reads a multipart (or plain) form: its text fields and the photo, refused when over the limit. */
async function readPosted(req: FastifyRequest): Promise<Posted> {
  if (!req.isMultipart()) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fields = Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string'));
    return { fields: fields as Record<string, string>, upload: null };
  }
  const fields: Record<string, string> = {};
  let upload: PhotoUpload = null;
  const parts = req.parts({
    limits: { fileSize: photoMaxInputBytes, files: 1, fields: 20, fieldSize: 10_000 },
  });
  for await (const part of parts) {
    if (part.type === 'field') {
      if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      continue;
    }
    upload = await readFile(part);
  }
  return { fields, upload };
}

async function readFile(part: MultipartFile): Promise<PhotoUpload> {
  try {
    const bytes = await part.toBuffer();
    // A file input left empty still sends a part, with no name and no bytes.
    return bytes.length ? { bytes } : null;
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return { tooLarge: true };
    throw error;
  }
}

const coordinate = (raw: string | undefined) => {
  const n = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(n) ? n : null;
};

/** The posted fields as the form's values (the point from the hidden fields). */
function formOf(fields: Record<string, string>): FeedbackForm {
  const text = (name: string, max: number) => (fields[name] ?? '').slice(0, max);
  const lat = coordinate(fields.lat);
  const lon = coordinate(fields.lon);
  return {
    category: text('category', 40),
    place: text('place', 200),
    description: text('description', 2000),
    email: text('email', 200).trim(),
    phone: text('phone', 40).trim(),
    lat: lat !== null && lon !== null ? lat : null,
    lon: lat !== null && lon !== null ? lon : null,
  };
}

export async function feedbackPages(app: ApiInstance, ctx: AppContext) {
  const { db, config } = ctx;
  await app.register(async (plain) => {
    const scoped = plain.withTypeProvider<ZodTypeProvider>();
    if (!scoped.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scoped.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 30_000 },
        (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
    }
    const read = { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } };
    const write = { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } };
    const html = (reply: FastifyReply) => reply.headers(securityHeaders).type('text/html; charset=utf-8');

    /** The area of a form path, or the not-found page already sent. */
    const areaOr404 = async (reply: FastifyReply, org: string, code: string, lang: TenantLanguage) => {
      const area = await formArea(db, org, code).catch(() => null);
      if (!area)
        html(reply)
          .status(404)
          .send(renderNotFound(lang, formPath(org, code)));
      return area;
    };

    scoped.get(
      '/synpunkter/:org/:area',
      { config: read, schema: { hide: true, params: areaParams, querystring: pageQuery } },
      async (req, reply) => {
        const lang = tenantLanguageOf(req.query.lang);
        const area = await areaOr404(reply, req.params.org, req.params.area, lang);
        if (!area) return reply;
        return html(reply).send(renderForm(area, lang, formPath(req.params.org, req.params.area), emptyForm));
      },
    );

    scoped.get(
      '/synpunkter/:org/:area/karta.svg',
      { config: read, schema: { hide: true, params: areaParams, querystring: mapQuery } },
      async (req, reply) => {
        const area = await formArea(db, req.params.org, req.params.area).catch(() => null);
        if (!area?.geometry) return reply.status(404).send();
        const { lat, lon } = req.query;
        const marked = lat !== undefined && lon !== undefined ? { lat, lon } : null;
        return reply
          .headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
          .type('image/svg+xml')
          .send(mapSvg(area.geometry, marked, area.name));
      },
    );

    scoped.post(
      '/synpunkter/:org/:area',
      { config: write, schema: { hide: true, params: areaParams } },
      async (req, reply) => {
        const { fields, upload } = await readPosted(req);
        const lang = tenantLanguageOf(fields.lang);
        const path = formPath(req.params.org, req.params.area);
        const area = await areaOr404(reply, req.params.org, req.params.area, lang);
        if (!area) return reply;
        const form = formOf(fields);
        // A click on the map: the page again with the point marked and every field kept.
        if (fields['map.x'] !== undefined && area.geometry) {
          const point = pointOf(mapFrame(area.geometry), Number(fields['map.x']), Number(fields['map.y']));
          const marked = point ? { ...form, ...point } : form;
          const errors = checkForm(marked, lang, area.geometry).filter((e) => e.field === 'map');
          return html(reply).send(renderForm(area, lang, path, errors.length ? form : marked, errors));
        }
        const photo = await readPhoto(upload, lang);
        const errors = [...checkForm(form, lang, area.geometry), ...('error' in photo ? [photo.error!] : [])];
        if (errors.length)
          return html(reply)
            .status(422)
            .send(renderForm(area, lang, path, form, errors));
        const { token } = await storeFeedback(
          { db, requestId: req.id },
          {
            organisationId: area.organisationId,
            areaId: area.id,
            form,
            language: lang,
            photo: 'photo' in photo ? (photo.photo ?? null) : null,
          },
          config.clock(),
        );
        return reply.redirect(`${statusPath(token)}?lang=${lang}&new=1`, 303);
      },
    );

    scoped.get(
      '/synpunkter/s/:token',
      { config: read, schema: { hide: true, params: tokenParams, querystring: pageQuery } },
      async (req, reply) => {
        const path = statusPath(req.params.token);
        const found = await feedbackByToken(db, req.params.token);
        if (!found)
          return html(reply)
            .status(404)
            .send(renderNotFound(tenantLanguageOf(req.query.lang), path));
        const lang = tenantLanguageOf(req.query.lang ?? found.language);
        return html(reply).send(renderStatus(found, lang, path, req.query.new === '1'));
      },
    );
  });
  await open311Routes(app, ctx);
}

/** The texts of the pages, for tests that look for them. */
export { feedbackTexts };
