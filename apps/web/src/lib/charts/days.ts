/** Calendar days as whole numbers, so a window's width is a count of days whatever the month or time zone. */

const DAY_MS = 86_400_000;

/** "2019-02-20" → days since 1 January 1970 (UTC). */
export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Days since 1 January 1970 → "2019-02-20". */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first moment of a day (UTC), as the time scale takes it. */
export const dayStart = (day: number): Date => new Date(day * DAY_MS);
