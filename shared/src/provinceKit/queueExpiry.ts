import { closingOn, type Schedule } from '../publicServices/openingHours.ts';
import { addDays, localDateToEpochMillis, type LocalDate } from '../time/localDate.ts';

/**
 * When a day's queue numbers at a place expire (过号): a number not called by the time the place
 * closes on its day will never be called — the next morning starts again at A001. A place that
 * does not serve on the day (or is no longer on the map) keeps its numbers to the day's end.
 * Every number of a place and day expires at the same instant, so "waiting" at a place today
 * means: taken today, not called or cancelled, and the place not yet closed for the day.
 */
export function numbersExpireAt(place: Schedule | undefined, day: LocalDate): Date {
  return (place && closingOn(place, day)) ?? new Date(localDateToEpochMillis(addDays(day, 1)));
}

/** A ticket's day (20261125, as its id carries it) as a calendar date. */
export function ticketDate(day: string): LocalDate {
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
}
