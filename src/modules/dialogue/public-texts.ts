/**
 * The words of the public "Ni sa – vi gjorde" page in the four tenant languages. The Arabic and
 * Somali need a native speaker's check before they are relied on (README.md).
 */
import type { TenantLanguage } from '../../shared/tenant-page';
import type { DialogueMethod } from './vocabulary';

export type FollowUpTexts = {
  title: string;
  intro: string;
  dialogues: string;
  youSaid: string;
  ourResponse: string;
  weDid: string;
  underWay: string;
  noDialogues: string;
  walks: string;
  walk: string;
  done: string;
  none: string;
  noWalks: string;
  notFound: string;
  notFoundBody: string;
  methods: Record<DialogueMethod, string>;
};

export const followUpTexts: Record<TenantLanguage, FollowUpTexts> = {
  sv: {
    title: 'Ni sa – vi gjorde',
    intro:
      'Här ser du vad ni har tagit upp i dialoger med oss och vad vi har gjort, och vad vi har gjort efter trygghetsvandringarna i ditt område. Tack för att du var med och berättade vad som behövde bli bättre.',
    dialogues: 'Dialoger',
    youSaid: 'Ni sa',
    ourResponse: 'Vårt svar',
    weDid: 'Vi gjorde',
    underWay: 'Pågår',
    noDialogues: 'Vi har inte haft någon dialog här ännu.',
    walks: 'Trygghetsvandringar',
    walk: 'Trygghetsvandring',
    done: 'Klart',
    none: 'Inga åtgärder är klara ännu. Vi arbetar med dem.',
    noWalks: 'Det har inte varit någon trygghetsvandring här ännu.',
    notFound: 'Sidan finns inte',
    notFoundBody:
      'Vi hittar inget område med den här adressen. Kontrollera länken eller fråga ditt bostadsbolag.',
    methods: {
      meeting: 'Möte',
      door_knocking: 'Dörrknackning',
      digital_survey: 'Digital enkät',
      children_consultation: 'Barnkonsultation',
      scenario_workshop: 'Scenarioverkstad',
    },
  },
  en: {
    title: 'You said – we did',
    intro:
      'This page shows what you have raised in dialogues with us and what we have done, and what we have done after the safety walks in your area. Thank you for taking part and telling us what needed to get better.',
    dialogues: 'Dialogues',
    youSaid: 'You said',
    ourResponse: 'Our response',
    weDid: 'We did',
    underWay: 'Under way',
    noDialogues: 'We have not held a dialogue here yet.',
    walks: 'Safety walks',
    walk: 'Safety walk',
    done: 'Done',
    none: 'No actions are finished yet. We are working on them.',
    noWalks: 'There has not been a safety walk here yet.',
    notFound: 'Page not found',
    notFoundBody: 'We cannot find an area at this address. Check the link or ask your housing company.',
    methods: {
      meeting: 'Meeting',
      door_knocking: 'Door-knocking',
      digital_survey: 'Digital survey',
      children_consultation: "Children's consultation",
      scenario_workshop: 'Scenario workshop',
    },
  },
  ar: {
    title: 'قلتم – فعلنا',
    intro:
      'تعرض هذه الصفحة ما طرحتموه في الحوارات معنا وما قمنا به، وما قمنا به بعد جولات السلامة في منطقتكم. شكرًا لمشاركتكم ولإخبارنا بما يحتاج إلى تحسين.',
    dialogues: 'الحوارات',
    youSaid: 'قلتم',
    ourResponse: 'ردّنا',
    weDid: 'فعلنا',
    underWay: 'قيد التنفيذ',
    noDialogues: 'لم نعقد أي حوار هنا بعد.',
    walks: 'جولات السلامة',
    walk: 'جولة سلامة',
    done: 'تمّ',
    none: 'لم يكتمل أي إجراء بعد. نحن نعمل عليها.',
    noWalks: 'لم تُنظَّم أي جولة سلامة هنا بعد.',
    notFound: 'الصفحة غير موجودة',
    notFoundBody: 'لا نجد منطقة بهذا العنوان. تحقّقوا من الرابط أو اسألوا شركة السكن.',
    methods: {
      meeting: 'اجتماع',
      door_knocking: 'زيارات من باب إلى باب',
      digital_survey: 'استبيان رقمي',
      children_consultation: 'استشارة الأطفال',
      scenario_workshop: 'ورشة سيناريوهات',
    },
  },
  so: {
    title: 'Waxaad tiraahdeen – waxaan samaynay',
    intro:
      'Boggan waxaad ku arkaysaa waxyaabaha aad nagala hadasheen wada-hadallada iyo waxa aan samaynay, iyo waxa aan samaynay ka dib socodyada badbaadada ee xaafaddaada. Waad ku mahadsan tihiin ka qaybgalka iyo inaad noo sheegteen waxa u baahan in la hagaajiyo.',
    dialogues: 'Wada-hadallo',
    youSaid: 'Waxaad tiraahdeen',
    ourResponse: 'Jawaabtayada',
    weDid: 'Waxaan samaynay',
    underWay: 'Waa socotaa',
    noDialogues: 'Weli halkan wada-hadal kuma aanan qabanin.',
    walks: 'Socodyada badbaadada',
    walk: 'Socodka badbaadada',
    done: 'Waa la dhammeeyay',
    none: 'Weli tallaabo lama dhammaystirin. Waan ka shaqaynaynaa.',
    noWalks: 'Weli halkan socod badbaado lama qabanin.',
    notFound: 'Boggan ma jiro',
    notFoundBody: 'Ma helin xaafad leh cinwaankan. Hubi link-ga ama weydii shirkadda guryahaaga.',
    methods: {
      meeting: 'Kulan',
      door_knocking: 'Albaab garaacid',
      digital_survey: 'Sahan dijitaal ah',
      children_consultation: 'La-tashiga carruurta',
      scenario_workshop: 'Aqoon-isweydaarsi mustaqbalka',
    },
  },
};
