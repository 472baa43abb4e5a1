import i18next, { type i18n } from 'i18next';
import en from './en.json';
import sv from './sv.json';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

/** Server-side messages (errors, import reports, e-mails). Modules add their own namespaces. */
export const serverI18n: i18n = i18next.createInstance();
void serverI18n.init({
  initAsync: false,
  lng: 'sv',
  fallbackLng: 'sv',
  ns: ['core'],
  defaultNS: 'core',
  resources: { sv: { core: sv }, en: { core: en } },
  interpolation: { escapeValue: false },
});

/** Lets a module add its messages under its own namespace. */
export function addMessages(namespace: string, bundles: Record<Language, Record<string, unknown>>): void {
  for (const lng of languages) serverI18n.addResourceBundle(lng, namespace, bundles[lng], true, true);
}

/** Translates a key ("ns:key" or a core key) into the given language. */
export function translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
  return serverI18n.t(key, { lng: language, ...params }) as string;
}

/**
 * A translate function bound to a language and a key prefix ("rounds:profile"), with parameters
 * every key gets (e.g. the year), so a page or a PDF writes t('title') rather than the whole key.
 */
export function translator(
  language: Language,
  prefix: string,
  defaults: Record<string, unknown> = {},
): (key: string, params?: Record<string, unknown>) => string {
  return (key, params = {}) => translate(language, `${prefix}.${key}`, { ...defaults, ...params });
}

/** Picks sv or en from an Accept-Language header; Swedish first. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return 'sv';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}
