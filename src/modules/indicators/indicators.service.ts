import { type Actor, assertCan } from '../../core/auth/access';
import { type Language, translate } from '../../core/i18n/i18n';
import {
  frameworkFocusAreas,
  type IndicatorDefinition,
  indicators,
  materialAreas,
} from '../../core/indicators';
import { sdgGoal, sdgTarget } from '../../shared/sdg';
import type { FrameworkIndicator, FrameworkResponse } from './indicators.contract';
import { indicatorPermissions as p } from './indicators.policy';

/** One indicator as the framework shows it: its metadata in the language, SDGs with their titles. */
function described(indicator: IndicatorDefinition, language: Language): FrameworkIndicator {
  return {
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
 * The framework: every material area with its focus areas and the registered indicators under
 * each, the same for every organisation (the indicators are the modules'), in the actor's language.
 */
export function framework(actor: Actor): FrameworkResponse {
  assertCan(actor, p['indicators.read']);
  const language = actor.language;
  const all = indicators();
  const name = (key: string) => translate(language, `indicators:${key}`);
  return {
    language,
    materialAreas: materialAreas.map((material) => {
      const own = all.filter((i) => i.materialArea === material);
      return {
        code: material,
        name: name(`materialAreas.${material}`),
        focusAreas: frameworkFocusAreas[material].map((focus) => ({
          code: focus,
          name: name(`focusAreas.${focus}`),
          indicators: own.filter((i) => i.focusArea === focus).map((i) => described(i, language)),
        })),
        indicators: own.filter((i) => !i.focusArea).map((i) => described(i, language)),
      };
    }),
  };
}
