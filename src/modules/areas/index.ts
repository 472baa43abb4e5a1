import type { GrannskapModule } from '../../core/module';
import { housingSection } from './area-profile';
import { areaRoutes } from './areas.routes';
import { seedAreasDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { propertiesImport } from './properties.import';

export { areaPermissions } from './areas.policy';
export { listAreas } from './areas.service';
export { areas, districts, households, properties } from './areas.table';
export { householdRef, syncHouseholds } from './households';

export const areasModule: GrannskapModule = {
  name: 'areas',
  dependsOn: [],
  routes: areaRoutes,
  areaProfile: housingSection,
  importKinds: [propertiesImport],
  messages: { sv, en },
  seedDemo: seedAreasDemo,
};
