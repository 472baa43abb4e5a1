/**
 * The UN Sustainable Development Goals as data: the 17 goals' short titles and the targets the
 * framework links indicators to, in Swedish and English. Swedish goal titles as the Swedish UN
 * association and globalamalen.se use them; target texts in full — Swedish as published by
 * globalamalen.se / Regeringskansliet, English as in the 2030 Agenda (A/RES/70/1).
 */

/** A text in both languages of the app. */
export type SdgText = { sv: string; en: string };

/** One of the 17 goals, by number, with its short title. */
export type SdgGoal = { number: number; title: SdgText };

/** One target ("delmål") of a goal, by its official code (e.g. '11.7'), with its full wording. */
export type SdgTarget = { code: string; goal: number; text: SdgText };

/** The 17 goals in order, with their official short titles. */
export const sdgGoals: readonly SdgGoal[] = [
  { number: 1, title: { sv: 'Ingen fattigdom', en: 'No poverty' } },
  { number: 2, title: { sv: 'Ingen hunger', en: 'Zero hunger' } },
  { number: 3, title: { sv: 'Hälsa och välbefinnande', en: 'Good health and well-being' } },
  { number: 4, title: { sv: 'God utbildning för alla', en: 'Quality education' } },
  { number: 5, title: { sv: 'Jämställdhet', en: 'Gender equality' } },
  { number: 6, title: { sv: 'Rent vatten och sanitet för alla', en: 'Clean water and sanitation' } },
  { number: 7, title: { sv: 'Hållbar energi för alla', en: 'Affordable and clean energy' } },
  {
    number: 8,
    title: { sv: 'Anständiga arbetsvillkor och ekonomisk tillväxt', en: 'Decent work and economic growth' },
  },
  {
    number: 9,
    title: {
      sv: 'Hållbar industri, innovationer och infrastruktur',
      en: 'Industry, innovation and infrastructure',
    },
  },
  { number: 10, title: { sv: 'Minskad ojämlikhet', en: 'Reduced inequalities' } },
  { number: 11, title: { sv: 'Hållbara städer och samhällen', en: 'Sustainable cities and communities' } },
  {
    number: 12,
    title: { sv: 'Hållbar konsumtion och produktion', en: 'Responsible consumption and production' },
  },
  { number: 13, title: { sv: 'Bekämpa klimatförändringarna', en: 'Climate action' } },
  { number: 14, title: { sv: 'Hav och marina resurser', en: 'Life below water' } },
  { number: 15, title: { sv: 'Ekosystem och biologisk mångfald', en: 'Life on land' } },
  {
    number: 16,
    title: { sv: 'Fredliga och inkluderande samhällen', en: 'Peace, justice and strong institutions' },
  },
  { number: 17, title: { sv: 'Genomförande och globalt partnerskap', en: 'Partnerships for the goals' } },
];

