import type { GrannskapModule } from '../core/module';
import { activitiesModule } from './activities';
import { areasModule } from './areas';
import { auditLogModule } from './audit-log';
import { privacyModule } from './privacy';
import { programsModule } from './programs';
import { roundsModule } from './rounds';
import { safetyIndexModule } from './safety-index';
import { situationModule } from './situation';
import { usersModule } from './users';

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
];
