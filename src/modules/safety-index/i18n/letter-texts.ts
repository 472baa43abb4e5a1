import type { TenantLanguage } from '../instrument';
import { tenantTexts } from '../tenant-texts';

/**
 * Texts of the paper letters. Swedish carries the letter; English, Arabic and Somali get a short
 * paragraph each, with the survey's title and anonymity promise as the tenant's page words them
 * (tenant-texts.ts). Arabic and Somali were written for this module; have a native speaker check
 * them before the first real mailing.
 */
export type LetterKind = 'invitation' | 'reminder';

export const swedishLetter = {
  title: { invitation: 'Trygghetsenkät: inbjudan', reminder: 'Trygghetsenkät: påminnelse' },
  recipient: 'Till hushållet',
  ref: (ref: string) => `Ref. ${ref}`,
  heading: {
    invitation: 'Hur trygg känner du dig där du bor?',
    reminder: 'Påminnelse: Hur trygg känner du dig?',
  },
  body: {
    invitation:
      'Varje månad frågar vi några av våra hyresgäster hur trygga de känner sig. Ditt hushåll är ett av dem i år. Det tar ungefär tre minuter.',
    reminder:
      'För några veckor sedan bjöd vi in ditt hushåll att svara på vår trygghetsenkät. Om du inte hunnit svara än kan du göra det med länken nedan. Har du redan svarat: tack!',
  },
  anonymity: 'Dina svar är anonyma: vi sparar bara område och månad, aldrig vem som svarat.',
  scan: 'Skanna koden med mobilen eller skriv in länken:',
  qrAlt: 'QR-kod med länken till enkäten',
  linkNote: 'Länken gäller ditt hushåll och fungerar en gång.',
  none: 'Inga brev denna månad.',
} as const;

/** The other languages of the tenant's page, each a heading and a paragraph on the letter. */
export const letterLanguages = ['en', 'ar', 'so'] as const satisfies readonly TenantLanguage[];
export type LetterLanguage = (typeof letterLanguages)[number];

/** How to answer: where the link is and which language to choose on the page. */
const howTo: Record<LetterLanguage, Record<LetterKind, string>> = {
  en: {
    invitation:
      'Your household is invited to answer our safety survey. Scan the QR code or type in the link above, then choose English at the top of the page. It takes about three minutes.',
    reminder:
      'A few weeks ago we invited your household to answer our safety survey. If you have not answered yet, scan the QR code or type in the link above, then choose English at the top of the page. If you have already answered: thank you!',
  },
  ar: {
    invitation:
      'ندعو أسرتك للإجابة على استبيان الأمان. امسح رمز QR أو اكتب الرابط أعلاه، ثم اختر العربية في أعلى الصفحة. يستغرق ذلك حوالي ثلاث دقائق.',
    reminder:
      'دعونا أسرتك قبل بضعة أسابيع للإجابة على استبيان الأمان. إذا لم تُجب بعد، امسح رمز QR أو اكتب الرابط أعلاه، ثم اختر العربية في أعلى الصفحة. إذا كنت قد أجبت بالفعل: شكرًا لك!',
  },
  so: {
    invitation:
      'Qoyskaaga waxaa lagu martiqaaday inuu ka jawaabo sahankayaga nabadgelyada. Sawir koodka QR-ka ama qor linkiga kor ku qoran, kadibna dooro Soomaali bogga korkiisa. Waxay qaadanaysaa qiyaastii saddex daqiiqo.',
    reminder:
      'Dhowr toddobaad ka hor waxaan qoyskaaga ku martiqaadnay inuu ka jawaabo sahankayaga nabadgelyada. Haddii aadan weli ka jawaabin, sawir koodka QR-ka ama qor linkiga kor ku qoran, kadibna dooro Soomaali bogga korkiisa. Haddii aad horay uga jawaabtay: waad ku mahadsan tahay!',
  },
};

/** A language's heading (the survey's title) and paragraph on a letter of the kind. */
export function otherLanguageText(language: LetterLanguage, kind: LetterKind) {
  const t = tenantTexts[language];
  return { heading: t.title, text: `${howTo[language][kind]} ${t.anonymity}` };
}
