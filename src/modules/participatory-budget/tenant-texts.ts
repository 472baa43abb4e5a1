/**
 * Every text of the budget's public pages and letters in the four tenant languages. Swedish and
 * English were written for this module; Arabic and Somali too, carefully but by non-native writers:
 * have a native speaker check them before the first real budget (README).
 */
import type { TenantLanguage } from '../../shared/tenant-page';
import type { Phase } from './participatory-budget.contract';

type ActionStatus = 'open' | 'in_progress' | 'done' | 'wont_do';

export type BudgetTexts = {
  title: string;
  heading: (area: string, year: number) => string;
  intro: string;
  amount: string;
  phase: string;
  phases: Record<Phase, string>;
  from: string;
  proposals: string;
  noProposals: string;
  status: Record<'submitted' | 'feasible' | 'rejected', string>;
  costEstimate: string;
  reviewedCost: string;
  reason: string;
  propose: string;
  proposeIntro: string;
  proposalTitle: string;
  description: string;
  contact: string;
  contactHint: string;
  noPersonalData: string;
  send: string;
  sent: string;
  vote: string;
  voteIntro: string;
  code: string;
  codeHint: string;
  next: string;
  ballot: string;
  approvalHelp: string;
  knapsackHelp: (amount: string) => string;
  blankHelp: string;
  castVote: string;
  secrecy: string;
  thanks: string;
  thanksBody: string;
  spent: string;
  spentBody: string;
  unknownCode: string;
  unknownCodeBody: string;
  notVoting: string;
  notVotingBody: string;
  overBudget: (chosen: string, amount: string) => string;
  invalid: string;
  personalData: string;
  closed: string;
  notFound: string;
  notFoundBody: string;
  result: string;
  ballots: string;
  votes: string;
  cost: string;
  selected: string;
  notSelected: string;
  paidBy: string;
  payment: (voters: number, amount: string) => string;
  winners: string;
  actionStatus: Record<ActionStatus, string>;
  back: string;
};

