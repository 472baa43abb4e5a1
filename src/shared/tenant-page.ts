/**
 * The frame every tenant-facing page shares (survey, participatory budget, feedback, "you said – we
 * did"): the four tenant languages, each named in itself, and one language switch that keeps the
 * page's own address. Plain HTML from src/shared/html.ts, so a page works without JavaScript.
 */
import { languageSwitch, publicPage } from './html';

/** The languages every tenant page speaks. */
export const tenantLanguages = ['sv', 'en', 'ar', 'so'] as const;
export type TenantLanguage = (typeof tenantLanguages)[number];

/** Each language named in itself, for the switch. */
export const tenantLanguageNames: Record<TenantLanguage, string> = {
  sv: 'Svenska',
  en: 'English',
  ar: 'العربية',
  so: 'Soomaali',
};

/** The switch's own label, in the page's language. */
export const languageSwitchLabel: Record<TenantLanguage, string> = {
  sv: 'Språk',
  en: 'Language',
  ar: 'اللغة',
  so: 'Luqadda',
};

/** A `lang` query value as a tenant language; anything else (missing, unknown) is Swedish. */
export function tenantLanguageOf(raw: unknown): TenantLanguage {
  return tenantLanguages.includes(raw as TenantLanguage) ? (raw as TenantLanguage) : 'sv';
}

export type TenantPage = {
  language: TenantLanguage;
  /** Plain text; escaped by the layout. */
  title: string;
  /** HTML inside `<main>`. */
  main: string;
  /** The page's own path (without query): the language links point back to it. */
  path: string;
  /** A page reached by a private link (a survey or voting code) must not end up in a search engine. */
  noindex?: boolean;
  /** HTML above the language switch, e.g. the housing company's name. */
  banner?: string;
  footer?: string;
};

/** A whole tenant page in one of the four languages, with the switch to the other three. */
export function tenantPage({
  language,
  title,
  main,
  path,
  noindex,
  banner = '',
  footer,
}: TenantPage): string {
  const links = tenantLanguages.map((l) => ({
    language: l,
    name: tenantLanguageNames[l],
    href: `${path}?lang=${l}`,
  }));
  return publicPage({
    language,
    title,
    head: noindex ? '<meta name="robots" content="noindex">\n' : '',
    header: banner + languageSwitch(language, languageSwitchLabel[language], links),
    main,
    footer,
  });
}
