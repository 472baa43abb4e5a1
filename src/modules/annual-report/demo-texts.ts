import type { MaterialArea } from '../../core/indicators';
import type { ReportLanguage } from './annual-report.contract';

/**
 * The demo company's texts for last year's report, written as a municipal housing company in
 * Västerås writes its sustainability report (after the seed pages). The texts say what was done and
 * why; the figures come from the data, so no text repeats a number the tables could contradict.
 * Every organisation and person is fictional; the districts are Västerås's.
 */
export const demoTexts: Record<ReportLanguage, Record<MaterialArea, string>> = {
  sv: {
    sustainable_neighbourhoods: `Vi vill bidra till inkluderande stadsdelar där människor känner sig trygga, har inflytande och hittar sammanhang. Arbetet vilar på god förvaltning – rent, snyggt, tryggt och trivsamt – och sker i samverkan med Västerås stad, polisen, civilsamhället och våra hyresgäster.

Trygghet: Genom EST-samverkan rapporterar vi varje vecka händelser som påverkar tryggheten i Bäckby, Skallberget, Råby, Pettersberg och Vallby, och lägesbilden styr var trygghetsvärdarna och kvartersvärdarna gör sina ronderingar. Vid trygghetsvandringar med hyresgäster har vi tagit hand om belysning, buskage, klotter och miljöbodar. Trygghetsindex följs månad för månad; grannars sätt att leva och tryggheten i området på kvällstid drar fortfarande ned resultatet, medan tryggheten i trapphuset har förbättrats.

Dialog och gemenskap: Boendebudgeten i Råby lät hyresgästerna själva besluta om nya mötesplatser på gårdarna. Mimers dansskola, seniorgympan, läxhjälpen och språkcaféet har samlat barn, unga och äldre, och gårdsfesterna i Pettersberg och Skallberget blev årets största mötesplatser.

Arbete: Jobbpunkt har coachat arbetssökande hyresgäster tillsammans med näringslivet, och feriejobben gav unga i Bäckby och Råby en första rad i cv:t.`,
    good_community_actor: `Som ett av de största bostadsbolagen i Västerås tar vi ansvar för staden. Genom samverkansavtalet med Västerås stad har vi lämnat lägenheter till personer som av olika skäl står utanför den ordinarie bostadsmarknaden och till kommunens ordnade flyktingmottagande.

EST-samverkan med kommunen och polisen är en del av vår vardag: varje vecka lämnar vi våra iakttagelser, och den gemensamma lägesbilden gör att vi kan agera tidigt och tillsammans. Andelen veckor med rapport per aktör visar hur väl samverkan hålls vid liv.

Vår sponsring styrs av sponsringspolicyn och riktas mot föreningar som sänker de tre trösklarna till föreningslivet: kostnaden, avståndet – barn går sällan mer än ett par hundra meter hemifrån på egen hand – och kraven på föräldrarnas engagemang. Under året har vi stöttat fotboll på gården i Bäckby och simskola för barn i Vallby.`,
    sustainable_working_life: `Våra medarbetare är vår viktigaste resurs. Arbetsmiljöarbetet bedrivs systematiskt enligt ISO 45001, och vår friskvård fördelas med ungefär fyra femtedelar på främjande och en femtedel på rehabiliterande insatser.

Vi vill att medarbetarna speglar mångfalden i Västerås. Jämställdhetsplanen och mångfaldsplanen följs upp varje år, och vid varje rekrytering ser vi på könsfördelningen i företaget, i ledningen, i styrelsen och bland cheferna.

Lönekartläggningen visar inga osakliga löneskillnader mellan kvinnor och män. Under året har alla chefer gått utbildningen i inkluderande ledarskap.`,
    human_rights: `För oss handlar mänskliga rättigheter om en bostadskö som fungerar och är rättvis, om att våra krav i upphandlingar följs och om att hyresgäster och andra intressenter får vara delaktiga i vårt arbete.

Uppförandekoden för leverantörer lämnas ut vid alla offentliga upphandlingar, och varje ny leverantör som möter våra hyresgäster går igenom våra värderingar med oss vid ett uppstartsmöte.

Fler medarbetare har utbildats till barnpiloter och bevakar barnens rättigheter när vi planerar om gårdar och lekplatser, senast vid ombyggnaden av lekplatsen i Skallberget.`,
  },
  en: {
    sustainable_neighbourhoods: `We want to contribute to inclusive neighbourhoods where people feel safe, have a say and belong. The work rests on good property management – clean, tidy, safe and pleasant – and is done together with the City of Västerås, the police, civil society and our tenants.

Safety: Through the EST partnership we report every week the incidents that affect safety in Bäckby, Skallberget, Råby, Pettersberg and Vallby, and the situation picture decides where the safety hosts and caretakers make their rounds. On safety walks with tenants we have dealt with lighting, bushes, graffiti and waste rooms. The safety index is followed month by month; neighbours' way of living and safety in the area in the evening still pull the result down, while safety in the stairwell has improved.

Dialogue and community: The participatory budget in Råby let tenants decide on new meeting places in the courtyards. The dance school, the seniors' gym, homework help and the language café brought together children, young people and older tenants, and the courtyard parties in Pettersberg and Skallberget were the year's largest meeting places.

Employment: Jobbpunkt coached job-seeking tenants together with local businesses, and summer jobs gave young people in Bäckby and Råby a first line in their CV.`,
    good_community_actor: `As one of the largest housing companies in Västerås we take responsibility for our city. Through the partnership agreement with the City of Västerås we have handed over flats to people who are shut out of the housing market and to the municipality's refugee reception.

The EST partnership with the municipality and the police is part of our everyday work: every week we report what we have seen, and the shared situation picture lets us act early and together. The share of weeks with a report per partner shows how well the partnership is kept alive.

Our sponsorship follows the sponsorship policy and goes to associations that lower the three thresholds to club life: the cost, the distance – children seldom go more than a few hundred metres from home on their own – and the demands on parents' engagement. This year we supported courtyard football in Bäckby and swimming lessons for children in Vallby.`,
    sustainable_working_life: `Our employees are our most important resource. Work environment management is systematic under ISO 45001, and our health promotion is split roughly four fifths promotive and one fifth rehabilitative.

We want our staff to reflect the diversity of Västerås. The equality plan and the diversity plan are followed up every year, and at every recruitment we look at the gender balance in the company, the management team, the board and among managers.

The pay survey shows no unjustified pay differences between women and men. This year every manager took the course in inclusive leadership.`,
    human_rights: `For us, human rights mean a rental queue that works and is fair, that our requirements in procurement are followed, and that tenants and other stakeholders take part in our work.

The supplier code of conduct is handed out in every public procurement, and every new supplier who meets our tenants goes through our values with us at a start-up meeting.

More employees have been trained as children's rights pilots and watch over children's rights when we redesign courtyards and playgrounds, most recently when the playground in Skallberget was rebuilt.`,
  },
};

/** The first draft of the neighbourhoods' text, which the final version above replaced (the history shows both). */
export const demoFirstDraft: Record<ReportLanguage, string> = {
  sv: `Vi arbetar för trygga och inkluderande stadsdelar tillsammans med Västerås stad, polisen och våra hyresgäster. EST-samverkan, trygghetsvärdarnas ronderingar och trygghetsvandringarna i Bäckby, Skallberget, Råby och Pettersberg är grunden i trygghetsarbetet. Aktiviteterna för barn, unga och äldre och Jobbpunkts coachning beskrivs under respektive fokusområde.`,
  en: `We work for safe and inclusive neighbourhoods together with the City of Västerås, the police and our tenants. The EST partnership, the safety hosts' rounds and the safety walks in Bäckby, Skallberget, Råby and Pettersberg are the foundation of our safety work. The activities for children, young people and older tenants and Jobbpunkt's coaching are described under each focus area.`,
};
