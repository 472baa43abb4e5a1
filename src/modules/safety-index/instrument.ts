import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { type InstrumentQuestion, surveyInstruments } from './safety-index.table';

// The languages the tenant page offers (an instrument may hold texts in more) are every tenant page's.
export { type TenantLanguage, tenantLanguages } from '../../shared/tenant-page';
export const rtlLanguages = new Set(['ar', 'fa', 'ku', 'ur', 'he']);

/**
 * The default question set of the issue. Arabic and Somali texts were written for this module and
 * should be checked by a native speaker before the first real mailing.
 */
export const defaultQuestions: InstrumentQuestion[] = [
  {
    code: 'overall',
    text: {
      sv: 'Hur trygg känner du dig i ditt bostadsområde?',
      en: 'How safe do you feel in your neighbourhood?',
      ar: 'ما مدى شعورك بالأمان في منطقتك السكنية؟',
      so: 'Intee in le’eg ayaad ku dareentaa nabadgelyo xaafaddaada?',
    },
  },
  {
    code: 'evening',
    text: {
      sv: 'Hur trygg känner du dig när du går ut ensam sent en kväll i området?',
      en: 'How safe do you feel going out alone late in the evening in the area?',
      ar: 'ما مدى شعورك بالأمان عند الخروج وحدك في وقت متأخر من المساء في المنطقة؟',
      so: 'Intee in le’eg ayaad ku dareentaa nabadgelyo markaad kaligaa habeen dambe ku baxdo xaafadda?',
    },
  },
  {
    code: 'stairwell',
    text: {
      sv: 'Hur trygg känner du dig i trapphuset?',
      en: 'How safe do you feel in the stairwell?',
      ar: 'ما مدى شعورك بالأمان في بيت الدرج؟',
      so: 'Intee in le’eg ayaad ku dareentaa nabadgelyo jaranjarada dhismaha?',
    },
  },
  {
    code: 'basement',
    text: {
      sv: 'Hur trygg känner du dig i källare och förråd?',
      en: 'How safe do you feel in the basement and storage rooms?',
      ar: 'ما مدى شعورك بالأمان في القبو والمخازن؟',
      so: 'Intee in le’eg ayaad ku dareentaa nabadgelyo qolka hoose iyo bakhaarrada?',
    },
  },
  {
    code: 'laundry',
    text: {
      sv: 'Hur trygg känner du dig i tvättstugan?',
      en: 'How safe do you feel in the laundry room?',
      ar: 'ما مدى شعورك بالأمان في غرفة الغسيل؟',
      so: 'Intee in le’eg ayaad ku dareentaa nabadgelyo qolka dharka lagu dhaqo?',
    },
  },
  {
    code: 'courtyard',
    text: {
      sv: 'Hur trygg känner du dig på gården och i utemiljön?',
      en: 'How safe do you feel in the courtyard and outdoor areas?',
      ar: 'ما مدى شعورك بالأمان في الفناء والمساحات الخارجية؟',
      so: 'Intee in le’eg ayaad ku dareentaa nabadgelyo barxadda iyo bannaanka?',
    },
  },
  {
    code: 'lighting',
    text: {
      sv: 'Hur bra är belysningen i området?',
      en: 'How good is the lighting in the area?',
      ar: 'ما مدى جودة الإضاءة في المنطقة؟',
      so: 'Sidee buu u wanaagsan yahay iftiinka xaafadda?',
    },
  },
  {
    code: 'burglary',
    text: {
      sv: 'Hur bra är skyddet mot inbrott i din lägenhet?',
      en: 'How good is the protection against burglary in your flat?',
      ar: 'ما مدى جودة الحماية من السرقة في شقتك؟',
      so: 'Sidee bay u wanaagsan tahay ka-hortagga tuugada ee gurigaaga?',
    },
  },
  {
    code: 'neighbours',
    text: {
      sv: 'Hur nöjd är du med grannarnas sätt att leva (störningar)?',
      en: 'How satisfied are you with how your neighbours live (disturbances)?',
      ar: 'ما مدى رضاك عن طريقة عيش جيرانك (الإزعاج)؟',
      so: 'Intee in le’eg ayaad ku qanacsan tahay sida deriskaagu u nool yihiin (buuq)?',
    },
  },
  {
    code: 'contact',
    text: {
      sv: 'Hur bra är kontakten med dina grannar?',
      en: 'How good is your contact with your neighbours?',
      ar: 'ما مدى جودة تواصلك مع جيرانك؟',
      so: 'Sidee buu u wanaagsan yahay xiriirka aad la leedahay deriskaaga?',
    },
  },
];

export const defaultIndexCodes = ['evening', 'stairwell', 'burglary', 'basement', 'neighbours', 'contact'];

export type Instrument = typeof surveyInstruments.$inferSelect;

/** The newest version of the organisation's question set; creates version 1 from the defaults. */
export async function currentInstrument(db: Db, organisationId: string): Promise<Instrument> {
  const [latest] = await db
    .select()
    .from(surveyInstruments)
    .where(eq(surveyInstruments.organisationId, organisationId))
    .orderBy(desc(surveyInstruments.version))
    .limit(1);
  if (latest) return latest;
  await db
    .insert(surveyInstruments)
    .values({ organisationId, version: 1, questions: defaultQuestions, indexCodes: defaultIndexCodes })
    .onConflictDoNothing();
  const [created] = await db
    .select()
    .from(surveyInstruments)
    .where(and(eq(surveyInstruments.organisationId, organisationId), eq(surveyInstruments.version, 1)));
  return created;
}

export async function instrumentsById(db: Db, organisationId: string): Promise<Map<string, Instrument>> {
  const rows = await db
    .select()
    .from(surveyInstruments)
    .where(eq(surveyInstruments.organisationId, organisationId));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A question's text in the language, falling back to Swedish, then to any text. */
export function questionText(question: InstrumentQuestion, language: string): string {
  return question.text[language] ?? question.text.sv ?? Object.values(question.text)[0] ?? question.code;
}
