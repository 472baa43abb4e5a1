import { editableRoutes } from '../../core/http/editable-routes';
import { actorOf } from '../../core/http/guard';
import { idParam, routesOf, sendPage, serviceContext, yearOr, yearQuery } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import {
  activityFollowUpSchema,
  activityInput,
  activityList,
  activityPatch,
  activitySchema,
  calendarParams,
  eventInput,
  eventList,
  eventSchema,
  financeInput,
  financeParams,
  orgParams,
  overviewSchema,
  sessionInput,
  sessionList,
  sessionSchema,
} from './activities.contract';
import { activityPermissions as p } from './activities.policy';
import * as service from './activities.service';
import { calendarFeed, publicAreas, publicSessions, upcomingWindow } from './calendar';
import { calendarIndexPage, calendarPage } from './calendar-page';
import * as events from './events.service';
import * as finances from './finances.service';
import { activitiesOverview, activityFollowUp } from './follow-up.service';
import * as sessions from './sessions.service';

export async function activityRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'activities');
  const ctx = serviceContext(db);
  const editable = editableRoutes(route, ctx);
  const yearOf = yearOr(config.clock);
  const read = p['activities.read'];
  const write = p['activities.write'];
  const writeInArea = { access: write, areaField: 'areaId' };

  route.get('/activities', read, { returns: activityList }, (req) =>
    service.listActivities(ctx(req.id), actorOf(req)),
  );
  route.get('/activities/overview', read, { query: yearQuery, returns: overviewSchema }, (req) =>
    activitiesOverview(ctx(req.id), actorOf(req), yearOf(req.query.year)),
  );
  route.get('/activities/:id', read, { params: idParam, returns: activitySchema }, (req) =>
    service.getActivity(ctx(req.id), actorOf(req), req.params.id),
  );
  const activityBodies = { input: activityInput, patch: activityPatch, row: activitySchema };
  editable('/activities', write, activityBodies, service.createActivity, service.updateActivity);
  route.put(
    '/activities/:id/finances/:year',
    write,
    { params: financeParams, body: financeInput, returns: activitySchema },
    (req) => finances.setFinances(ctx(req.id), actorOf(req), req.params.id, req.params.year, req.body),
  );
  route.get(
    '/activities/:id/follow-up',
    read,
    { params: idParam, query: yearQuery, returns: activityFollowUpSchema },
    (req) => activityFollowUp(ctx(req.id), actorOf(req), req.params.id, yearOf(req.query.year)),
  );

  route.get(
    '/activities/:id/sessions',
    read,
    { params: idParam, query: yearQuery, returns: sessionList },
    (req) => sessions.listSessions(ctx(req.id), actorOf(req), req.params.id, req.query.year),
  );
  route.get('/activity-sessions/:id', read, { params: idParam, returns: sessionSchema }, (req) =>
    sessions.getSession(ctx(req.id), actorOf(req), req.params.id),
  );
  const sessionBodies = { input: sessionInput, row: sessionSchema, replace: true };
  editable('/activity-sessions', writeInArea, sessionBodies, sessions.createSession, sessions.updateSession);
  route.delete('/activity-sessions/:id', write, { params: idParam, noContent: true }, (req) =>
    sessions.deleteSession(ctx(req.id), actorOf(req), req.params.id),
  );

  route.get('/activities/:id/events', read, { params: idParam, returns: eventList }, (req) =>
    events.listEvents(ctx(req.id), actorOf(req), req.params.id),
  );
  const eventBodies = { input: eventInput, row: eventSchema, replace: true };
  editable('/activity-events', writeInArea, eventBodies, events.createEvent, events.updateEvent);
}

/**
 * Public calendars: /kalender/ORG lists the areas, /kalender/ORG/AREA is an area's page (HTML, no
 * JavaScript) and /kalender/ORG/AREA.ics its feed. Only public, active activities; only date, time,
 * place and the activity's own description.
 */
export async function activityPages(app: ApiInstance, { db, config }: AppContext) {
  const base = config.publicUrl.replace(/\/$/, '');
  const page = routesOf(app);
  const open = { public: true };
  page.get('/kalender/:org', open, { hide: true, params: orgParams }, async (req, reply) => {
    const window = upcomingWindow(config.clock(), 120);
    const index = await publicAreas(db, req.params.org, window.from, window.to);
    reply.header('cache-control', 'public, max-age=300');
    return sendPage(
      reply,
      calendarIndexPage(req.language, { ...index, base: `/kalender/${req.params.org}` }),
    );
  });
  page.get('/kalender/:org/:area', open, { hide: true, params: calendarParams }, async (req, reply) => {
    const feed = req.params.area.endsWith('.ics');
    const areaCode = feed ? req.params.area.slice(0, -4) : req.params.area;
    const now = config.clock();
    const window = feed ? upcomingWindow(now, 365, 60) : upcomingWindow(now, 120);
    const { area, entries } = await publicSessions(db, req.params.org, areaCode, window.from, window.to);
    // Links between the pages stay on the site; the feed's address is absolute, for subscribing.
    const indexUrl = `/kalender/${req.params.org}`;
    const icsUrl = `${base}${indexUrl}/${encodeURIComponent(area.code)}.ics`;
    reply.header('cache-control', 'public, max-age=300');
    if (feed) {
      return reply.type('text/calendar; charset=utf-8').send(
        calendarFeed(entries, {
          name: `${area.organisationName} – ${area.name}`,
          domain: new URL(base).host,
          url: icsUrl,
        }),
      );
    }
    return sendPage(reply, calendarPage(req.language, { area, entries, icsUrl, indexUrl }));
  });
}
