import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assertCan, can, definePermissions } from '../auth/access';
import { AppError } from '../errors';
import { actorOf } from '../http/guard';
import type { ApiInstance } from '../http/types';
import type { AppContext } from '../module';
import { importJobStatus, importKind, importKinds, startImportJob } from './import.service';
import { importLimits } from './import-kind';
import { megabytes } from './messages';

export const importPermissions = definePermissions({
  'imports.run': ['admin', 'analyst', 'host', 'partner'],
});

const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(['running', 'refused', 'done', 'failed']),
  /** reading: parsing, checking and staging the file; publishing: the one short transaction. */
  phase: z.enum(['reading', 'publishing', 'done']),
  /** 0–1 while running. */
  progress: z.number(),
  totalRows: z.number(),
  /** Data rows parsed so far. */
  rowsRead: z.number(),
  /** Rows that passed every check. */
  rowsValidated: z.number(),
  /** Rows written (staged while reading; all of them once published). */
  rowsWritten: z.number(),
  errorCount: z.number(),
  /** Estimate from the pace so far; null until there is one. */
  secondsLeft: z.number().nullable(),
  errors: z.array(
    z.object({ row: z.number(), column: z.string().nullable(), code: z.string(), message: z.string() }),
  ),
  summary: z.record(z.string(), z.number()).nullable(),
});

// Multipart framing around the file: boundaries and part headers.
const envelopeBytes = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError('import_too_large', { max: megabytes(maxBytes) }, 413, 'imports:too_large');

/**
 * Runs before the body is read (multipart is parsed only when the handler asks for the file): a
 * user who may not import this kind, or a declared size over its cap, is refused without a byte.
 */
async function permissionBeforeBytes(request: FastifyRequest<{ Params: { kind: string } }>) {
  const kind = importKind(request.params.kind);
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
  app.get(
    '/imports/kinds',
    {
      config: { access: importPermissions['imports.run'] },
      schema: {
        tags: ['imports'],
        response: {
          200: z.array(
            z.object({
              kind: z.string(),
              columns: z.array(z.string()).nullable(),
              maxBytes: z.number(),
              maxRows: z.number(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return importKinds()
        .filter((k) => can(actor, k.permission))
        .map((k) => ({
          kind: k.kind,
          columns: Array.isArray(k.columns) ? k.columns.map((c) => c.name) : null,
          maxBytes: importLimits(k).maxBytes,
          maxRows: importLimits(k).maxRows,
        }));
    },
  );

  app.post(
    '/imports/:kind',
    {
      config: { access: importPermissions['imports.run'] },
      schema: {
        tags: ['imports'],
        params: z.object({ kind: z.string() }),
        consumes: ['multipart/form-data'],
        response: { 202: z.object({ jobId: z.string() }) },
      },
      preHandler: permissionBeforeBytes,
    },
    async (request, reply) => {
      const { maxBytes } = importLimits(importKind(request.params.kind));
      // One byte over the cap is enough to know; the part stream stops there.
      const file = await request.file({ limits: { fileSize: maxBytes + 1, files: 1, fields: 0 } });
      if (!file) throw new AppError('validation', { details: 'file' });
      const bytes = await readCapped(file.file, maxBytes);
      const jobId = await startImportJob(
        db,
        actorOf(request),
        request.params.kind,
        { bytes, name: file.filename },
        { requestId: request.id, log: request.log },
      );
      return reply.status(202).send({ jobId });
    },
  );

  app.get(
    '/imports/jobs/:jobId',
    {
      config: { access: importPermissions['imports.run'] },
      schema: {
        tags: ['imports'],
        params: z.object({ jobId: z.string().uuid() }),
        response: { 200: jobSchema },
      },
    },
    async (request) => {
      const job = await importJobStatus(db, actorOf(request), request.params.jobId);
      return { ...job, summary: job.summary ?? null };
    },
  );
}
