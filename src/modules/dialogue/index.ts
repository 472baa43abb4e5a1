import type { GrannskapModule } from '../../core/module';
import { dialogueAreaProfile } from './area-profile';
import { seedDialogueDemo } from './demo';
import { dialogueRoutes } from './dialogue.routes';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { dialogueParticipantsIndicator } from './indicators';
import { dialoguePages } from './pages';

export type { Dialogue, DialogueDetail, Point } from './dialogue.contract';
export { dialoguePermissions } from './dialogue.policy';

/**
 * Tenant dialogues (issue 15): meetings, door-knocking, digital surveys, children's consultations
 * and scenario workshops, with participants counted by group, the points raised and the company's
 * response; a point can become a rounds action. Serves the area's public "Ni sa – vi gjorde" page,
 * which shows the dialogues' outcomes beside the safety walks' done actions.
 */
export const dialogueModule: GrannskapModule = {
  name: 'dialogue',
  dependsOn: ['areas', 'rounds'],
  routes: dialogueRoutes,
  pages: dialoguePages,
  indicators: [dialogueParticipantsIndicator],
  areaProfile: dialogueAreaProfile,
  messages: { sv, en },
  errorCodes: { dialogue_total_too_small: 400, dialogue_action_exists: 409 },
  seedDemo: seedDialogueDemo,
};