export const budgetTexts: Record<TenantLanguage, BudgetTexts> = {
  sv: {
    title: 'Boendebudget',
    heading: (area, year) => `Boendebudget ${area} ${year}`,
    intro:
      'Ni som bor här bestämmer hur en del av pengarna till området ska användas: lämna förslag, rösta och följ vad som blir gjort.',
    amount: 'Budget',
    phase: 'Just nu',
    phases: {
      upcoming: 'Inte startad än',
      proposals: 'Förslag',
      review: 'Granskning',
      voting: 'Omröstning',
      result: 'Resultat',
      implementation: 'Genomförande',
    },
    from: 'från',
    proposals: 'Förslag',
    noProposals: 'Inga förslag än.',
    status: {
      submitted: 'Väntar på granskning',
      feasible: 'Går att genomföra',
      rejected: 'Går inte att genomföra',
    },
    costEstimate: 'Uppskattad kostnad',
    reviewedCost: 'Kostnad efter granskning',
    reason: 'Skäl',
    propose: 'Lämna ett förslag',
    proposeIntro: 'Beskriv vad du vill göra i området och ungefär vad det kostar.',
    proposalTitle: 'Rubrik',
    description: 'Beskrivning',
    contact: 'E-post (frivilligt)',
    contactHint: 'Bara om vi får kontakta dig om förslaget. Visas aldrig på sidan.',
    noPersonalData: 'Skriv inte namn, personnummer eller telefonnummer i rubriken eller beskrivningen.',
    send: 'Skicka förslaget',
    sent: 'Tack! Ditt förslag är mottaget och granskas innan omröstningen.',
    vote: 'Rösta',
    voteIntro: 'Ditt hushåll har fått en kod i ett brev eller e-post. Skriv in koden för att rösta.',
    code: 'Din kod',
    codeHint: 'Till exempel ABCD-EFGH-JKMN-PQRS',
    next: 'Fortsätt',
    ballot: 'Din röst',
    approvalHelp: 'Kryssa i alla förslag du vill ska genomföras.',
    knapsackHelp: (amount) => `Kryssa i de förslag du vill ha. Tillsammans får de kosta högst ${amount}.`,
    blankHelp: 'Du kan också skicka utan kryss: då räknas du som röstande utan att stödja något förslag.',
    castVote: 'Skicka min röst',
    secrecy:
      'Rösten är hemlig: vi sparar bara vilka förslag som fick kryss och vilken dag, aldrig vem som röstade.',
    thanks: 'Tack för din röst!',
    thanksBody: 'Din röst är sparad. Resultatet visas på områdets sida när omröstningen är slut.',
    spent: 'Koden är redan använd',
    spentBody: 'Den här koden har redan använts för att rösta. Varje hushåll röstar en gång.',
    unknownCode: 'Koden fungerar inte',
    unknownCodeBody: 'Kontrollera att du skrivit av koden rätt från brevet.',
    notVoting: 'Omröstningen är inte öppen',
    notVotingBody: 'Du kan bara rösta under omröstningen. Se datumen på områdets sida.',
    overBudget: (chosen, amount) =>
      `Dina val kostar ${chosen} men budgeten är ${amount}. Ta bort något förslag och skicka igen.`,
    invalid: 'Något i formuläret kunde inte läsas. Kontrollera fälten och försök igen.',
    personalData:
      'Texten verkar innehålla personuppgifter (till exempel ett telefonnummer). Ta bort dem och försök igen.',
    closed: 'Det går inte att lämna förslag just nu.',
    notFound: 'Sidan finns inte',
    notFoundBody: 'Det finns ingen boendebudget på den här adressen.',
    result: 'Resultat',
    ballots: 'Antal röster',
    votes: 'Röster',
    cost: 'Kostnad',
    selected: 'Vald',
    notSelected: 'Inte vald',
    paidBy: 'Betalat av de som röstade på förslaget',
    payment: (voters, amount) => `${voters} röstande × ${amount}`,
    winners: 'Det här genomförs',
    actionStatus: { open: 'Planerat', in_progress: 'Pågår', done: 'Klart', wont_do: 'Blir inte av' },
    back: 'Till boendebudgeten',
  },
  en: {
    title: "Residents' budget",
    heading: (area, year) => `Residents' budget ${area} ${year}`,
    intro:
      'You who live here decide how part of the money for the area is spent: make proposals, vote and follow what gets done.',
    amount: 'Budget',
    phase: 'Now',
    phases: {
      upcoming: 'Not started yet',
      proposals: 'Proposals',
      review: 'Review',
      voting: 'Voting',
      result: 'Result',
      implementation: 'Implementation',
    },
    from: 'from',
    proposals: 'Proposals',
    noProposals: 'No proposals yet.',
    status: { submitted: 'Awaiting review', feasible: 'Feasible', rejected: 'Not feasible' },
    costEstimate: 'Estimated cost',
    reviewedCost: 'Cost after review',
    reason: 'Reason',
    propose: 'Make a proposal',
    proposeIntro: 'Describe what you would like to do in the area and roughly what it costs.',
    proposalTitle: 'Title',
    description: 'Description',
    contact: 'E-mail (optional)',
    contactHint: 'Only if we may contact you about the proposal. Never shown on the page.',
    noPersonalData:
      'Do not write names, personal identity numbers or phone numbers in the title or description.',
    send: 'Send the proposal',
    sent: 'Thank you! Your proposal has been received and will be reviewed before the vote.',
    vote: 'Vote',
    voteIntro: 'Your household has received a code by letter or e-mail. Enter the code to vote.',
    code: 'Your code',
    codeHint: 'For example ABCD-EFGH-JKMN-PQRS',
    next: 'Continue',
    ballot: 'Your vote',
    approvalHelp: 'Tick every proposal you would like to see carried out.',
    knapsackHelp: (amount) => `Tick the proposals you want. Together they may cost at most ${amount}.`,
    blankHelp:
      'You may also send without ticks: you are then counted as voting without supporting any proposal.',
    castVote: 'Send my vote',
    secrecy: 'Your vote is secret: we keep only which proposals were ticked and the day, never who voted.',
    thanks: 'Thank you for voting!',
    thanksBody: "Your vote has been saved. The result is shown on the area's page when the vote is over.",
    spent: 'The code has already been used',
    spentBody: 'This code has already been used to vote. Each household votes once.',
    unknownCode: 'The code does not work',
    unknownCodeBody: 'Check that you have copied the code correctly from the letter.',
    notVoting: 'Voting is not open',
    notVotingBody: "You can only vote while voting is open. See the dates on the area's page.",
    overBudget: (chosen, amount) =>
      `Your choices cost ${chosen} but the budget is ${amount}. Remove a proposal and send again.`,
    invalid: 'Something in the form could not be read. Check the fields and try again.',
    personalData:
      'The text seems to contain personal data (for example a phone number). Remove it and try again.',
    closed: 'Proposals cannot be made right now.',
    notFound: 'Page not found',
    notFoundBody: "There is no residents' budget at this address.",
    result: 'Result',
    ballots: 'Votes cast',
    votes: 'Votes',
    cost: 'Cost',
    selected: 'Selected',
    notSelected: 'Not selected',
    paidBy: 'Paid by those who voted for it',
    payment: (voters, amount) => `${voters} voters × ${amount}`,
    winners: 'What will be done',
    actionStatus: { open: 'Planned', in_progress: 'In progress', done: 'Done', wont_do: 'Will not be done' },
    back: "Back to the residents' budget",
  },
  ar: {
    title: 'ميزانية السكان',
    heading: (area, year) => `ميزانية السكان ${area} ${year}`,
    intro:
      'أنتم الذين تسكنون هنا تقررون كيف يُصرف جزء من أموال المنطقة: قدّموا اقتراحات، وصوّتوا، وتابعوا ما يتم تنفيذه.',
    amount: 'الميزانية',
    phase: 'الآن',
    phases: {
      upcoming: 'لم تبدأ بعد',
      proposals: 'الاقتراحات',
      review: 'المراجعة',
      voting: 'التصويت',
      result: 'النتيجة',
      implementation: 'التنفيذ',
    },
    from: 'من',
    proposals: 'الاقتراحات',
    noProposals: 'لا توجد اقتراحات بعد.',
    status: { submitted: 'بانتظار المراجعة', feasible: 'قابل للتنفيذ', rejected: 'غير قابل للتنفيذ' },
    costEstimate: 'التكلفة التقديرية',
    reviewedCost: 'التكلفة بعد المراجعة',
    reason: 'السبب',
    propose: 'قدّم اقتراحًا',
    proposeIntro: 'صف ما تريد القيام به في المنطقة وكم يكلف تقريبًا.',
    proposalTitle: 'العنوان',
    description: 'الوصف',
    contact: 'البريد الإلكتروني (اختياري)',
    contactHint: 'فقط إذا كنت توافق على أن نتواصل معك بشأن الاقتراح. لا يظهر أبدًا على الصفحة.',
    noPersonalData: 'لا تكتب أسماء أو أرقامًا شخصية أو أرقام هواتف في العنوان أو الوصف.',
    send: 'أرسل الاقتراح',
    sent: 'شكرًا لك! تم استلام اقتراحك وستتم مراجعته قبل التصويت.',
    vote: 'صوّت',
    voteIntro: 'حصلت أسرتك على رمز في رسالة أو بريد إلكتروني. أدخل الرمز للتصويت.',
    code: 'رمزك',
    codeHint: 'مثلًا ABCD-EFGH-JKMN-PQRS',
    next: 'متابعة',
    ballot: 'صوتك',
    approvalHelp: 'ضع علامة على كل اقتراح تريد تنفيذه.',
    knapsackHelp: (amount) => `ضع علامة على الاقتراحات التي تريدها. يجب ألا تزيد تكلفتها معًا على ${amount}.`,
    blankHelp: 'يمكنك أيضًا الإرسال دون أي علامة: عندها يُحسب أنك صوّتّ دون دعم أي اقتراح.',
    castVote: 'أرسل صوتي',
    secrecy: 'صوتك سري: نحفظ فقط الاقتراحات التي اختيرت واليوم، ولا نحفظ أبدًا من صوّت.',
    thanks: 'شكرًا لتصويتك!',
    thanksBody: 'تم حفظ صوتك. تظهر النتيجة على صفحة المنطقة عند انتهاء التصويت.',
    spent: 'تم استخدام الرمز من قبل',
    spentBody: 'استُخدم هذا الرمز للتصويت من قبل. كل أسرة تصوّت مرة واحدة.',
    unknownCode: 'الرمز لا يعمل',
    unknownCodeBody: 'تأكد من أنك نسخت الرمز من الرسالة بشكل صحيح.',
    notVoting: 'التصويت غير مفتوح',
    notVotingBody: 'يمكنك التصويت فقط خلال فترة التصويت. انظر التواريخ على صفحة المنطقة.',
    overBudget: (chosen, amount) =>
      `تكلفة اختياراتك ${chosen} لكن الميزانية ${amount}. احذف اقتراحًا وأرسل مرة أخرى.`,
    invalid: 'تعذّرت قراءة شيء في النموذج. تحقق من الحقول وحاول مرة أخرى.',
    personalData: 'يبدو أن النص يحتوي على بيانات شخصية (مثل رقم هاتف). احذفها وحاول مرة أخرى.',
    closed: 'لا يمكن تقديم اقتراحات الآن.',
    notFound: 'الصفحة غير موجودة',
    notFoundBody: 'لا توجد ميزانية سكان على هذا العنوان.',
    result: 'النتيجة',
    ballots: 'عدد الأصوات',
    votes: 'الأصوات',
    cost: 'التكلفة',
    selected: 'مختار',
    notSelected: 'غير مختار',
    paidBy: 'دفعه من صوّتوا له',
    payment: (voters, amount) => `${voters} مصوّتين × ${amount}`,
    winners: 'ما سيتم تنفيذه',
    actionStatus: { open: 'مخطط له', in_progress: 'جارٍ', done: 'تم', wont_do: 'لن يُنفّذ' },
    back: 'العودة إلى ميزانية السكان',
  },
  so: {
    title: 'Miisaaniyadda dadka deggan',
    heading: (area, year) => `Miisaaniyadda dadka deggan ${area} ${year}`,
    intro:
      'Idinka oo halkan deggan ayaa go’aamiya sida qayb ka mid ah lacagta xaafadda loo isticmaalo: soo jeediya talooyin, codeeya oo la socda waxa la qabto.',
    amount: 'Miisaaniyadda',
    phase: 'Hadda',
    phases: {
      upcoming: 'Weli ma bilaabmin',
      proposals: 'Talooyin',
      review: 'Dib-u-eegis',
      voting: 'Codbixin',
      result: 'Natiijada',
      implementation: 'Fulinta',
    },
    from: 'laga bilaabo',
    proposals: 'Talooyinka',
    noProposals: 'Weli talo lama soo gudbin.',
    status: { submitted: 'Sugaya dib-u-eegis', feasible: 'Waa la fulin karaa', rejected: 'Lama fulin karo' },
    costEstimate: 'Qiimaha la qiyaasay',
    reviewedCost: 'Qiimaha dib-u-eegista kadib',
    reason: 'Sababta',
    propose: 'Soo jeedi talo',
    proposeIntro: 'Sharax waxa aad rabto in xaafadda lagu sameeyo iyo qiyaastii inta ay ku kacayso.',
    proposalTitle: 'Cinwaanka',
    description: 'Sharaxaad',
    contact: 'Iimayl (ikhtiyaari)',
    contactHint: 'Kaliya haddii aan kaala soo xiriiri karno talada. Weligeed bogga laguma muujiyo.',
    noPersonalData:
      'Ha ku qorin magacyo, lambarka aqoonsiga shakhsiga ama lambarro telefoon cinwaanka ama sharaxaadda.',
    send: 'Dir talada',
    sent: 'Mahadsanid! Taladaada waa la helay, waxaana dib loo eegi doonaa ka hor codbixinta.',
    vote: 'Codee',
    voteIntro: 'Qoyskaagu wuxuu koodh ku helay warqad ama iimayl. Geli koodhka si aad u codeyso.',
    code: 'Koodhkaaga',
    codeHint: 'Tusaale ahaan ABCD-EFGH-JKMN-PQRS',
    next: 'Sii wad',
    ballot: 'Codkaaga',
    approvalHelp: 'Calaamadee dhammaan talooyinka aad rabto in la fuliyo.',
    knapsackHelp: (amount) => `Calaamadee talooyinka aad rabto. Wadar ahaan ha ka badnaan ${amount}.`,
    blankHelp:
      'Waxaad sidoo kale diri kartaa adigoon waxba calaamadeyn: waxaa lagu tirinayaa inaad codeysay adigoon taageerin talo.',
    castVote: 'Dir codkayga',
    secrecy:
      'Codkaagu waa qarsoodi: waxaan kaliya kaydinaa talooyinka la calaamadeeyay iyo maalinta, weligeen ma kaydinno cidda codeysay.',
    thanks: 'Mahadsanid codkaaga!',
    thanksBody:
      'Codkaaga waa la kaydiyay. Natiijada waxaa lagu muujin doonaa bogga xaafadda marka codbixintu dhammaato.',
    spent: 'Koodhka horay ayaa loo isticmaalay',
    spentBody: 'Koodhkan horay ayaa loogu codeeyay. Qoys kasta hal mar ayuu codeeyaa.',
    unknownCode: 'Koodhku ma shaqeynayo',
    unknownCodeBody: 'Hubi inaad si sax ah uga soo qortay koodhka warqadda.',
    notVoting: 'Codbixintu ma furna',
    notVotingBody: 'Waxaad codeyn kartaa kaliya inta codbixintu furan tahay. Eeg taariikhaha bogga xaafadda.',
    overBudget: (chosen, amount) =>
      `Doorashooyinkaagu waxay ku kacayaan ${chosen} laakiin miisaaniyaddu waa ${amount}. Ka saar talo oo mar kale dir.`,
    invalid: 'Wax ka mid ah foomka lama akhrin karo. Hubi meelaha oo isku day mar kale.',
    personalData:
      'Qoraalku wuxuu u muuqdaa inuu ka kooban yahay xog shakhsi ah (tusaale lambar telefoon). Ka saar oo isku day mar kale.',
    closed: 'Hadda talooyin lama soo gudbin karo.',
    notFound: 'Boggan ma jiro',
    notFoundBody: 'Ciwaankan miisaaniyad dadka deggan ah kuma jirto.',
    result: 'Natiijada',
    ballots: 'Tirada codadka',
    votes: 'Codad',
    cost: 'Qiimaha',
    selected: 'La doortay',
    notSelected: 'Lama dooran',
    paidBy: 'Waxaa bixiyay kuwii u codeeyay',
    payment: (voters, amount) => `${voters} codeeye × ${amount}`,
    winners: 'Waxa la qabanayo',
    actionStatus: {
      open: 'La qorsheeyay',
      in_progress: 'Socda',
      done: 'Dhammaaday',
      wont_do: 'Lama qaban doono',
    },
    back: 'Ku laabo miisaaniyadda dadka deggan',
  },
};

