import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonEn from './i18n/en.json';
import commonSv from './i18n/sv.json';

export type Language = 'sv' | 'en';
export const languages: readonly Language[] = ['sv', 'en'];

type Messages = Record<string, unknown>;

// Every module's web translations, found by file name: src/modules/<name>/web/i18n/<lang>.json
// becomes namespace <name>. Adding a module touches no shell file.
const moduleFiles = import.meta.glob<Messages>('../modules/*/web/i18n/*.json', {
  eager: true,
  import: 'default',
});

function buildResources(): Record<Language, Record<string, Messages>> {
  const resources: Record<Language, Record<string, Messages>> = {
    sv: { common: commonSv },
    en: { common: commonEn },
  };
  for (const [path, messages] of Object.entries(moduleFiles)) {
    const match = /modules\/([^/]+)\/web\/i18n\/(sv|en)\.json$/.exec(path);
    if (match) resources[match[2] as Language][match[1]] = messages;
  }
  return resources;
}

/** The language chosen before sign-in, kept in the `lang` cookie the server also reads. */
export function cookieLanguage(): Language | null {
  const match = /(?:^|;\s*)lang=(sv|en)(?:;|$)/.exec(document.cookie);
  return match ? (match[1] as Language) : null;
}

export function rememberLanguage(language: Language): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser yet.
  document.cookie = `lang=${language}; path=/; max-age=31536000; samesite=lax`;
}

/** The server's rule for Accept-Language (core/i18n languageFromHeader): English first means English. */
function browserLanguage(): Language {
  return navigator.languages?.[0]?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/**
 * The `lang` cookie, else the browser's first language if it is English, else Swedish — the same
 * rule the server uses for its messages. The signed-in user's stored choice replaces it.
 */
export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: buildResources(),
    lng: cookieLanguage() ?? browserLanguage(),
    fallbackLng: 'sv',
    supportedLngs: languages,
    defaultNS: 'common',
    ns: ['common'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}

/** Switches the UI language now and remembers it in the cookie. */
export async function applyLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

/** Dates and numbers in the UI language: Swedish as sv-SE, English as en-GB (day-month order). */
export function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}
