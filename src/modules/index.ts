import type { GrannskapModule } from '../core/module';
import { activitiesModule } from './activities';
import { annualReportModule } from './annual-report';
import { areasModule } from './areas';
import { auditLogModule } from './audit-log';
import { dialogueModule } from './dialogue';
import { feedbackModule } from './feedback';
import { goalsModule } from './goals';
import { indicatorsModule } from './indicators';
import { participatoryBudgetModule } from './participatory-budget';
import { paySurveyModule } from './pay-survey';
import { privacyModule } from './privacy';
import { programsModule } from './programs';
import { rentalQueueModule } from './rental-queue';
import { roundsModule } from './rounds';
import { safetyIndexModule } from './safety-index';
import { situationModule } from './situation';
import { socialValueModule } from './social-value';
import { turnTheCurveModule } from './turn-the-curve';
import { usersModule } from './users';
import { workingLifeModule } from './working-life';

/** Every feature module, in the order their demo data is loaded. */
export const modules: GrannskapModule[] = [
  areasModule,
  usersModule,
  activitiesModule,
  programsModule,
  situationModule,
  safetyIndexModule,
  roundsModule,
  auditLogModule,
  privacyModule,
  indicatorsModule,
  goalsModule,
  socialValueModule,
  workingLifeModule,
  paySurveyModule,
  dialogueModule,
  participatoryBudgetModule,
  feedbackModule,
  rentalQueueModule,
  annualReportModule,
  turnTheCurveModule,
];

/**
 * A module's declared dependencies must be modules of this list: a misspelt or removed name would
 * otherwise let the lint rule allow an import of nothing, silently.
 */
export function undeclaredDependencies(list: GrannskapModule[] = modules): string[] {
  const names = new Set(list.map((m) => m.name));
  return list.flatMap((m) =>
    m.dependsOn.filter((d) => !names.has(d) || d === m.name).map((d) => `${m.name} → ${d}`),
  );
}
