import { editableRoutes } from '../../core/http/editable-routes';
import { actorOf } from '../../core/http/guard';
import { areaQuery, routesOf, sendFile, serviceContext, yearOr, yearQuery } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import { getAreaProfile, getDistrictProfile } from './area-profile';
import {
  areaIdParam,
  areaInput,
  areaList,
  areaPatch,
  areaProfileSchema,
  areaRef,
  areaSchema,
  districtIdParam,
  districtInput,
  districtList,
  districtPatch,
  districtProfileSchema,
  districtSchema,
  placeHits,
  placeSearchQuery,
  propertyInput,
  propertyList,
  propertyPatch,
  propertySchema,
} from './areas.contract';
import { areaPermissions as p } from './areas.policy';
import * as service from './areas.service';
import { searchPlaces } from './place-search';
import { areaProfileDocument, districtProfileDocument, profileFileName } from './profile-document';
import { profilePdf } from './profile-pdf';

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

  route.get(
    '/districts/:id/profile',
    read,
    {
      description:
        "The district's facts, its areas and every module's figures for the district for the year (the district profile page).",
      params: districtIdParam,
      query: yearQuery,
      returns: districtProfileSchema,
    },
    (req) => getDistrictProfile(appContext, actorOf(req), req.params.id, yearOf(req.query.year)),
  );
  route.get(
    '/districts/:id/profile.pdf',
    read,
    { hide: true, params: districtIdParam, query: yearQuery },
    async (req, reply) => {
      const actor = actorOf(req);
      const profile = await getDistrictProfile(appContext, actor, req.params.id, yearOf(req.query.year));
      const body = await profilePdf(districtProfileDocument(profile, actor.language), actor.language);
      return sendFile(reply, {
        name: profileFileName(profile.district.name, profile.year),
        type: 'pdf',
        body,
      });
    },
  );

  route.get('/areas', read, { returns: areaList }, (req) => service.listAreas(ctx(req.id), actorOf(req)));
  route.get(
    '/areas/search',
    read,
    {
      description: 'Areas and districts the user may see whose name or code holds the query (at most 10).',
      query: placeSearchQuery,
      returns: placeHits,
    },
    (req) => searchPlaces(ctx(req.id), actorOf(req), req.query.q ?? ''),
  );
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
  route.get(
    '/areas/:areaId/profile.pdf',
    readInArea,
    { hide: true, params: areaIdParam, query: yearQuery },
    async (req, reply) => {
      const actor = actorOf(req);
      const profile = await getAreaProfile(appContext, actor, req.params.areaId, yearOf(req.query.year));
      const body = await profilePdf(areaProfileDocument(profile, actor.language), actor.language);
      return sendFile(reply, { name: profileFileName(profile.area.name, profile.year), type: 'pdf', body });
    },
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
