import { translate, translator } from '../../core/i18n/i18n';
import { censusValue, type IndicatorDefinition } from '../../core/indicators';
import { areaNameMap } from '../areas';
import { dialoguesHeldInYear, participantFigures } from './figures';
import { participantGroups } from './vocabulary';

/**
 * dialogue_participants: the participants of the year's dialogues, each dialogue's total summed (a
 * census: no interval). Head counts at meetings, doors and workshops with nothing about anyone
 * attached, counted like activity visits; the report publishes the value through the publication
 * layer (publishIndicator), which decides about small numbers — this module never hides or rounds.
 */
export const dialogueParticipantsIndicator: IndicatorDefinition = {
  id: 'dialogue_participants',
  name: { sv: 'Deltagare i dialoger med hyresgäster', en: 'Participants in tenant dialogues' },
  unit: 'count',
  sdg: [10, 11],
  sdgTargets: ['10.2', '11.3'],
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'dialog',
  higherIsBetter: true,
  frequency: 'continuous',
  owner: 'host',
  definition: {
    sv: 'Summan av deltagarna i årets dialoger (möten, dörrknackning, digitala enkäter, barnkonsultationer, scenarioverkstäder): varje dialogs totala antal, så en person vid två dialoger räknas två gånger.',
    en: "Participants summed over the year's dialogues (meetings, door-knocking, digital surveys, children's consultations, scenario workshops): each dialogue's total, so one person at two dialogues counts twice.",
  },
  compute: async (db, organisationId, year, language = 'sv', _now, options) => {
    const rows = await dialoguesHeldInYear(db, organisationId, year);
    const figures = participantFigures(rows);
    const value = censusValue(figures.participants, figures.dialogues);
    if (options?.breakdowns === false) return value;
    const t = translator(language, 'dialogue:report');
    const names = await areaNameMap(db, organisationId);
    const areaNames = [...new Set(rows.map((r) => names.get(r.areaId) ?? ''))].sort((a, b) =>
      a.localeCompare(b, language),
    );
    return {
      ...value,
      breakdowns: [
        {
          caption: t('byGroup', { year }),
          columns: [t('group'), t('participants')],
          units: ['text', 'count'],
          rows: participantGroups.map((g) => [
            translate(language, `dialogue:groups.${g}`),
            figures.groups[g],
          ]),
        },
        {
          caption: t('byMethod', { year }),
          columns: [t('method'), t('dialogues'), t('participants')],
          units: ['text', 'count', 'count'],
          rows: figures.byMethod.map((m) => [
            translate(language, `dialogue:methods.${m.method}`),
            m.dialogues,
            m.participants,
          ]),
        },
        {
          caption: t('byArea', { year }),
          columns: [t('area'), t('dialogues'), t('participants')],
          units: ['text', 'count', 'count'],
          rows: areaNames.map((name) => {
            const f = participantFigures(rows.filter((r) => names.get(r.areaId) === name));
            return [name, f.dialogues, f.participants];
          }),
        },
      ],
    };
  },
  computeForArea: async (db, organisationId, areaId, year) => {
    const figures = participantFigures(await dialoguesHeldInYear(db, organisationId, year, [areaId]));
    return censusValue(figures.participants, figures.dialogues);
  },
};
