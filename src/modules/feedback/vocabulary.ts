/**
 * The feedback categories (also the Open311 services) and statuses. The codes are a public
 * contract (Open311 `service_code`); the names are in the four tenant languages.
 */
import type { TenantLanguage } from '../../shared/tenant-page';

export const feedbackCategories = [
  'lighting',
  'damage',
  'litter',
  'outdoor',
  'stairwell',
  'disturbance',
  'unsafe',
  'other',
] as const;
export type FeedbackCategory = (typeof feedbackCategories)[number];

type Named = Record<TenantLanguage, { name: string; description: string }>;

/** Each category's name and one line of description, in every tenant language. */
export const categoryTexts: Record<FeedbackCategory, Named> = {
  lighting: {
    sv: { name: 'Belysning', description: 'Trasig eller saknad belysning ute eller inne.' },
    en: { name: 'Lighting', description: 'Broken or missing lighting, outdoors or indoors.' },
    ar: { name: 'الإضاءة', description: 'إضاءة معطلة أو غير موجودة في الخارج أو الداخل.' },
    so: { name: 'Iftiinka', description: 'Laambad jaban ama maqan, banaanka ama gudaha.' },
  },
  damage: {
    sv: { name: 'Skadegörelse', description: 'Något är sönder, klottrat eller förstört.' },
    en: {
      name: 'Damage or vandalism',
      description: 'Something is broken, covered in graffiti or destroyed.',
    },
    ar: { name: 'تخريب أو أضرار', description: 'شيء مكسور أو عليه كتابات أو مُتلف.' },
    so: {
      name: 'Burbur ama waxyeello',
      description: 'Wax baa jaban, qoraal lagu xarxariiqay ama la burburiyay.',
    },
  },
  litter: {
    sv: { name: 'Nedskräpning och städning', description: 'Skräp, fulla sopkärl eller dålig städning.' },
    en: { name: 'Litter and cleaning', description: 'Litter, full bins or poor cleaning.' },
    ar: { name: 'القمامة والتنظيف', description: 'قمامة أو حاويات ممتلئة أو تنظيف سيئ.' },
    so: { name: 'Qashin iyo nadiifin', description: 'Qashin, weelal qashin oo buuxa ama nadiifin liidata.' },
  },
  outdoor: {
    sv: { name: 'Utemiljö', description: 'Gårdar, lekplatser, gångvägar och grönytor.' },
    en: { name: 'Outdoor environment', description: 'Courtyards, playgrounds, paths and green areas.' },
    ar: { name: 'البيئة الخارجية', description: 'الساحات والملاعب والممرات والمساحات الخضراء.' },
    so: {
      name: 'Deegaanka banaanka',
      description: 'Barxadaha, goobaha carruurta lagu ciyaarsiiyo, wadooyinka iyo dhulka cagaarka ah.',
    },
  },
  stairwell: {
    sv: { name: 'Trapphus och entré', description: 'Dörrar, lås, trapphus, källare och tvättstuga.' },
    en: {
      name: 'Stairwell and entrance',
      description: 'Doors, locks, stairwells, basements and laundry rooms.',
    },
    ar: { name: 'الدرج والمدخل', description: 'الأبواب والأقفال والدرج والقبو وغرفة الغسيل.' },
    so: {
      name: 'Jaranjarada iyo albaabka laga soo galo',
      description: 'Albaabbada, qufulada, jaranjarada, qolka hoose iyo qolka dharka lagu dhaqo.',
    },
  },
  disturbance: {
    sv: { name: 'Störningar', description: 'Buller eller annat som stör boende.' },
    en: { name: 'Disturbance', description: 'Noise or other things that disturb residents.' },
    ar: { name: 'الإزعاج', description: 'ضوضاء أو أمور أخرى تزعج السكان.' },
    so: { name: 'Dhibaato iyo buuq', description: 'Buuq ama wax kale oo dhiba dadka deggan.' },
  },
  unsafe: {
    sv: { name: 'Känns otryggt här', description: 'En plats där du känner dig otrygg.' },
    en: { name: 'Feels unsafe here', description: 'A place where you feel unsafe.' },
    ar: { name: 'أشعر بعدم الأمان هنا', description: 'مكان تشعر فيه بعدم الأمان.' },
    so: { name: 'Halkan ammaan kuma dareemo', description: 'Meel aadan ammaan ku dareemin.' },
  },
  other: {
    sv: { name: 'Annat', description: 'Något annat som kan bli bättre.' },
    en: { name: 'Other', description: 'Something else that could be better.' },
    ar: { name: 'أخرى', description: 'شيء آخر يمكن تحسينه.' },
    so: { name: 'Wax kale', description: 'Wax kale oo la hagaajin karo.' },
  },
};

/**
 * received: not yet triaged; in_progress: it became an action (the tenant follows the action);
 * closed: passed on to the EST picture, or closed otherwise; answered: the company answered (closed).
 */
export const feedbackStatuses = ['received', 'in_progress', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

/** What staff turn a report into. */
export const triageKinds = ['action', 'est', 'answer'] as const;
export type TriageKind = (typeof triageKinds)[number];

/** Days after a report is closed that its contact details are kept (to answer follow-up questions). */
export const contactRetentionDays = 90;