/** The letter with the voting code: Swedish carries it; the other languages get a paragraph each. */
export const codeLetter = {
  title: 'Boendebudget: din röstkod',
  recipient: 'Till hushållet',
  ref: (ref: string) => `Ref. ${ref}`,
  heading: (area: string, year: number) => `Rösta om boendebudgeten för ${area} ${year}`,
  body: (amount: string, from: string, to: string) =>
    `Ni som bor i området bestämmer hur ${amount} ska användas. Omröstningen är öppen från ${from} till och med ${to}. Varje hushåll har en röst.`,
  code: (code: string) => `Er röstkod: ${code}`,
  secrecy: budgetTexts.sv.secrecy,
  qrAlt: 'QR-kod med länken till omröstningen',
  scan: 'Skanna koden med mobilen eller skriv in länken:',
  linkNote: 'Koden gäller ditt hushåll och fungerar en gång.',
  none: 'Inga nya koder: alla hushåll i området har redan en.',
  other: {
    en: "Your household may vote on the residents' budget for the area. Scan the QR code or type in the link above, then choose English at the top of the page. The vote is secret.",
    ar: 'يحق لأسرتك التصويت على ميزانية السكان في المنطقة. امسح رمز QR أو اكتب الرابط أعلاه، ثم اختر العربية في أعلى الصفحة. التصويت سري.',
    so: 'Qoyskaagu wuxuu u codeyn karaa miisaaniyadda dadka deggan ee xaafadda. Sawir koodka QR-ka ama qor linkiga kor ku qoran, kadibna dooro Soomaali bogga korkiisa. Codbixintu waa qarsoodi.',
  },
} as const;

/** The e-mail with the voting code (Swedish, with a line in English). */
export function codeMailBody(area: string, year: number, link: string, to: string) {
  // The code only inside the link: a backup blanks the link, and with it the code.
  return `Ditt hushåll kan rösta om boendebudgeten för ${area} ${year}. Omröstningen är öppen till och med ${to}.\n\nRösta här: ${link}\n\nRösten är hemlig: vi sparar aldrig vem som röstade.\n\nYour household may vote on the residents' budget. The page is also in English, Arabic and Somali.`;
}
