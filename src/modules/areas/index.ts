import type { GrannskapModule } from '../../core/module';
import { housingSection } from './area-profile';
import { areaRoutes } from './areas.routes';
import { seedAreasDemo } from './demo';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { propertiesImport } from './properties.import';

export {
  activeHouseholds,
  areaCodeMap,
  areaFor,
  areaIdColumn,
  areaInOrganisation,
  areaNameMap,
  areaRegister,
  assertAreasInOrganisation,
  householdByRef,
  householdIdColumn,
  householdInOrganisation,
  householdRegister,
  householdsByArea,
  movedOutHouseholdIds,
  organisationAreas,
  organisationHouseholds,
  type PolygonGeometry,
  propertyFor,
  propertyInOrganisation,
  propertyRegister,
  publicArea,
  requireAreaInOrganisation,
} from './areas.api';
export { areaPermissions } from './areas.policy';
export { listAreas } from './areas.service';
export { householdRef } from './households';

export const areasModule: GrannskapModule = {
  name: 'areas',
  dependsOn: [],
  routes: areaRoutes,
  areaProfile: housingSection,
  importKinds: [propertiesImport],
  messages: { sv, en },
  errorCodes: { invalid_geometry: 400 },
  seedDemo: seedAreasDemo,
};
