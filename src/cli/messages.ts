import type { DataDirOwner } from '../core/db/data-dir-lock';
import { addMessages, type Language, translate } from '../core/i18n/i18n';
import { swedishTimeZone } from '../shared/time';

const sv = {
  inUse:
    'Databasen i {{dir}} används redan av en annan process: {{command}} (process {{pid}} på {{host}}, sedan {{since}}).\nBara en process i taget kan öppna den inbyggda databasen. Vänta tills den är klar, eller stoppa den (kill {{pid}}), och försök sedan igen.',
  inUseUnknown:
    'Databasen i {{dir}} används redan av en annan process (låset {{lock}} finns, men inte vem som håller det).\nVänta en stund och försök igen. Tas låset inte bort inom en minut räknas det som övergivet.',
  serverStarting:
    'Grannskap startar på databasen i {{dir}} (process {{pid}}, sedan {{since}}). Kommandon skickas till servern när den har startat: försök igen om en stund.',
  alreadyRunning:
    'Grannskap kör redan på databasen i {{dir}}: {{command}} (process {{pid}}, sedan {{since}}){{url}}.\nStoppa den först (kill {{pid}}), eller kör kommandon medan den kör: de skickas till den.',
  serverGone:
    'Servern som håller databasen i {{dir}} (process {{pid}}) svarar inte på {{socket}}. Försök igen om en stund; stoppa den (kill {{pid}}) om den har hängt sig.',
  serverStopped: 'Servern stoppades innan kommandot var klart: inget av det sparades.',
  serverStopping:
    'Grannskap-servern (process {{pid}}) håller på att stoppas. Försök igen när den har stoppat.',
  viaServer: '(Körs i Grannskap-servern, process {{pid}}, som håller databasen.)',
  interrupted: 'Avbrutet ({{signal}}): det som inte var klart sparades inte. Databasen stängdes.',
  finishedFirst: 'Kommandot hann bli klart innan {{signal}} kom fram: allt sparades.',
  stopping: 'Avbryter ({{signal}}): det som inte är klart rullas tillbaka …',
};

const en: typeof sv = {
  inUse:
    'The database in {{dir}} is already in use by another process: {{command}} (pid {{pid}} on {{host}}, since {{since}}).\nOnly one process at a time can open the embedded database. Wait for it to finish, or stop it (kill {{pid}}), then try again.',
  inUseUnknown:
    'The database in {{dir}} is already in use by another process (the lock {{lock}} exists, but not who holds it).\nWait a moment and try again. A lock not refreshed for a minute counts as abandoned.',
  serverStarting:
    'Grannskap is starting on the database in {{dir}} (pid {{pid}}, since {{since}}). Commands are passed to the server once it has started: try again in a moment.',
  alreadyRunning:
    'Grannskap is already running on the database in {{dir}}: {{command}} (pid {{pid}}, since {{since}}){{url}}.\nStop it first (kill {{pid}}), or run commands while it runs: they are passed to it.',
  serverGone:
    'The server holding the database in {{dir}} (pid {{pid}}) does not answer on {{socket}}. Try again in a moment; stop it (kill {{pid}}) if it hangs.',
  serverStopped: 'The server stopped before the command had finished: none of it was saved.',
  serverStopping: 'The Grannskap server (pid {{pid}}) is stopping. Try again once it has stopped.',
  viaServer: '(Run inside the Grannskap server, pid {{pid}}, which holds the database.)',
  interrupted: 'Interrupted ({{signal}}): the unfinished work was not saved. The database was closed.',
  finishedFirst: 'The command had finished before {{signal}} took effect: all of it was saved.',
  stopping: 'Stopping ({{signal}}): the unfinished work is rolled back …',
};

addMessages('cli', { sv, en });

export type CliMessage = keyof typeof sv;

/** The CLI's language from the locale: English for en_*, otherwise Swedish (Swedish first, as the app). */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'sv';
}

export function cliMessage(key: CliMessage, params: Record<string, unknown> = {}, language = cliLanguage()) {
  return translate(language, `cli:${key}`, params);
}

/** The owner record's facts for a message, the time in Swedish time. */
export function ownerParams(dir: string, owner: DataDirOwner, language = cliLanguage()) {
  const since = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: swedishTimeZone,
  }).format(new Date(owner.since));
  return {
    dir,
    pid: owner.pid,
    host: owner.hostname,
    command: owner.command,
    since,
    socket: owner.socket ?? '',
    url: owner.url ? `, ${owner.url}` : '',
  };
}
