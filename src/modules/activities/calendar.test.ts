import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addMessages } from '../../core/i18n/i18n';
import { type CalendarEntry, calendarFeed } from './calendar';
import { calendarIndexPage, calendarPage } from './calendar-page';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

addMessages('activities', { sv, en });

const entry = (over: Partial<CalendarEntry>): CalendarEntry => ({
  id: '00000000-0000-4000-8000-000000000001',
  activity: 'Språkcafé',
  description: '',
  targetGroups: [],
  date: '2026-12-03',
  startTime: '18:00',
  endTime: '19:30',
  place: 'Träffpunkten',
  ...over,
});

describe('calendar feed', () => {
  it('writes timed sessions as instants and sessions without a time as all-day events', () => {
    const text = calendarFeed(
      [
        entry({}),
        entry({
          id: '00000000-0000-4000-8000-000000000002',
          activity: 'Gårdsfest',
          startTime: null,
          endTime: null,
        }),
      ],
      { name: 'Demo – Bäckby', domain: 'grannskap.test', url: 'http://grannskap.test/kalender/demo/B.ics' },
    );
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Språkcafé', 'Gårdsfest']);
    // 18:00–19:30 in Stockholm on 3 December (UTC+1) is 17:00–18:30 UTC.
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(events[0].endDate.toJSDate().toISOString()).toBe('2026-12-03T18:30:00.000Z');
    expect(events[0].uid).toBe('00000000-0000-4000-8000-000000000001@grannskap.test');
    expect(events[1].startDate.isDate).toBe(true);
    expect(events[1].startDate.toString()).toBe('2026-12-03');
  });
});

describe('calendar page', () => {
  it('escapes what users typed and needs no script', () => {
    const html = calendarPage('sv', {
      area: { name: 'Bäckby <norra>', organisationName: 'Demo' },
      entries: [entry({ activity: '<script>alert(1)</script>', targetGroups: ['children'] })],
      icsUrl: 'http://grannskap.test/kalender/demo/B.ics',
      indexUrl: 'http://grannskap.test/kalender/demo',
    });
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Aktiviteter i Bäckby &lt;norra&gt;');
    expect(html).toContain('För: barn');
  });

  it('says so when nothing is planned', () => {
    const html = calendarPage('en', {
      area: { name: 'Råby', organisationName: 'Demo' },
      entries: [],
      icsUrl: 'x.ics',
      indexUrl: 'x',
    });
    expect(html).toContain('No activities planned right now.');
  });
});

describe('calendar index', () => {
  it('links every area to its calendar and says what is on', () => {
    const html = calendarIndexPage('sv', {
      organisationName: 'Bostäder & Co',
      base: 'http://grannskap.test/kalender/demo',
      areas: [
        { code: 'RABY-OSTRA', name: 'Råby östra', sessions: 1 },
        { code: 'VALLBY', name: 'Vallby', sessions: 0 },
      ],
    });
    expect(html).toContain('<h1>Aktiviteter hos Bostäder &amp; Co</h1>');
    expect(html).toContain(
      '<li><a href="http://grannskap.test/kalender/demo/RABY-OSTRA">Råby östra</a> – 1 tillfälle</li>',
    );
    expect(html).toContain('Vallby</a> – 0 tillfällen');
    expect(html).not.toContain('<script');
  });
});
