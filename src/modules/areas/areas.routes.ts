import { editableRoutes } from '../../core/http/editable-routes';
import { actorOf } from '../../core/http/guard';
import { areaQuery, routesOf, serviceContext, yearOr, yearQuery } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { getAreaProfile } from './area-profile';
import {
  areaIdParam,
  areaInput,
  areaList,
  areaPatch,
  areaProfileSchema,
  areaRef,
  areaSchema,
  districtInput,
  districtList,
  districtPatch,
  districtSchema,
  propertyInput,
  propertyList,
  propertyPatch,
  propertySchema,
} from './areas.contract';
import { areaPermissions as p } from './areas.policy';
import * as service from './areas.service';

const read = p['areas.read'];
const write = p['areas.write'];
const readInArea = { access: read, areaField: 'areaId' };

export async function areaRoutes(app: ApiInstance, appContext: AppContext) {
  const route = routesOf(app, 'areas');
  const ctx = serviceContext(appContext.db);
  const yearOf = yearOr(appContext.config.clock);

  const editable = editableRoutes(route, ctx);

  route.get('/districts', read, { returns: districtList }, (req) =>
    service.listDistricts(ctx(req.id), actorOf(req)),
  );
  editable(
    '/districts',
    write,
    { input: districtInput, patch: districtPatch, row: districtSchema },
    service.createDistrict,
    service.updateDistrict,
  );

  route.get('/areas', read, { returns: areaList }, (req) => service.listAreas(ctx(req.id), actorOf(req)));
  route.get('/areas/:areaId', readInArea, { params: areaIdParam, returns: areaSchema }, (req) =>
    service.getArea(ctx(req.id), actorOf(req), req.params.areaId),
  );
  route.get(
    '/areas/:areaId/profile',
    readInArea,
    {
      description: "The area's facts and every module's figures for the year (the area profile page).",
      params: areaIdParam,
      query: yearQuery,
      returns: areaProfileSchema,
    },
    (req) => getAreaProfile(appContext, actorOf(req), req.params.areaId, yearOf(req.query.year)),
  );
  editable(
    '/areas',
    write,
    { input: areaInput, patch: areaPatch, row: areaRef },
    service.createArea,
    service.updateArea,
  );

  route.get('/properties', readInArea, { query: areaQuery, returns: propertyList }, (req) =>
    service.listProperties(ctx(req.id), actorOf(req), req.query.areaId),
  );
  editable(
    '/properties',
    write,
    { input: propertyInput, patch: propertyPatch, row: propertySchema },
    service.createProperty,
    service.updateProperty,
  );
}
