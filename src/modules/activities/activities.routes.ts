import { z } from 'zod';
import { actorOf } from '../../core/http/guard';
import { idParam, year, yearQuery } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import { swedishYear } from '../../core/local-time';
import type { AppContext } from '../../core/module';
import {
  activityFollowUpSchema,
  activityInput,
  activityPatch,
  activitySchema,
  eventInput,
  eventSchema,
  financeInput,
  overviewSchema,
  sessionInput,
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

const tags = ['activities'];

export async function activityRoutes(app: ApiInstance, { db, config }: AppContext) {
  const ctx = (requestId: string) => ({ db, requestId });
  const thisYear = () => swedishYear(config.clock());

  app.get(
    '/activities',
    {
      config: { access: p['activities.read'] },
      schema: { tags, response: { 200: z.array(activitySchema) } },
    },
    async (req) => service.listActivities(ctx(req.id), actorOf(req)),
  );
  app.get(
    '/activities/overview',
    {
      config: { access: p['activities.read'] },
      schema: { tags, querystring: yearQuery, response: { 200: overviewSchema } },
    },
    async (req) => activitiesOverview(ctx(req.id), actorOf(req), req.query.year ?? thisYear()),
  );
  app.get(
    '/activities/:id',
    {
      config: { access: p['activities.read'] },
      schema: { tags, params: idParam, response: { 200: activitySchema } },
    },
    async (req) => service.getActivity(ctx(req.id), actorOf(req), req.params.id),
  );
  app.post(
    '/activities',
    {
      config: { access: p['activities.write'] },
      schema: { tags, body: activityInput, response: { 201: activitySchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createActivity(ctx(req.id), actorOf(req), req.body)),
  );
  app.patch(
    '/activities/:id',
    {
      config: { access: p['activities.write'] },
      schema: { tags, params: idParam, body: activityPatch, response: { 200: activitySchema } },
    },
    async (req) => service.updateActivity(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  app.put(
    '/activities/:id/finances/:year',
    {
      config: { access: p['activities.write'] },
      schema: {
        tags,
        params: idParam.extend({ year }),
        body: financeInput,
        response: { 200: activitySchema },
      },
    },
    async (req) => finances.setFinances(ctx(req.id), actorOf(req), req.params.id, req.params.year, req.body),
  );
  app.get(
    '/activities/:id/follow-up',
    {
      config: { access: p['activities.read'] },
      schema: { tags, params: idParam, querystring: yearQuery, response: { 200: activityFollowUpSchema } },
    },
    async (req) => activityFollowUp(ctx(req.id), actorOf(req), req.params.id, req.query.year ?? thisYear()),
  );

  app.get(
    '/activities/:id/sessions',
    {
      config: { access: p['activities.read'] },
      schema: { tags, params: idParam, querystring: yearQuery, response: { 200: z.array(sessionSchema) } },
    },
    async (req) => sessions.listSessions(ctx(req.id), actorOf(req), req.params.id, req.query.year),
  );
  app.get(
    '/activity-sessions/:id',
    {
      config: { access: p['activities.read'] },
      schema: { tags, params: idParam, response: { 200: sessionSchema } },
    },
    async (req) => sessions.getSession(ctx(req.id), actorOf(req), req.params.id),
  );
  app.post(
    '/activity-sessions',
    {
      config: { access: p['activities.write'], areaField: 'areaId' },
      schema: { tags, body: sessionInput, response: { 201: sessionSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await sessions.createSession(ctx(req.id), actorOf(req), req.body)),
  );
  app.put(
    '/activity-sessions/:id',
    {
      config: { access: p['activities.write'], areaField: 'areaId' },
      schema: { tags, params: idParam, body: sessionInput, response: { 200: sessionSchema } },
    },
    async (req) => sessions.updateSession(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/activity-sessions/:id',
    { config: { access: p['activities.write'] }, schema: { tags, params: idParam } },
    async (req, reply) => {
      await sessions.deleteSession(ctx(req.id), actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/activities/:id/events',
    {
      config: { access: p['activities.read'] },
      schema: { tags, params: idParam, response: { 200: z.array(eventSchema) } },
    },
    async (req) => events.listEvents(ctx(req.id), actorOf(req), req.params.id),
  );
  app.post(
    '/activity-events',
    {
      config: { access: p['activities.write'], areaField: 'areaId' },
      schema: { tags, body: eventInput, response: { 201: eventSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await events.createEvent(ctx(req.id), actorOf(req), req.body)),
  );
  app.put(
    '/activity-events/:id',
    {
      config: { access: p['activities.write'], areaField: 'areaId' },
      schema: { tags, params: idParam, body: eventInput, response: { 200: eventSchema } },
    },
    async (req) => events.updateEvent(ctx(req.id), actorOf(req), req.params.id, req.body),
  );
}

const calendarParams = z.object({
  org: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  area: z.string().regex(/^[A-Za-z0-9_-]+(\.ics)?$/),
});

const orgParams = z.object({ org: z.string().regex(/^[a-z0-9][a-z0-9-]*$/) });

/**
 * Public calendars: /kalender/ORG lists the areas, /kalender/ORG/AREA is an area's page (HTML, no
 * JavaScript) and /kalender/ORG/AREA.ics its feed. Only public, active activities; only date, time,
 * place and the activity's own description.
 */
export async function activityPages(app: ApiInstance, { db, config }: AppContext) {
  const base = config.publicUrl.replace(/\/$/, '');
  app.get(
    '/kalender/:org',
    { config: { public: true }, schema: { hide: true, params: orgParams } },
    async (req, reply) => {
      const window = upcomingWindow(config.clock(), 120);
      const index = await publicAreas(db, req.params.org, window.from, window.to);
      reply.header('cache-control', 'public, max-age=300');
      return reply
        .type('text/html; charset=utf-8')
        .send(calendarIndexPage(req.language, { ...index, base: `/kalender/${req.params.org}` }));
    },
  );
  app.get(
    '/kalender/:org/:area',
    { config: { public: true }, schema: { hide: true, params: calendarParams } },
    async (req, reply) => {
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
      return reply
        .type('text/html; charset=utf-8')
        .send(calendarPage(req.language, { area, entries, icsUrl, indexUrl }));
    },
  );
}
