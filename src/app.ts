import { registerAreaProfileSource } from './core/area-profile';
import type { Config } from './core/config';
import { type Database, openDatabase } from './core/db/client';
import { registerErrorCodes } from './core/errors';
import { buildApp } from './core/http/app';
import { addMessages } from './core/i18n/i18n';
import { registerImportKinds } from './core/import/import.service';
import { registerIndicatorLinkSource } from './core/indicator-links';
import { registerIndicators } from './core/indicators';
import { createMailer, type Mailer } from './core/mail/mailer';
import type { AppContext } from './core/module';
import { createMissingDefaults } from './core/organisations';
import { modules } from './modules';

let registered = false;

/** Hands every module's messages, error codes, import kinds and indicators to the core registries, once. */
export function registerModules(): void {
  if (registered) return;
  registered = true;
  for (const module of modules) {
    if (module.messages) addMessages(module.name, module.messages);
    registerErrorCodes(module.name, module.errorCodes ?? {});
    registerImportKinds(module.importKinds ?? []);
    registerIndicators(module.indicators ?? [], {
      module: module.name,
      importKinds: (module.importKinds ?? []).map((k) => k.kind),
    });
    if (module.areaProfile) registerAreaProfileSource(module.name, module.areaProfile);
    if (module.indicatorLinks) registerIndicatorLinkSource(module.name, module.indicatorLinks);
  }
}

/** Opens (and migrates) the database the configuration names. */
export async function openAppDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleError: (error) =>
      process.stderr.write(`database connection lost (it is reopened): ${error.message}\n`),
  });
  await database.migrate();
  await createMissingDefaults(database.db, modules);
  return database;
}

export function createAppContext(
  config: Config,
  database: Database,
  mailer: Mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
) {
  return { config, database, mailer };
}

/** The composition root: core plus every module. */
export async function createServer(config: Config, database: Database, mailer?: Mailer) {
  registerModules();
  const deps = createAppContext(config, database, mailer);
  return buildApp({ ...deps, modules });
}

export type { AppContext };
