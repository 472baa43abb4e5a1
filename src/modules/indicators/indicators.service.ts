import { type Actor, assertCan } from '../../core/auth/access';
import { type Language, translate } from '../../core/i18n/i18n';
import {
  frameworkFocusAreas,
  type IndicatorDefinition,
  indicators,
  materialAreas,
} from '../../core/indicators';
import type { ServiceContext } from '../../core/module';
import { sdgGoal, sdgTarget } from '../../shared/sdg';
import type { FrameworkIndicator, FrameworkResponse } from './indicators.contract';
import { indicatorPermissions as p } from './indicators.policy';
import { manualDefinition, manualIndicatorRows } from './manual-indicators';

/** A material or focus area's name (`materialAreas.…`, `focusAreas.…`) in the language. */
export const frameworkName = (language: Language, key: string) => translate(language, `indicators:${key}`);

/** One indicator as the framework shows it: its metadata in the language, SDGs with their titles. */
export function described(
  indicator: IndicatorDefinition,
  language: Language,
  manual = false,
): FrameworkIndicator {
  return {
    manual,
    id: indicator.id,
    name: indicator.name[language],
    unit: indicator.unit,
    higherIsBetter: indicator.higherIsBetter,
    frequency: indicator.frequency,
    owner: indicator.owner,
    definition: indicator.definition[language],
    // The registry's test holds every goal and target to the catalogue; one missing is left out, not invented.
    sdgGoals: indicator.sdg.flatMap((n) => {
      const goal = sdgGoal(n);
      return goal ? [{ number: n, title: goal.title[language] }] : [];
    }),
    sdgTargets: indicator.sdgTargets.flatMap((code) => {
      const target = sdgTarget(code);
      return target ? [{ code, goal: target.goal, text: target.text[language] }] : [];
    }),
  };
}

/**
 * The framework: every material area with its focus areas and the indicators under each — the
 * modules' (the same for every organisation) and then the organisation's own, entered by hand —
 * in the actor's language.
 */
export async function framework({ db }: ServiceContext, actor: Actor): Promise<FrameworkResponse> {
  assertCan(actor, p['indicators.read']);
  const language = actor.language;
  const own = (await manualIndicatorRows(db, actor.organisationId)).map((row) =>
    manualDefinition(row, actor.organisationId),
  );
  const manualIds = new Set(own.map((i) => i.id));
  const all = [...indicators(), ...own];
  const describe = (i: IndicatorDefinition) => described(i, language, manualIds.has(i.id));
  const name = (key: string) => frameworkName(language, key);
  return {
    language,
    materialAreas: materialAreas.map((material) => {
      const inArea = all.filter((i) => i.materialArea === material);
      return {
        code: material,
        name: name(`materialAreas.${material}`),
        focusAreas: frameworkFocusAreas[material].map((focus) => ({
          code: focus,
          name: name(`focusAreas.${focus}`),
          indicators: inArea.filter((i) => i.focusArea === focus).map(describe),
        })),
        indicators: inArea.filter((i) => !i.focusArea).map(describe),
      };
    }),
  };
}
