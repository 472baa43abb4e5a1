import type { FastifyBaseLogger } from 'fastify';
import type { AreaProfileSource } from './area-profile';
import type { Role } from './auth/auth.table';
import type { Config } from './config';
import type { Database, Db } from './db/client';
import type { ApiInstance } from './http/types';
import type { Language } from './i18n/i18n';
import type { AnyImportKind } from './import/import-kind';
import type { IndicatorLinkSource } from './indicator-links';
import type { IndicatorDefinition } from './indicators';
import type { Mailer } from './mail/mailer';
import type { ScheduledJob } from './scheduler';

/**
 * What a module's service functions get besides the actor and the input: the database (or the
 * transaction they run in) and the request id their audit rows carry.
 */
export type ServiceContext = { db: Db; requestId?: string };

/** What every service and route gets: pass what a function needs, nothing hidden. */
export type AppContext = {
  db: Db;
  database: Database;
  config: Config;
  log: FastifyBaseLogger;
  mailer: Mailer;
};

/** A sign-in of the demo organisation (every one has the demo password). */
export type DemoUser = {
  email: string;
  name: string;
  role: Role;
  partnerOrganisation?: string;
  /** A host's areas, by area code. */
  areaCodes?: string[];
};

export type DemoContext = AppContext & {
  organisationId: string;
  /** Every module's `demoUsers`, in registration order: the users module creates them. */
  demoUsers: DemoUser[];
  /** Deterministic random numbers in [0, 1), so the demo is the same every time. */
  random: () => number;
  /** The demo year that "today" falls in. */
  today: Date;
};

/** A feature module's public surface, registered once in src/modules/index.ts. */
export type GrannskapModule = {
  name: string;
  /**
   * The other modules this one uses (through their index.ts), by name. The dependency lint rule
   * (.dependency-cruiser.cjs) reads this list and refuses an import of any module not in it.
   */
  dependsOn: string[];
  /** API routes, registered under /api/v1. Every route declares config.access or config.public. */
  routes?: (app: ApiInstance, ctx: AppContext) => Promise<void>;
  /** Server-rendered pages outside /api (tenant survey, public calendar, …); each route has config.public. */
  pages?: (app: ApiInstance, ctx: AppContext) => Promise<void>;
  importKinds?: AnyImportKind[];
  jobs?: ScheduledJob[];
  indicators?: IndicatorDefinition[];
  /** This module's figures on an area's profile page (e.g. presence hours, the area's safety index). */
  areaProfile?: AreaProfileSource;
  /** This module's work that moves an indicator (activities, actions), for the turn-the-curve view. */
  indicatorLinks?: IndicatorLinkSource;
  messages?: Record<Language, Record<string, unknown>>;
  /**
   * This module's own AppError codes (those core's `errorStatus` lacks) with their HTTP status; a
   * code thrown without a status or message key gets these and `<name>:errors.<code>`.
   * `src/modules/error-codes.test.ts` fails on a thrown code no module declares or translates.
   */
  errorCodes?: Record<string, number>;
  /**
   * What a new organisation needs of this module before anyone uses it (settings, default lists),
   * created by core's `createOrganisation` in its transaction, modules in registration order.
   * Start-up runs it again for every organisation (core's `createMissingDefaults`), for those made
   * before the module or its hook existed: it must make only what is missing.
   */
  organisationCreated?: (ctx: ServiceContext, organisationId: string) => Promise<void>;
  /** The demo sign-ins this module's demo data needs; the users module's demo creates them all. */
  demoUsers?: DemoUser[];
  /** Adds this module's part of the demo organisation; modules run in registration order. */
  seedDemo?: (ctx: DemoContext) => Promise<void>;
};
