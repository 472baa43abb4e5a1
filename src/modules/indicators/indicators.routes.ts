import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';
import { editableRoutes } from '../../core/http/editable-routes';
import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, serviceContext, yearOr } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { attachmentMaxBytes, contentDisposition } from './attachments';
import {
  entry,
  entryInput,
  entryList,
  frameworkResponse,
  indicatorIdParam,
  manualIndicator,
  manualIndicatorChange,
  manualIndicatorInput,
  manualIndicatorList,
  traceQuery,
  traceResponse,
} from './indicators.contract';
import { indicatorPermissions as p } from './indicators.policy';
import { framework } from './indicators.service';
import * as manual from './manual.service';
import { trace } from './trace.service';

const description =
  'The framework: material areas → focus areas → indicators (the modules’ and the organisation’s own, entered by hand), each with unit, polarity, frequency, owner, definition and its UN SDG goals and targets, in the user’s language.';

const traceDescription =
  'How a figure was computed: the definition, the filters (organisation, Swedish calendar year, area), the published figure and its counts, and the imports or entries it came from, with dates.';

// Multipart framing around the file: boundaries and part headers.
const envelopeBytes = 64 * 1024;
const tooLarge = () => new AppError('attachment_too_large', { max: attachmentMaxBytes / (1024 * 1024) });

/** A declared size over the cap is refused before a byte is read. */
async function refuseLargeUpload(request: FastifyRequest) {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > attachmentMaxBytes + envelopeBytes) throw tooLarge();
}

/** The upload, refused as soon as it passes the cap: no more than the cap is ever held. */
async function readCapped(stream: AsyncIterable<Buffer> & { truncated?: boolean }) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > attachmentMaxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  if (stream.truncated) throw tooLarge();
  return Buffer.concat(chunks);
}

export async function indicatorRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'indicators');
  const ctx = serviceContext(db);
  const editable = editableRoutes(route, ctx);
  const yearOf = yearOr(config.clock);
  const read = p['indicators.read'];
  const manage = p['indicators.manage'];

  route.get('/indicators/framework', read, { description, returns: frameworkResponse }, (req) =>
    framework(ctx(req.id), actorOf(req)),
  );
  route.get(
    '/indicators/:id/trace',
    { access: read, areaField: 'area' },
    { description: traceDescription, params: indicatorIdParam, query: traceQuery, returns: traceResponse },
    (req) =>
      trace(ctx(req.id), actorOf(req), req.params.id, {
        year: yearOf(req.query.year),
        areaId: req.query.area ?? null,
        districtId: req.query.district ?? null,
        now: config.clock(),
      }),
  );

  // The organisation's own indicators and their yearly values.
  route.get('/indicators/manual', read, { returns: manualIndicatorList }, (req) =>
    manual.listManualIndicators(ctx(req.id), actorOf(req)),
  );
  const bodies = {
    input: manualIndicatorInput,
    patch: manualIndicatorChange,
    row: manualIndicator,
    replace: true,
  };
  editable('/indicators/manual', manage, bodies, manual.createManualIndicator, manual.updateManualIndicator);
  route.delete('/indicators/manual/:id', manage, { params: idParam, noContent: true }, (req) =>
    manual.deleteManualIndicator(ctx(req.id), actorOf(req), req.params.id),
  );
  route.get('/indicators/manual/:id/entries', read, { params: idParam, returns: entryList }, (req) =>
    manual.listEntries(ctx(req.id), actorOf(req), req.params.id),
  );
  route.post(
    '/indicators/manual/:id/entries',
    manage,
    { params: idParam, body: entryInput, created: entry },
    (req) => manual.createEntry(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock()),
  );
  route.put('/indicators/entries/:id', manage, { params: idParam, body: entryInput, returns: entry }, (req) =>
    manual.updateEntry(ctx(req.id), actorOf(req), req.params.id, req.body, config.clock()),
  );
  route.delete('/indicators/entries/:id', manage, { params: idParam, noContent: true }, (req) =>
    manual.deleteEntry(ctx(req.id), actorOf(req), req.params.id),
  );
  route.post(
    '/indicators/entries/:id/attachment',
    manage,
    { params: idParam, consumes: ['multipart/form-data'], returns: entry, preHandler: refuseLargeUpload },
    async (req) => {
      // One byte over the cap is enough to know; the part stream stops there.
      const file = await req.file({ limits: { fileSize: attachmentMaxBytes + 1, files: 1, fields: 0 } });
      if (!file) throw new AppError('validation', { details: 'file' });
      const bytes = await readCapped(file.file);
      return manual.setAttachment(ctx(req.id), actorOf(req), req.params.id, { name: file.filename, bytes });
    },
  );
  route.get(
    '/indicators/entries/:id/attachment',
    read,
    { params: idParam, hide: true },
    async (req, reply) => {
      const file = await manual.attachment(ctx(req.id), actorOf(req), req.params.id);
      return reply
        .type(file.type)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
}
