import { z } from 'zod';

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  /** Real PostgreSQL when set; otherwise the embedded PGlite in dataDir. */
  databaseUrl: z.string().url().optional(),
  dataDir: z.string().default('./data'),
  /** Absolute URL tenants and e-mails link to. */
  publicUrl: z.string().url().default('http://localhost:3000'),
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
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Parses the environment once, at boot, into a frozen, typed object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = configSchema.parse({
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.GRANNSKAP_DATA_DIR,
    publicUrl: env.PUBLIC_URL,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM,
    outboxRetentionDays: env.OUTBOX_RETENTION_DAYS,
    logLevel: env.LOG_LEVEL,
    mapTileUrl: env.MAP_TILE_URL || undefined,
    secureCookies: env.SECURE_COOKIES === 'true' ? true : undefined,
    sessionHours: env.SESSION_HOURS,
    webRoot: env.GRANNSKAP_WEB_ROOT || undefined,
    participantKey: env.GRANNSKAP_PARTICIPANT_KEY || undefined,
  });
  return Object.freeze({ ...parsed, ...overrides });
}
