/**
 * Every text of the public feedback pages in the four tenant languages. The Arabic and Somali
 * wording needs a native speaker's check (README). `{area}` and `{items}` are filled in by the page.
 */
import type { PersonalDataKind } from '../../core/personal-data';
import type { TenantLanguage } from '../../shared/tenant-page';
import type { FeedbackStatus } from './vocabulary';

export type FeedbackTexts = {
  formTitle: string;
  intro: string;
  noPersonal: string;
  category: string;
  choose: string;
  place: string;
  placeHint: string;
  map: string;
  mapHint: string;
  mapMarked: string;
  description: string;
  descriptionHint: string;
  photo: string;
  photoHint: string;
  contact: string;
  contactHint: string;
  email: string;
  phone: string;
  submit: string;
  errorHeading: string;
  categoryRequired: string;
  descriptionRequired: string;
  personalData: string;
  kinds: Record<PersonalDataKind, string>;
  photoTooLarge: string;
  photoUnreadable: string;
  emailInvalid: string;
  phoneInvalid: string;
  pointOutside: string;
  receivedTitle: string;
  receivedBody: string;
  statusLink: string;
  keepLink: string;
  statusTitle: string;
  statusLabel: string;
  statuses: Record<FeedbackStatus, string>;
  receivedOn: string;
  answer: string;
  actionHeading: string;
  actionStatuses: Record<'open' | 'in_progress' | 'done' | 'wont_do', string>;
  notFound: string;
  notFoundBody: string;
  mailSubject: string;
  mailBody: string;
};

