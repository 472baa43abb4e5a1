import type { TenantLanguage } from './instrument';

/**
 * Texts of the tenant's page in the four languages of the letters. Arabic and Somali were written
 * for this module; have a native speaker check them before the first real mailing.
 */
export type TenantTexts = {
  languageName: string;
  title: string;
  intro: string;
  anonymity: string;
  optional: string;
  scale: [string, string, string, string, string];
  dontKnow: string;
  comment: string;
  commentHint: string;
  submit: string;
  thanks: string;
  thanksBody: string;
  alreadyAnswered: string;
  alreadyAnsweredBody: string;
  expired: string;
  expiredBody: string;
  notFound: string;
  notFoundBody: string;
  invalid: string;
  language: string;
};

export const tenantTexts: Record<TenantLanguage, TenantTexts> = {
  sv: {
    languageName: 'Svenska',
    title: 'Trygghetsenkät',
    intro: 'Hur trygg känner du dig där du bor? Dina svar hjälper oss att göra området tryggare.',
    anonymity: 'Dina svar är anonyma: vi sparar bara område och månad, aldrig vem du är.',
    optional:
      'Alla frågor är frivilliga. Svara 1–5, där 1 är mycket dåligt eller otryggt och 5 mycket bra eller tryggt.',
    scale: [
      '1 – Mycket dåligt / otryggt',
      '2 – Ganska dåligt',
      '3 – Varken bra eller dåligt',
      '4 – Ganska bra',
      '5 – Mycket bra / tryggt',
    ],
    dontKnow: 'Vet ej',
    comment: 'Vill du lägga till något? (frivilligt)',
    commentHint: 'Skriv inte namn, personnummer eller telefonnummer.',
    submit: 'Skicka svar',
    thanks: 'Tack för dina svar!',
    thanksBody: 'Dina svar är sparade. Du kan stänga sidan.',
    alreadyAnswered: 'Enkäten är redan besvarad',
    alreadyAnsweredBody: 'Den här länken har redan använts för att svara. Tack för att du deltog!',
    expired: 'Länken har gått ut',
    expiredBody: 'Tiden för att svara på den här enkäten är slut. Du blir inbjuden igen om ungefär två år.',
    notFound: 'Länken fungerar inte',
    notFoundBody: 'Kontrollera att du skrivit av länken rätt från brevet.',
    invalid: 'Något i svaret kunde inte läsas. Försök igen.',
    language: 'Språk',
  },
  en: {
    languageName: 'English',
    title: 'Safety survey',
    intro: 'How safe do you feel where you live? Your answers help us make the area safer.',
    anonymity: 'Your answers are anonymous: we keep only the area and the month, never who you are.',
    optional:
      'All questions are optional. Answer 1–5, where 1 is very poor or unsafe and 5 very good or safe.',
    scale: [
      '1 – Very poor / unsafe',
      '2 – Fairly poor',
      '3 – Neither good nor poor',
      '4 – Fairly good',
      '5 – Very good / safe',
    ],
    dontKnow: "Don't know",
    comment: 'Anything you would like to add? (optional)',
    commentHint: 'Please do not write names, personal identity numbers or phone numbers.',
    submit: 'Send answers',
    thanks: 'Thank you for your answers!',
    thanksBody: 'Your answers have been saved. You can close this page.',
    alreadyAnswered: 'This survey has already been answered',
    alreadyAnsweredBody: 'This link has already been used to answer. Thank you for taking part!',
    expired: 'This link has expired',
    expiredBody: 'The time to answer this survey is over. You will be invited again in about two years.',
    notFound: 'This link does not work',
    notFoundBody: 'Please check that the link was copied correctly from the letter.',
    invalid: 'Something in the answer could not be read. Please try again.',
    language: 'Language',
  },
  ar: {
    languageName: 'العربية',
    title: 'استبيان الأمان',
    intro: 'ما مدى شعورك بالأمان حيث تسكن؟ إجاباتك تساعدنا على جعل المنطقة أكثر أمانًا.',
    anonymity: 'إجاباتك مجهولة الهوية: نحفظ فقط المنطقة والشهر، ولا نحفظ هويتك أبدًا.',
    optional: 'جميع الأسئلة اختيارية. أجب من 1 إلى 5، حيث 1 سيئ جدًا أو غير آمن و5 جيد جدًا أو آمن.',
    scale: [
      '1 – سيئ جدًا / غير آمن',
      '2 – سيئ إلى حد ما',
      '3 – لا جيد ولا سيئ',
      '4 – جيد إلى حد ما',
      '5 – جيد جدًا / آمن',
    ],
    dontKnow: 'لا أعرف',
    comment: 'هل تريد إضافة شيء؟ (اختياري)',
    commentHint: 'يرجى عدم كتابة الأسماء أو الأرقام الشخصية أو أرقام الهاتف.',
    submit: 'إرسال الإجابات',
    thanks: 'شكرًا على إجاباتك!',
    thanksBody: 'تم حفظ إجاباتك. يمكنك إغلاق الصفحة.',
    alreadyAnswered: 'تمت الإجابة على هذا الاستبيان بالفعل',
    alreadyAnsweredBody: 'تم استخدام هذا الرابط للإجابة من قبل. شكرًا لمشاركتك!',
    expired: 'انتهت صلاحية هذا الرابط',
    expiredBody: 'انتهى وقت الإجابة على هذا الاستبيان. ستتم دعوتك مرة أخرى بعد حوالي سنتين.',
    notFound: 'هذا الرابط لا يعمل',
    notFoundBody: 'يرجى التأكد من نسخ الرابط من الرسالة بشكل صحيح.',
    invalid: 'تعذرت قراءة جزء من الإجابة. يرجى المحاولة مرة أخرى.',
    language: 'اللغة',
  },
  so: {
    languageName: 'Soomaali',
    title: 'Sahanka nabadgelyada',
    intro:
      'Intee in le’eg ayaad ku dareentaa nabadgelyo meesha aad ku nooshahay? Jawaabahaagu waxay naga caawinayaan inaan xaafadda ka dhigno mid nabad badan.',
    anonymity:
      'Jawaabahaagu waa qarsoodi: waxaan kaydinaa oo keliya xaafadda iyo bisha, marnaba cidda aad tahay.',
    optional:
      'Dhammaan su’aaluhu waa ikhtiyaari. Ku jawaab 1–5, halkaas oo 1 yahay aad u xun ama aan nabad ahayn, 5-na aad u fiican ama nabad ah.',
    scale: [
      '1 – Aad u xun / aan nabad ahayn',
      '2 – Xoogaa xun',
      '3 – Ma fiicna mana xuma',
      '4 – Xoogaa fiican',
      '5 – Aad u fiican / nabad ah',
    ],
    dontKnow: 'Ma garanayo',
    comment: 'Ma jiraa wax aad rabto inaad ku darto? (ikhtiyaari)',
    commentHint: 'Fadlan ha qorin magacyo, lambarka aqoonsiga ama lambarro taleefan.',
    submit: 'Dir jawaabaha',
    thanks: 'Waad ku mahadsan tahay jawaabahaaga!',
    thanksBody: 'Jawaabahaaga waa la kaydiyay. Waad xiri kartaa bogga.',
    alreadyAnswered: 'Sahankan horay ayaa looga jawaabay',
    alreadyAnsweredBody:
      'Linkigan horay ayaa loo isticmaalay in laga jawaabo. Waad ku mahadsan tahay ka qaybgalkaaga!',
    expired: 'Linkigan wakhtigiisii wuu dhacay',
    expiredBody:
      'Wakhtiga looga jawaabayo sahankan wuu dhammaaday. Mar kale ayaa lagu casuumi doonaa qiyaastii laba sano kadib.',
    notFound: 'Linkigan ma shaqaynayo',
    notFoundBody: 'Fadlan hubi in linkiga si sax ah looga koobiyeeyay warqadda.',
    invalid: 'Qayb ka mid ah jawaabta lama akhrin karin. Fadlan isku day mar kale.',
    language: 'Luqadda',
  },
};
