import { type Language, serverI18n, translate } from '../../core/i18n/i18n';

/** "activity_session" → "Activity session": a readable name for a code no translation knows yet. */
export function humanise(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Namespaces of the server messages (core and every module's), where a module may name its own codes. */
function namespaces(language: Language): string[] {
  return Object.keys(serverI18n.store?.data?.[language] ?? {});
}

/**
 * The name of an entity (area, situation_report, an import kind …) or action (create, draw …) in
 * the user's language: from this module's list, else from the module that writes it (its server
 * messages under `audit.entities.<code>` / `audit.actions.<code>`), else the code made readable.
 */
export function auditLabel(language: Language, group: 'entities' | 'actions', code: string): string {
  return translatedAuditLabel(language, group, code) ?? humanise(code);
}

/** The translated name, or null when neither this module nor the writing module names the code. */
export function translatedAuditLabel(
  language: Language,
  group: 'entities' | 'actions',
  code: string,
): string | null {
  const own = `audit-log:${group}.${code}`;
  if (serverI18n.exists(own, { lng: language })) return translate(language, own);
  for (const ns of namespaces(language)) {
    const key = `${ns}:audit.${group}.${code}`;
    if (serverI18n.exists(key, { lng: language })) return translate(language, key);
  }
  return null;
}
