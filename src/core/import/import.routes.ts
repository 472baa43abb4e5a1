import type { FastifyRequest } from 'fastify';
import { assertCan, can, definePermissions } from '../auth/access';
import { AppError } from '../errors';
import { actorOf } from '../http/guard';
import { routesOf } from '../http/route-kit';
import type { ApiInstance } from '../http/types';
import type { AppContext } from '../module';
import { importJob, importJobParam, importKindList, importKindParam, importStarted } from './import.contract';
import { importJobStatus, importKind, importKinds, startImportJob } from './import.service';
import { importLimits } from './import-kind';
import { megabytes } from './messages';

export const importPermissions = definePermissions({
  'imports.run': ['admin', 'analyst', 'hr', 'host', 'partner'],
});

// Multipart framing around the file: boundaries and part headers.
const envelopeBytes = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError('import_too_large', { max: megabytes(maxBytes) }, 413, 'imports:too_large');

/**
 * Runs before the body is read (multipart is parsed only when the handler asks for the file): a
 * user who may not import this kind, or a declared size over its cap, is refused without a byte.
 */
async function permissionBeforeBytes(request: FastifyRequest) {
  const kind = importKind(importKindParam.parse(request.params).kind);
  assertCan(actorOf(request), kind.permission);
  const declared = Number(request.headers['content-length']);
  const { maxBytes } = importLimits(kind);
  if (Number.isFinite(declared) && declared > maxBytes + envelopeBytes) throw tooLarge(maxBytes);
}

/** The upload, refused as soon as it passes the cap: no more than maxBytes is ever held. */
async function readCapped(stream: AsyncIterable<Buffer> & { truncated?: boolean }, maxBytes: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  if (stream.truncated) throw tooLarge(maxBytes);
  return Buffer.concat(chunks);
}

export async function importRoutes(app: ApiInstance, { db }: AppContext) {
  const route = routesOf(app, 'imports');
  const run = importPermissions['imports.run'];

  route.get('/imports/kinds', run, { returns: importKindList }, (req) => {
    const actor = actorOf(req);
    return importKinds()
      .filter((k) => can(actor, k.permission))
      .map((k) => ({
        kind: k.kind,
        columns: Array.isArray(k.columns) ? k.columns.map((c) => c.name) : null,
        maxBytes: importLimits(k).maxBytes,
        maxRows: importLimits(k).maxRows,
      }));
  });

  route.post(
    '/imports/:kind',
    run,
    {
      params: importKindParam,
      consumes: ['multipart/form-data'],
      accepted: importStarted,
      preHandler: permissionBeforeBytes,
    },
    async (req) => {
      const { maxBytes } = importLimits(importKind(req.params.kind));
      // One byte over the cap is enough to know; the part stream stops there.
      const file = await req.file({ limits: { fileSize: maxBytes + 1, files: 1, fields: 0 } });
      if (!file) throw new AppError('validation', { details: 'file' });
      const bytes = await readCapped(file.file, maxBytes);
      const source = { bytes, name: file.filename };
      const context = { requestId: req.id, log: req.log };
      return { jobId: await startImportJob(db, actorOf(req), req.params.kind, source, context) };
    },
  );

  route.get('/imports/jobs/:jobId', run, { params: importJobParam, returns: importJob }, async (req) => {
    const job = await importJobStatus(db, actorOf(req), req.params.jobId);
    return { ...job, summary: job.summary ?? null };
  });
}
