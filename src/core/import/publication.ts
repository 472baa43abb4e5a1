import { hostname } from 'node:os';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Actor } from '../auth/access';
import { type Db, sharesOneConnection } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { AppError } from '../errors';
import { importPublications } from '../jobs.table';
import { ChangedMeanwhileError, type PublicationClearing, type SlicedPublish } from './import-kind';
import { resultRows, type StagingTable } from './staging';

/*
 * Publishing in slices. On PGlite the server has one connection: a 200,000-row INSERT … SELECT
 * held it for 47 s and every other request waited. Here each slice of staged rows is its own short
 * transaction, written into rows that carry the publication's id and that readers leave out until
 * one short final transaction sets the publication 'published'. Between slices the connection is
 * handed back for as long again, so a read waits for at most the rest of one slice per query.
 *
 * All or nothing still: a failed publish is set 'discarded' and its rows are deleted a slice at a
 * time; a process killed mid-publish leaves a 'writing' publication whose rows nobody sees, and
 * the server's next start or the next import of the kind discards it (recoverImports).
 */

/**
 * How big a slice is and whether the connection is handed back after it. On PGlite's one
 * connection a slice holds up every other request: about 100 ms, then as long again for them. On
 * PostgreSQL readers have connections of their own and never wait for a slice: larger ones, back
 * to back. The size follows the pace of the last slice, starting from 500 rows.
 */
const paces = {
  oneConnection: { sliceMs: 100, maxRows: 5000, handBack: true },
  pool: { sliceMs: 300, maxRows: 20_000, handBack: false },
};
const firstSliceRows = 500;
const minSliceRows = 50;
/** Rows per step when discarding or clearing away (a plain delete or update, no checks). */
const clearRows = 2000;
/**
 * A 'writing' publication not renewed for this long belongs to a process that is gone (slices
 * renew it every second or so). On this host a gone process is seen at once by its pid.
 */
const leaseSeconds = 120;

/** Publications this process is writing. */
const writing = new Set<string>();
const owner = () => `${hostname()} ${process.pid}`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Hands the database back after a statement of `busyMs`, for as long (at least one timer turn). */
const handBack = (busyMs: number) => sleep(Math.min(500, Math.max(5, busyMs)));

export { unpublishedImports } from '../jobs.table';

type Audit = (tx: Db, counts: Record<string, number>) => Promise<void>;
type Progress = (rowsPublished: number, rowsStaged: number) => void;

/** Starts a publication: one per organisation and kind at a time, across processes. */
async function begin(db: Db, organisationId: string, kind: string): Promise<string> {
  try {
    const [row] = await db
      .insert(importPublications)
      .values({ organisationId, kind, state: 'writing', owner: owner() })
      .returning({ id: importPublications.id });
    writing.add(row.id);
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('import_busy', {}, 409, 'imports:busy');
    throw error;
  }
}

/** In a slice's transaction: renews the lease; refuses when another process discarded it. */
async function renew(tx: Db, id: string): Promise<void> {
  const renewed = await tx
    .update(importPublications)
    .set({ aliveAt: sql`now()` })
    .where(and(eq(importPublications.id, id), eq(importPublications.state, 'writing')))
    .returning({ id: importPublications.id });
  if (renewed.length === 0) throw new ChangedMeanwhileError();
}

/** The next slice: up to `rows` staged rows after seq `from`; null when none are left. */
async function nextSlice(db: Db, staging: StagingTable, from: number, rows: number) {
  const [row] = resultRows<{ to: number | null; n: number }>(
    await db.execute(sql`select max(seq)::int as to, count(*)::int as n from (select seq from ${staging.ref}
      where seq > ${from} order by seq limit ${rows}) s`),
  );
  return row?.to == null ? null : { to: row.to, rows: row.n };
}

