import { isIP } from 'node:net';
import { z } from 'zod';
import { type Clock, clockStartingAt, systemClock } from '../shared/time';

/** Names proxy-addr (Fastify's trustProxy) knows for whole address ranges. */
const proxyRangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (proxyRangeNames.has(entry)) return true;
  const [address, prefix, ...more] = entry.split('/');
  if (more.length > 0 || !isIP(address)) return false;
  if (prefix === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(prefix) ? Number(prefix) <= max : isIP(prefix) === isIP(address);
}

/**
 * TRUST_PROXY as Fastify's trustProxy takes it: true/false, a hop count, or a comma-separated list of
 * proxy addresses, CIDR ranges or the names loopback, linklocal, uniquelocal. Off by default: trusted,
 * X-Forwarded-For decides the client address the sign-in rate limits count, so any client could choose
 * its own.
 */
const trustProxySchema = z
  .string()
  .trim()
  .transform((text, ctx): boolean | number | string[] => {
    const lower = text.toLowerCase();
    if (lower === '' || lower === 'false') return false;
    if (lower === 'true') return true;
    if (/^\d+$/.test(lower)) return Number(lower);
    const entries = lower.split(',').map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isProxyAddress(entry));
    if (wrong.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `TRUST_PROXY: not true, false, a hop count or proxy addresses: ${wrong.join(', ')}`,
      });
      return z.NEVER;
    }
    return entries;
  });

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  /** Real PostgreSQL when set; otherwise the embedded PGlite in dataDir. */
  databaseUrl: z.string().url().optional(),
  dataDir: z.string().default('./data'),
  /** Absolute URL tenants and e-mails link to; without it, http://localhost on the port served. */
  publicUrl: z.string().url().optional(),
  /** Which proxies' X-Forwarded-For to believe (see trustProxySchema); none by default. */
  trustProxy: trustProxySchema.default(false),
  /** smtp://user:pass@host:port — without it mail goes to the outbox. */
  smtpUrl: z.string().optional(),
  mailFrom: z.string().default('Grannskap <noreply@grannskap.local>'),
  /** Days a mail is kept in the outbox (sent or not); it holds addresses and single-use links. */
  outboxRetentionDays: z.coerce.number().int().min(1).default(90),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Optional raster tile URL template for the maps, e.g. https://tile.example/{z}/{x}/{y}.png */
  mapTileUrl: z.string().optional(),
  /** Secure cookies need https; off for plain-http localhost. */
  secureCookies: z.coerce.boolean().default(false),
  sessionHours: z.coerce.number().positive().default(12),
  /**
   * AES-256 key (32 bytes, hex or base64) for programme participants' names and personal numbers,
   * stored only when an organisation turns that on. Without it, such identities cannot be kept.
   */
  participantKey: z
    .string()
    .transform(
      (text): Buffer =>
        /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64'),
    )
    .refine((key) => key.length === 32, 'GRANNSKAP_PARTICIPANT_KEY must be 32 bytes (hex or base64)')
    .optional(),
  /** The built web app (Vite output). */
  webRoot: z.string().default(new URL('../../dist/web', import.meta.url).pathname),
  /**
   * Tests only: the instant (ISO 8601 with offset) the server's clock starts at, running on from
   * there, so "today", this week and this year do not depend on when a test runs. Unset: the real time.
   */
  clockStart: z.iso
    .datetime({ offset: true })
    .transform((text) => new Date(text))
    .optional(),
});

type ParsedConfig = z.infer<typeof configSchema>;
export type Config = Readonly<
  Omit<ParsedConfig, 'publicUrl'> & {
    publicUrl: string;
    /** Where the server's "now" comes from: every day, week, month and year it decides by. */
    clock: Clock;
  }
>;

/** Parses the environment once, at boot, into a frozen, typed object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = configSchema.parse({
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.GRANNSKAP_DATA_DIR,
    publicUrl: env.PUBLIC_URL || undefined,
    trustProxy: env.TRUST_PROXY,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM,
    outboxRetentionDays: env.OUTBOX_RETENTION_DAYS,
    logLevel: env.LOG_LEVEL,
    mapTileUrl: env.MAP_TILE_URL || undefined,
    secureCookies: env.SECURE_COOKIES === 'true' ? true : undefined,
    sessionHours: env.SESSION_HOURS,
    webRoot: env.GRANNSKAP_WEB_ROOT || undefined,
    participantKey: env.GRANNSKAP_PARTICIPANT_KEY || undefined,
    clockStart: env.GRANNSKAP_CLOCK_START || undefined,
  });
  const merged = { ...parsed, ...overrides };
  // Links in letters, QR codes, feeds and e-mails must reach this server: follow the port unless set.
  const publicUrl = merged.publicUrl ?? `http://localhost:${merged.port}`;
  const clock = overrides.clock ?? (merged.clockStart ? clockStartingAt(merged.clockStart) : systemClock);
  return Object.freeze({ ...merged, publicUrl, clock });
}
