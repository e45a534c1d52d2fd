import { isIsoDate } from '../../fuzzy-date/calendar.ts';
import { type DateWindow, StoreInputError } from '../port.ts';

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