async function stagedCount(db: Db, staging: StagingTable): Promise<number> {
  const [row] = resultRows<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from ${staging.ref}`),
  );
  return row?.n ?? 0;
}

/**
 * Publishes a staged import in slices (see above). The final transaction sets it published and
 * runs the kind's `finish` (roll-ups) and `audit` (the audit entry) with it.
 */
export async function publishInSlices<Ctx>(
  db: Db,
  actor: Actor,
  kind: { kind: string; sliced: SlicedPublish<Ctx> },
  staging: StagingTable,
  ctx: Ctx,
  options: { audit: Audit; progress: Progress },
): Promise<Record<string, number>> {
  const { sliced } = kind;
  // A publication of this kind a stopped process left would be in the way (its keys): clear it.
  await recoverImports(db, [{ kind: kind.kind, clearing: sliced }], {
    organisationId: actor.organisationId,
  });
  const id = await begin(db, actor.organisationId, kind.kind);
  let counts: Record<string, number>;
  try {
    const pace = sharesOneConnection(db) ? paces.oneConnection : paces.pool;
    const total = await stagedCount(db, staging);
    let from = -1;
    let rows = firstSliceRows;
    let published = 0;
    for (;;) {
      const slice = await nextSlice(db, staging, from, rows);
      if (!slice) break;
      const { to } = slice;
      const started = performance.now();
      await db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db;
        await renew(tx, id);
        await sliced.writeSlice(tx, staging.ref, { from, to, publication: id }, ctx);
      });
      const tookMs = performance.now() - started;
      published += slice.rows;
      options.progress(published, total);
      // Towards pace.sliceMs, by at most a factor of two per slice (one slow turn is not a trend).
      const scale = Math.min(2, Math.max(0.5, pace.sliceMs / Math.max(tookMs, 1)));
      rows = Math.min(pace.maxRows, Math.max(minSliceRows, Math.round(rows * scale)));
      from = to;
      if (pace.handBack) await handBack(tookMs);
      else await new Promise<void>((resolve) => setImmediate(resolve));
    }
    counts = await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      const flipped = await tx
        .update(importPublications)
        .set({ state: 'published' })
        .where(and(eq(importPublications.id, id), eq(importPublications.state, 'writing')))
        .returning({ id: importPublications.id });
      if (flipped.length === 0) throw new ChangedMeanwhileError();
      const finished = await sliced.finish(tx, actor, ctx);
      await options.audit(tx, finished);
      return finished;
    });
  } catch (error) {
    writing.delete(id);
    // What cannot be discarded now (the database is closing) stays unseen for the next recovery.
    await discard(db, sliced, id).catch(() => {});
    throw error;
  }
  writing.delete(id);
  // Published: what is left to clear away is unseen, and the next recovery clears it if this stops.
  await clearAway(db, sliced, id).catch(() => {});
  return counts;
}

/** Sets a publication 'discarded' (unless it was published) and deletes what it wrote. */
async function discard(db: Db, sliced: PublicationClearing, id: string): Promise<void> {
  await db
    .update(importPublications)
    .set({ state: 'discarded' })
    .where(and(eq(importPublications.id, id), eq(importPublications.state, 'writing')));
  const [row] = await db
    .select({ state: importPublications.state })
    .from(importPublications)
    .where(eq(importPublications.id, id));
  if (row?.state === 'discarded') await clear(db, () => sliced.discard(db, id, clearRows), id, 'discarded');
  else if (row?.state === 'published') await clearAway(db, sliced, id);
}

/** Deletes the rows a published import made unseen (those it replaced), then the publication. */
async function clearAway(db: Db, sliced: PublicationClearing, id: string): Promise<void> {
  await clear(db, () => sliced.clearAway(db, id, clearRows), id, 'published');
}

/** Runs steps until one touches nothing, then deletes the publication. Two at once do no harm. */
async function clear(db: Db, step: () => Promise<number>, id: string, state: 'discarded' | 'published') {
  const oneConnection = sharesOneConnection(db);
  for (;;) {
    const started = performance.now();
    const touched = await step();
    if (touched === 0) break;
    if (oneConnection) await handBack(performance.now() - started);
  }
  await db
    .delete(importPublications)
    .where(and(eq(importPublications.id, id), eq(importPublications.state, state)));
}

/** A kind that publishes in slices, as recovery needs it: its name and how to clear up. */
export type ClearingKind = { kind: string; clearing: PublicationClearing };

/**
 * Why a 'writing' publication's process is gone, if it is: 'exited' — this process no longer
 * writes it, or this host has no such process — or 'silent' past the lease (another host's
 * process cannot be asked, and a pid of this host may have been reused).
 */
function gone(publication: { id: string; owner: string; silentSeconds: number }): 'exited' | 'silent' | null {
  const [host, pid] = publication.owner.split(' ');
  const here = host === hostname();
  if (here && Number(pid) === process.pid) return writing.has(publication.id) ? null : 'exited';
  if (here) {
    try {
      process.kill(Number(pid), 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'exited';
    }
  }
  return publication.silentSeconds > leaseSeconds ? 'silent' : null;
}

/**
 * Finishes what stopped imports left: a 'writing' publication whose process is gone is discarded
 * (its rows deleted, its marks undone), a 'discarded' one is deleted further, a 'published' one
 * is cleared away. Safe beside running imports, in this process or another. Returns how many.
 */
export async function recoverImports(
  db: Db,
  kinds: ClearingKind[],
  options: { organisationId?: string } = {},
): Promise<number> {
  const byName = new Map(kinds.map((k) => [k.kind, k.clearing]));
  if (byName.size === 0) return 0;
  const scope = and(
    inArray(importPublications.kind, [...byName.keys()]),
    options.organisationId ? eq(importPublications.organisationId, options.organisationId) : undefined,
  );
  const open = await db
    .select({
      id: importPublications.id,
      owner: importPublications.owner,
      silentSeconds: sql<number>`extract(epoch from now() - ${importPublications.aliveAt})::float8`,
    })
    .from(importPublications)
    .where(and(scope, eq(importPublications.state, 'writing')));
  const exited = open.filter((p) => gone(p) === 'exited').map((p) => p.id);
  const silent = open.filter((p) => gone(p) === 'silent').map((p) => p.id);
  for (const [ids, stillSilent] of [
    [exited, undefined],
    // Unless renewed meanwhile: a process gone quiet for a while may still be writing.
    [silent, lt(importPublications.aliveAt, sql`now() - make_interval(secs => ${leaseSeconds})`)],
  ] as const) {
    if (ids.length === 0) continue;
    await db
      .update(importPublications)
      .set({ state: 'discarded' })
      .where(and(inArray(importPublications.id, ids), eq(importPublications.state, 'writing'), stillSilent));
  }
  const left = await db
    .select({ id: importPublications.id, kind: importPublications.kind, state: importPublications.state })
    .from(importPublications)
    .where(and(scope, inArray(importPublications.state, ['discarded', 'published'])));
  for (const { id, kind, state } of left) {
    const steps = byName.get(kind);
    if (!steps) continue;
    if (state === 'discarded') await discard(db, steps, id);
    else await clearAway(db, steps, id);
  }
  return left.length;
}
