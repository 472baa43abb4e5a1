import { actorForUser } from '../../core/auth/sessions';
import { userByEmail } from '../../core/auth/users';
import type { DemoContext } from '../../core/module';
import { saveStory } from './story.service';

/** The demo analyst who writes the stories (the users module's demo creates them). */
const writerEmail = 'analytiker@demo.grannskap.se';

/** What the analyst has written behind three curves (fictional, in the housing company's words). */
const stories: { indicatorId: string; story: string }[] = [
  {
    indicatorId: 'safety_index',
    story: [
      'Tryggheten har ökat sakta sedan 2023 men ligger fortfarande under målet på 82 %. Det som drar ner resultatet är grannars sätt att leva och den personliga tryggheten i området på kvällar och nätter, främst på Bäckby och Skallberget. Tryggheten i trapphuset, skyddet mot inbrott i lägenhet och källare och kontakten med grannarna har blivit bättre.',
      'Bakom kurvan: trasig belysning på gårdarna och i källargångarna, klotter som blir kvar, miljöbodar som står öppna och ungdomar som samlas vid centrum sena kvällar. Där trygghetsvärdarna och sommarens trygghetsambassadörer har varit på plats på kvällstid ser vi en positiv tendens.',
      'Om inget förändras når vi målet först om ett par år. Det vi gör nu: fler kvällsronderingar på Bäckby och Råby, inventering och byte av belysning, trygghetsvandringar med hyresgäster, polisen och Västerås stad, och EST-samverkan varje vecka. Vi följer kundsynpunkterna och kundenkäten och återkopplar på bomötena.',
    ].join('\n\n'),
  },
  {
    indicatorId: 'incidents_per_1000_households',
    story: [
      'Kurvan börjar i november 2023, när EST-rapporteringen flyttade in i Grannskap. 2023 är alltså bara några veckor och är inget lågt år – prognosen lutar därför brantare uppåt än den borde. Läs den tillsammans med 2024 och 2025, som är hela år.',
      'Händelserna följer årstiderna: flest under sommaren och kring skolloven, då fler är ute på kvällarna. Samlingar av ungdomar, rykten om droghandel vid centrumhuset på Bäckby och inbrott i källarförråd på Skallberget är det som oftast rapporteras. En del av det som ser ut som fler händelser är att fler aktörer rapporterar varje vecka.',
      'Det vi gör: veckans prioriteringar och hot spots från EST-mötet, fler trygghetsvärdar på plats kvällstid under sommaren, och snabbare åtgärder av det som ronderingarna hittar.',
    ].join('\n\n'),
  },
  {
    indicatorId: 'actions_closed_share',
    story: [
      'Andelen 2023 gäller bara de åtgärder som skapades under årets sista veckor, och många av dem hann inte bli klara före nyår. Sedan dess avslutas drygt nio av tio åtgärder samma år som de skapas.',
      'Andelen har sjunkit något när ronderingarna blev fler: fler fynd i källargångar och trapphus ger fler åtgärder. Brandrisker i trapphus och källare åtgärdas oftast samma vecka; belysning och lås väntar längre på material och entreprenörer.',
      'Det vi gör: varje åtgärd har en ansvarig och ett slutdatum, områdescheferna får varje vecka en sammanställning över försenade åtgärder, och vi berättar på den publika uppföljningssidan vad som blev gjort.',
    ].join('\n\n'),
  },
];

/** Stories behind the curves of the safety index, the EST incidents and the actions closed. */
export async function seedTurnTheCurveDemo(ctx: DemoContext): Promise<void> {
  const writer = await userByEmail(ctx.db, writerEmail);
  if (!writer || writer.organisationId !== ctx.organisationId) return;
  const actor = await actorForUser(ctx.db, writer);
  for (const input of stories) await saveStory(ctx, actor, input, ctx.today);
}
