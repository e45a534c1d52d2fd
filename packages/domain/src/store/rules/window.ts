import { z } from 'zod';
import { isIsoDate } from '../../fuzzy-date/calendar.ts';
import { type DateWindow, StoreInputError } from '../port.ts';

const IsoTime = z.iso.datetime({ offset: true });

/**
 * A window of time as ISO times (to the millisecond, UTC), inclusive: each bound an ISO 8601 time, or a date
 * (YYYY-MM-DD) for the whole day. Refuses anything else, and `from` after `to`.
 */
export function timeWindow(window: { from?: string | null; to?: string | null }) {
  const bound = (name: 'from' | 'to') => {
    const value = window[name];
    if (value == null) return null;
    if (isIsoDate(value)) return `${value}T${name === 'from' ? '00:00:00.000' : '23:59:59.999'}Z`;
    if (IsoTime.safeParse(value).success) return new Date(value).toISOString();
    throw new StoreInputError(
      `"${name}" is "${value}"; expected an ISO 8601 time or a date (YYYY-MM-DD)`,
      name,
    );
  };
  const from = bound('from');
  const to = bound('to');
  if (from && to && from > to)
    throw new StoreInputError(`"from" (${window.from}) is after "to" (${window.to})`, 'from');
  return { from, to };
}

/** Refuses a window no store can answer: a bound that is not a calendar date, or `from` after `to`. */
export function checkWindow(window: DateWindow): void {
  for (const name of ['from', 'to'] as const) {
    const value = window[name];
    if (value != null && !isIsoDate(value)) {
      throw new StoreInputError(`"${name}" is "${value}"; expected a date in the form YYYY-MM-DD`, name);
    }
  }
  if (window.from && window.to && window.from > window.to) {
    throw new StoreInputError(`"from" (${window.from}) is after "to" (${window.to})`, 'from');
  }
}
