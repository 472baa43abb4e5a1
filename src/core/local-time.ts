/**
 * Grannskap's users live by Swedish calendar days: due dates, "today", the audit filter, sessions
 * entered by the clock on the wall. Instants are stored in UTC; these turn one into the other.
 */
export const swedishTimeZone = 'Europe/Stockholm';

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** The instant of a wall-clock date and time (YYYY-MM-DD, HH:MM) in the given time zone. */
export function localToInstant(date: string, time: string, timeZone = swedishTimeZone): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset also next to a daylight-saving change.
  let instant = guess - offsetMinutes(new Date(guess), timeZone) * 60000;
  instant = guess - offsetMinutes(new Date(instant), timeZone) * 60000;
  return new Date(instant);
}

/** Today's date (YYYY-MM-DD) in the given time zone. */
export function localDate(now: Date, timeZone = swedishTimeZone): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The instant a local calendar day (YYYY-MM-DD) begins, e.g. for "from this date" filters. */
export function startOfLocalDay(date: string, timeZone = swedishTimeZone): Date {
  return localToInstant(date, '00:00', timeZone);
}

/** Today's date in Sweden (YYYY-MM-DD): due dates, "overdue" and "today" are Swedish calendar days. */
export function swedishToday(now = new Date()): string {
  return localDate(now);
}

/** The ISO date `days` after (or before, when negative) the given one. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
