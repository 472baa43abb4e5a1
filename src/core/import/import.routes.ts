import { z } from 'zod';
import { can, definePermissions } from '../auth/access';
import { AppError } from '../errors';
import { actorOf } from '../http/guard';
import type { ApiInstance } from '../http/types';
import type { AppContext } from '../module';
import { importJobStatus, importKinds, startImportJob } from './import.service';

export const importPermissions = definePermissions({
  'imports.run': ['admin', 'analyst', 'host', 'partner'],
});

const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(['running', 'refused', 'done', 'failed']),
  /** 0–1 while running. */
  progress: z.number(),
  totalRows: z.number(),
  errors: z.array(
    z.object({ row: z.number(), column: z.string().nullable(), code: z.string(), message: z.string() }),
  ),
  summary: z.record(z.string(), z.number()).nullable(),
});

export async function importRoutes(app: ApiInstance, { db }: AppContext) {
  app.get(
    '/imports/kinds',
    {
      config: { access: importPermissions['imports.run'] },
      schema: {
        tags: ['imports'],
        response: { 200: z.array(z.object({ kind: z.string(), columns: z.array(z.string()).nullable() })) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return importKinds()
        .filter((k) => can(actor, k.permission))
        .map((k) => ({
          kind: k.kind,
          columns: Array.isArray(k.columns) ? k.columns.map((c) => c.name) : null,
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
    },
    async (request, reply) => {
      const file = await request.file();
      if (!file) throw new AppError('validation', { details: 'file' });
      const bytes = await file.toBuffer();
      const jobId = await startImportJob(
        db,
        actorOf(request),
        request.params.kind,
        { bytes, name: file.filename },
        request.id,
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
