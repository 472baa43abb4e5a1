import type { Language } from '../../core/i18n/i18n';
import { translate } from '../../core/i18n/i18n';

/** "activity_session" → "Activity session": a readable name for a code no translation knows yet. */
export function humanise(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The name of an entity (area, situation_report, an import kind …) or action (create, draw …) in
 * the user's language. Modules write their own codes; one they add later still reads sensibly.
 */
export function auditLabel(language: Language, group: 'entities' | 'actions', code: string): string {
  return translate(language, `audit-log:${group}.${code}`, { defaultValue: humanise(code) });
}