/** The targets the framework's indicators and focus areas point to, each with its goal's number. */
export const sdgTargets: readonly SdgTarget[] = [
  {
    code: '3.4',
    goal: 3,
    text: {
      sv: 'Till 2030 genom förebyggande insatser och behandling minska det antal människor som dör i förtid av icke smittsamma sjukdomar med en tredjedel samt främja psykisk hälsa och välbefinnande.',
      en: 'By 2030, reduce by one third premature mortality from non-communicable diseases through prevention and treatment and promote mental health and well-being.',
    },
  },
  {
    code: '5.1',
    goal: 5,
    text: {
      sv: 'Avskaffa alla former av diskriminering av alla kvinnor och flickor överallt.',
      en: 'End all forms of discrimination against all women and girls everywhere.',
    },
  },
  {
    code: '5.5',
    goal: 5,
    text: {
      sv: 'Tillförsäkra kvinnor fullt och faktiskt deltagande och lika möjligheter till ledarskap på alla beslutsnivåer i det politiska, ekonomiska och offentliga livet.',
      en: "Ensure women's full and effective participation and equal opportunities for leadership at all levels of decision-making in political, economic and public life.",
    },
  },
  {
    code: '8.5',
    goal: 8,
    text: {
      sv: 'Senast 2030 uppnå full och produktiv sysselsättning och anständiga arbetsvillkor för alla kvinnor och män, inklusive ungdomar och personer med funktionsnedsättning, samt lika lön för likvärdigt arbete.',
      en: 'By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value.',
    },
  },
  {
    code: '8.6',
    goal: 8,
    text: {
      sv: 'Till 2020 kraftigt minska andelen ungdomar som varken arbetar eller studerar.',
      en: 'By 2020, substantially reduce the proportion of youth not in employment, education or training.',
    },
  },
  {
    code: '8.8',
    goal: 8,
    text: {
      sv: 'Skydda arbetstagarnas rättigheter och säkerställa en trygg och säker arbetsmiljö för alla arbetstagare, inklusive migrerande arbetstagare, särskilt kvinnliga migranter och människor med osäkra anställningar.',
      en: 'Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment.',
    },
  },
  {
    code: '10.2',
    goal: 10,
    text: {
      sv: 'Till 2030 möjliggöra och verka för att alla människor, oavsett ålder, kön, funktionsnedsättning, ras, etnicitet, ursprung, religion eller ekonomisk eller annan ställning, blir inkluderade i det sociala, ekonomiska och politiska livet.',
      en: 'By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status.',
    },
  },
  {
    code: '10.3',
    goal: 10,
    text: {
      sv: 'Säkerställa lika möjligheter och minska förekomsten av ojämlika utfall, bland annat genom att avskaffa diskriminerande lagstiftning, politik och praxis och främja lagstiftning, politik och åtgärder av lämpligt slag i detta hänseende.',
      en: 'Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard.',
    },
  },
  {
    code: '11.1',
    goal: 11,
    text: {
      sv: 'Senast 2030 säkerställa tillgång för alla till fullgoda, säkra och ekonomiskt överkomliga bostäder och grundläggande tjänster samt rusta upp slumområden.',
      en: 'By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums.',
    },
  },
  {
    code: '11.3',
    goal: 11,
    text: {
      sv: 'Till 2030 verka för en inkluderande och hållbar urbanisering samt förbättra kapaciteten för deltagandebaserad, integrerad och hållbar planering och förvaltning av bosättningar i alla länder.',
      en: 'By 2030, enhance inclusive and sustainable urbanization and capacity for participatory, integrated and sustainable human settlement planning and management in all countries.',
    },
  },
  {
    code: '11.7',
    goal: 11,
    text: {
      sv: 'Senast 2030 tillhandahålla universell tillgång till säkra, inkluderande och tillgängliga grönområden och offentliga platser, i synnerhet för kvinnor och barn, äldre personer och personer med funktionsnedsättning.',
      en: 'By 2030, provide universal access to safe, inclusive and accessible, green and public spaces, in particular for women and children, older persons and persons with disabilities.',
    },
  },
  {
    code: '12.7',
    goal: 12,
    text: {
      sv: 'Främja hållbara metoder för offentlig upphandling i enlighet med nationell politik och prioriteringar.',
      en: 'Promote public procurement practices that are sustainable, in accordance with national policies and priorities.',
    },
  },
  {
    code: '16.1',
    goal: 16,
    text: {
      sv: 'Avsevärt minska alla former av våld och dödligt våld överallt.',
      en: 'Significantly reduce all forms of violence and related death rates everywhere.',
    },
  },
  {
    code: '16.6',
    goal: 16,
    text: {
      sv: 'Skapa effektiva, ansvarsskyldiga och transparenta institutioner på alla nivåer.',
      en: 'Develop effective, accountable and transparent institutions at all levels.',
    },
  },
  {
    code: '16.7',
    goal: 16,
    text: {
      sv: 'Säkerställa lyhört, inkluderande, deltagandebaserat och representativt beslutsfattande på alla nivåer.',
      en: 'Ensure responsive, inclusive, participatory and representative decision-making at all levels.',
    },
  },
];

const goalsByNumber = new Map(sdgGoals.map((g) => [g.number, g]));
const targetsByCode = new Map(sdgTargets.map((t) => [t.code, t]));

/** The goal of that number, or undefined outside 1–17. */
export const sdgGoal = (goal: number): SdgGoal | undefined => goalsByNumber.get(goal);

/** The target of that code ('11.7'), or undefined when the catalogue does not hold it. */
export const sdgTarget = (code: string): SdgTarget | undefined => targetsByCode.get(code);