export const feedbackTexts: Record<TenantLanguage, FeedbackTexts> = {
  sv: {
    formTitle: 'Tyck till om {area}',
    intro: 'Berätta vad som gör att du känner dig otrygg eller vad som kan bli bättre där du bor.',
    noPersonal: 'Skriv aldrig namn, personnummer, telefonnummer eller registreringsnummer i texten.',
    category: 'Vad gäller det?',
    choose: 'Välj …',
    place: 'Var?',
    placeHint: 'En adress eller en beskrivning av platsen, t.ex. ”gången bakom tvättstugan”.',
    map: 'Eller markera platsen på kartan',
    mapHint: 'Tryck på kartan. Sidan laddas om med platsen markerad och allt du skrivit kvar.',
    mapMarked: 'Platsen är markerad på kartan.',
    description: 'Beskriv',
    descriptionHint: 'Vad har hänt eller vad borde bli bättre?',
    photo: 'Foto (frivilligt)',
    photoHint:
      'Högst 15 MB. Välj fotot sist, efter att du markerat på kartan. Platsinformation i bilden tas bort.',
    contact: 'Kontaktuppgifter (frivilligt)',
    contactHint:
      'Bara för att vi ska kunna nå dig. De visas aldrig för andra och raderas när ärendet har varit avslutat en tid.',
    email: 'E-post',
    phone: 'Telefon',
    submit: 'Skicka',
    errorHeading: 'Något behöver rättas',
    categoryRequired: 'Välj vad det gäller.',
    descriptionRequired: 'Skriv några ord om vad det gäller.',
    personalData:
      'Ta bort personuppgifter ur texten: {items}. Beskriv platsen och situationen – aldrig personer.',
    kinds: {
      personal_identity_number: 'personnummer',
      coordination_number: 'samordningsnummer',
      phone_number: 'telefonnummer',
      email: 'e-postadress',
      licence_plate: 'registreringsnummer',
    },
    photoTooLarge: 'Fotot är för stort (högst 15 MB).',
    photoUnreadable: 'Fotot kunde inte läsas. Välj en JPEG- eller PNG-bild.',
    emailInvalid: 'E-postadressen ser inte rätt ut.',
    phoneInvalid: 'Telefonnumret ser inte rätt ut.',
    pointOutside: 'Punkten ligger utanför området. Tryck inom det markerade området.',
    receivedTitle: 'Tack! Vi har tagit emot din synpunkt',
    receivedBody: 'Vi läser alla synpunkter och återkommer här med vad vi gör.',
    statusLink: 'Följ ditt ärende',
    keepLink: 'Spara länken: den är det enda sättet att se ärendet. Dela den inte med andra.',
    statusTitle: 'Din synpunkt',
    statusLabel: 'Status',
    statuses: {
      received: 'Mottagen',
      in_progress: 'Pågår',
      answered: 'Besvarad',
      closed: 'Avslutad',
    },
    receivedOn: 'Mottagen',
    answer: 'Vårt svar',
    actionHeading: 'Åtgärd',
    actionStatuses: { open: 'Planerad', in_progress: 'Pågår', done: 'Klar', wont_do: 'Görs inte' },
    notFound: 'Sidan finns inte',
    notFoundBody: 'Kontrollera länken.',
    mailSubject: 'Svar på din synpunkt',
    mailBody:
      'Hej!\n\nTack för din synpunkt från {date}. Här är vårt svar:\n\n{answer}\n\nDu kan också se svaret via länken du fick när du skickade synpunkten.\n\nDet här mejlet går inte att svara på.',
  },
  en: {
    formTitle: 'Tell us about {area}',
    intro: 'Tell us what makes you feel unsafe or what could be better where you live.',
    noPersonal: 'Never write names, personal identity numbers, phone numbers or licence plates in the text.',
    category: 'What is it about?',
    choose: 'Choose …',
    place: 'Where?',
    placeHint: 'An address or a description of the place, e.g. "the path behind the laundry room".',
    map: 'Or mark the place on the map',
    mapHint: 'Tap the map. The page reloads with the place marked and everything you wrote kept.',
    mapMarked: 'The place is marked on the map.',
    description: 'Describe',
    descriptionHint: 'What happened, or what should be better?',
    photo: 'Photo (optional)',
    photoHint:
      'At most 15 MB. Choose the photo last, after marking the map. Location data in the image is removed.',
    contact: 'Contact details (optional)',
    contactHint:
      'Only so that we can reach you. Never shown to anyone else, and erased a while after the case is closed.',
    email: 'E-mail',
    phone: 'Phone',
    submit: 'Send',
    errorHeading: 'Something needs correcting',
    categoryRequired: 'Choose what it is about.',
    descriptionRequired: 'Write a few words about it.',
    personalData:
      'Remove personal data from the text: {items}. Describe the place and the situation – never people.',
    kinds: {
      personal_identity_number: 'personal identity number',
      coordination_number: 'coordination number',
      phone_number: 'phone number',
      email: 'e-mail address',
      licence_plate: 'licence plate',
    },
    photoTooLarge: 'The photo is too large (at most 15 MB).',
    photoUnreadable: 'The photo could not be read. Choose a JPEG or PNG image.',
    emailInvalid: 'The e-mail address does not look right.',
    phoneInvalid: 'The phone number does not look right.',
    pointOutside: 'The point is outside the area. Tap inside the marked area.',
    receivedTitle: 'Thank you! We have received your feedback',
    receivedBody: 'We read all feedback and will tell you here what we do.',
    statusLink: 'Follow your case',
    keepLink: 'Keep the link: it is the only way to see the case. Do not share it.',
    statusTitle: 'Your feedback',
    statusLabel: 'Status',
    statuses: { received: 'Received', in_progress: 'In progress', answered: 'Answered', closed: 'Closed' },
    receivedOn: 'Received',
    answer: 'Our answer',
    actionHeading: 'Action',
    actionStatuses: {
      open: 'Planned',
      in_progress: 'In progress',
      done: 'Done',
      wont_do: 'Will not be done',
    },
    notFound: 'Page not found',
    notFoundBody: 'Please check the link.',
    mailSubject: 'Answer to your feedback',
    mailBody:
      'Hello,\n\nThank you for your feedback of {date}. Here is our answer:\n\n{answer}\n\nYou can also see the answer through the link you got when you sent it.\n\nPlease do not reply to this e-mail.',
  },
  ar: {
    formTitle: 'أخبرنا عن {area}',
    intro: 'أخبرنا بما يجعلك تشعر بعدم الأمان أو بما يمكن تحسينه في المكان الذي تسكن فيه.',
    noPersonal: 'لا تكتب أبداً أسماء أو أرقاماً شخصية أو أرقام هواتف أو أرقام لوحات السيارات في النص.',
    category: 'بماذا يتعلق الأمر؟',
    choose: 'اختر …',
    place: 'أين؟',
    placeHint: 'عنوان أو وصف للمكان، مثلاً "الممر خلف غرفة الغسيل".',
    map: 'أو حدد المكان على الخريطة',
    mapHint: 'اضغط على الخريطة. ستُعاد الصفحة مع تحديد المكان والاحتفاظ بكل ما كتبته.',
    mapMarked: 'تم تحديد المكان على الخريطة.',
    description: 'صِف',
    descriptionHint: 'ماذا حدث، أو ما الذي يجب تحسينه؟',
    photo: 'صورة (اختياري)',
    photoHint:
      'الحد الأقصى 15 ميغابايت. اختر الصورة في النهاية بعد التحديد على الخريطة. تُحذف معلومات الموقع من الصورة.',
    contact: 'معلومات الاتصال (اختياري)',
    contactHint: 'فقط لكي نتمكن من التواصل معك. لا تُعرض أبداً لأحد آخر، وتُحذف بعد فترة من إغلاق الطلب.',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    submit: 'إرسال',
    errorHeading: 'يجب تصحيح شيء ما',
    categoryRequired: 'اختر بماذا يتعلق الأمر.',
    descriptionRequired: 'اكتب بضع كلمات عن الأمر.',
    personalData: 'احذف البيانات الشخصية من النص: {items}. صِف المكان والوضع – وليس الأشخاص أبداً.',
    kinds: {
      personal_identity_number: 'رقم شخصي',
      coordination_number: 'رقم تنسيق',
      phone_number: 'رقم هاتف',
      email: 'عنوان بريد إلكتروني',
      licence_plate: 'رقم لوحة سيارة',
    },
    photoTooLarge: 'الصورة كبيرة جداً (الحد الأقصى 15 ميغابايت).',
    photoUnreadable: 'تعذرت قراءة الصورة. اختر صورة بصيغة JPEG أو PNG.',
    emailInvalid: 'عنوان البريد الإلكتروني لا يبدو صحيحاً.',
    phoneInvalid: 'رقم الهاتف لا يبدو صحيحاً.',
    pointOutside: 'النقطة خارج المنطقة. اضغط داخل المنطقة المحددة.',
    receivedTitle: 'شكراً! لقد استلمنا ملاحظتك',
    receivedBody: 'نقرأ جميع الملاحظات وسنخبرك هنا بما سنفعله.',
    statusLink: 'تابع طلبك',
    keepLink: 'احتفظ بالرابط: إنه الطريقة الوحيدة لرؤية الطلب. لا تشاركه مع أحد.',
    statusTitle: 'ملاحظتك',
    statusLabel: 'الحالة',
    statuses: { received: 'تم الاستلام', in_progress: 'قيد المعالجة', answered: 'تم الرد', closed: 'مغلق' },
    receivedOn: 'تاريخ الاستلام',
    answer: 'ردّنا',
    actionHeading: 'الإجراء',
    actionStatuses: { open: 'مخطط له', in_progress: 'قيد التنفيذ', done: 'تم', wont_do: 'لن يُنفذ' },
    notFound: 'الصفحة غير موجودة',
    notFoundBody: 'يرجى التحقق من الرابط.',
    mailSubject: 'الرد على ملاحظتك',
    mailBody:
      'مرحباً،\n\nشكراً على ملاحظتك بتاريخ {date}. إليك ردّنا:\n\n{answer}\n\nيمكنك أيضاً رؤية الرد عبر الرابط الذي حصلت عليه عند الإرسال.\n\nلا ترد على هذا البريد الإلكتروني.',
  },
  so: {
    formTitle: 'Noo sheeg {area}',
    intro:
      'Noo sheeg waxa kaa dhigaya inaadan ammaan dareemin ama waxa la hagaajin karo meesha aad deggan tahay.',
    noPersonal:
      'Qoraalka waligaa ha ku qorin magacyo, lambarka aqoonsiga, lambarro taleefan ama lambarka baabuurta.',
    category: 'Maxay ku saabsan tahay?',
    choose: 'Dooro …',
    place: 'Xaggee?',
    placeHint: 'Cinwaan ama sharaxaad meesha, tusaale "wadada ka dambeysa qolka dharka lagu dhaqo".',
    map: 'Ama meesha ku calaamadee khariidadda',
    mapHint:
      'Taabo khariidadda. Bogga ayaa dib u furmaya iyadoo meesha la calaamadeeyay oo wixii aad qortay la hayo.',
    mapMarked: 'Meesha waa lagu calaamadeeyay khariidadda.',
    description: 'Sharax',
    descriptionHint: 'Maxaa dhacay, ama maxaa ka wanaagsanaan lahaa?',
    photo: 'Sawir (ikhtiyaari)',
    photoHint:
      'Ugu badnaan 15 MB. Sawirka dooro ugu dambeyn, kadib markaad khariidadda calaamadeyso. Macluumaadka goobta ee sawirka waa la tirtirayaa.',
    contact: 'Macluumaadka xiriirka (ikhtiyaari)',
    contactHint:
      'Kaliya si aan kuula soo xiriirno. Cid kale looma muujiyo, waxaana la tirtiraa muddo kadib marka kiiska la xiro.',
    email: 'Iimayl',
    phone: 'Taleefan',
    submit: 'Dir',
    errorHeading: 'Wax baa u baahan in la saxo',
    categoryRequired: 'Dooro waxa ay ku saabsan tahay.',
    descriptionRequired: 'Qor dhowr eray oo ku saabsan.',
    personalData:
      'Ka saar xogta shakhsiga ah qoraalka: {items}. Sharax meesha iyo xaaladda – waligaa ha sharxin dad.',
    kinds: {
      personal_identity_number: 'lambarka aqoonsiga shakhsiga',
      coordination_number: 'lambarka isku-duwidda',
      phone_number: 'lambar taleefan',
      email: 'cinwaan iimayl',
      licence_plate: 'lambarka baabuurka',
    },
    photoTooLarge: 'Sawirku aad buu u weyn yahay (ugu badnaan 15 MB).',
    photoUnreadable: 'Sawirka lama akhrin karo. Dooro sawir JPEG ama PNG ah.',
    emailInvalid: 'Cinwaanka iimaylka uma eka mid sax ah.',
    phoneInvalid: 'Lambarka taleefanka uma eka mid sax ah.',
    pointOutside: 'Barta waxay ka baxsan tahay aagga. Taabo gudaha aagga la calaamadeeyay.',
    receivedTitle: 'Mahadsanid! Waan helnay fikradaada',
    receivedBody:
      'Waxaan akhrinnaa dhammaan fikradaha, halkanna waxaan kugu ogeysiin doonnaa waxa aan qabanno.',
    statusLink: 'La soco kiiskaaga',
    keepLink: 'Kaydi linkiga: waa habka kaliya ee aad ku arki karto kiiska. Ha la wadaagin dad kale.',
    statusTitle: 'Fikradaada',
    statusLabel: 'Xaaladda',
    statuses: {
      received: 'Waa la helay',
      in_progress: 'Waa socotaa',
      answered: 'Waa laga jawaabay',
      closed: 'Waa la xiray',
    },
    receivedOn: 'La helay',
    answer: 'Jawaabteenna',
    actionHeading: 'Tallaabo',
    actionStatuses: {
      open: 'La qorsheeyay',
      in_progress: 'Waa socotaa',
      done: 'Waa la dhammeeyay',
      wont_do: 'Lama qaban doono',
    },
    notFound: 'Boggan ma jiro',
    notFoundBody: 'Fadlan hubi linkiga.',
    mailSubject: 'Jawaabta fikradaada',
    mailBody:
      'Salaan,\n\nWaad ku mahadsan tahay fikradaada {date}. Tani waa jawaabteenna:\n\n{answer}\n\nSidoo kale jawaabta waxaad ku arki kartaa linkiga aad heshay markaad dirtay.\n\nFadlan ha ka jawaabin iimaylkan.',
  },
};

/** A text with its `{name}` placeholders filled in. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
