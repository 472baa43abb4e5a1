import { type AreaProfileSource, canReadPlace, profilePlace } from '../../core/area-profile';
import { translate, translator } from '../../core/i18n/i18n';
import { dialoguePermissions as p } from './dialogue.policy';
import { dialoguesHeldInYear, participantFigures } from './figures';
import { participantGroups } from './vocabulary';

/** How many years back the profile's table of dialogues per year goes, the profile's year included. */
const yearsShown = 3;

/**
 * The dialogue part of an area's or district's profile: the year's dialogues and participants, the
 * participants by group, and the same per year for the years before. Head counts at open
 * meetings with nothing about anyone attached, published as counted, like activity visits
 * (docs/disclosure.md). Left out for actors who may not read dialogues there.
 */
export const dialogueAreaProfile: AreaProfileSource = async ({ db }, request) => {
  const { actor, year } = request;
  if (!canReadPlace(actor, p['dialogue.read'], request)) return null;
  const areaIds = profilePlace(request).areaIds;
  const t = translator(actor.language, 'dialogue:profile');
  const years = Array.from({ length: yearsShown }, (_, i) => year - i);
  const perYear = await Promise.all(
    years.map(async (y) =>
      participantFigures(await dialoguesHeldInYear(db, actor.organisationId, y, areaIds)),
    ),
  );
  const [current] = perYear;
  return {
    module: 'dialogue',
    title: t('title'),
    figures: [
      { label: t('dialogues'), value: current.dialogues, unit: 'count', summary: true },
      {
        label: t('participants'),
        value: current.participants,
        unit: 'count',
        note: t('participantsNote'),
        summary: true,
        indicatorId: 'dialogue_participants',
      },
    ],
    tables: [
      {
        caption: t('perYear'),
        columns: [t('year'), t('dialogues'), t('participants')],
        rows: years.map((y, i) => [String(y), perYear[i].dialogues, perYear[i].participants]),
      },
      {
        caption: t('byGroup', { year }),
        columns: [t('group'), t('participants')],
        rows: participantGroups.map((g) => [
          translate(actor.language, `dialogue:groups.${g}`),
          current.groups[g],
        ]),
      },
    ],
  };
};
