/**
 * Working days as Chinese deadlines count them (条例 Art. 33: "20个工作日"): Monday to Friday,
 * minus public holidays, plus the weekend days declared working days to make up for them
 * (调休上班). The State Council publishes the year's calendar each winter; a site passes it in.
 */

export interface WorkCalendar {
  /** Dates off work that would otherwise be working days (YYYY-MM-DD). */
  holidays?: readonly string[];
  /** Weekend dates declared working days (调休上班). */
  workdays?: readonly string[];
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Whether `date` (YYYY-MM-DD) is a working day under `calendar`. */
export function isWorkingDay(date: string, calendar: WorkCalendar = {}): boolean {
  if (calendar.workdays?.includes(date)) return true;
  if (calendar.holidays?.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `days` working days after `date`: the deadline of something received on `date`
 * (the day of receipt itself does not count).
 */
export function addWorkingDays(date: string, days: number, calendar: WorkCalendar = {}): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${date}`);
  const holidays = new Set(calendar.holidays);
  const workdays = new Set(calendar.workdays);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = iso(d);
    const weekday = d.getUTCDay();
    if (workdays.has(day) || (!holidays.has(day) && weekday !== 0 && weekday !== 6)) left--;
  }
  return iso(d);
}

/** How many working days after `from` the date `to` is (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar = {}): number {
  let count = 0;
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(iso(d), calendar)) count++;
  }
  return count;
}

/** The day it is in China (UTC+8, no daylight saving) at `at`: the day legal deadlines count from (YYYY-MM-DD). */
export const chinaDay = (at: Date = new Date()): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
