/**
 * Calendar dates as `YYYY-MM-DD` strings in UTC: deadlines are days, not
 * instants, and a string compares and prints without time-zone surprises.
 */
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

export function isCalendarDate(value: string): boolean {
  return datePattern.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export function toCalendarDate(time: number | Date): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return toCalendarDate(Date.parse(`${date}T00:00:00Z`) + days * dayMs);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** `--deadline`: `YYYY-MM-DD`, or `Nd` days from today (the playbook's "90d"). Undefined when malformed. */
export function parseDeadline(value: string, today: string): string | undefined {
  const relative = /^(\d{1,4})d$/.exec(value);
  if (relative) return addDays(today, Number(relative[1]));
  return isCalendarDate(value) ? value : undefined;
}
