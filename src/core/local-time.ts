/**
 * The server's door to Swedish days and weeks (Europe/Stockholm). The code is pure and lives in
 * src/shared/time.ts so that the web uses the very same functions; see there for the rules.
 */
export {
  addDays,
  addIsoWeeks,
  addMonths,
  type Clock,
  clockStartingAt,
  daysBetween,
  endOfLocalDay,
  isIsoWeek,
  isoWeekday,
  isoWeekOf,
  isoWeekOfDay,
  isoWeeksInYear,
  localDate,
  localTimeOfDay,
  localToInstant,
  mondayOf,
  mondayOfIsoWeek,
  startOfLocalDay,
  sundayOfIsoWeek,
  swedishMonth,
  swedishTimeZone,
  swedishToday,
  swedishYear,
  systemClock,
} from '../shared/time';
