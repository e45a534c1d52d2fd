import { compareFuzzyDates } from '../fuzzy-date/compare.ts';
import type { FuzzyDate } from '../records/fuzzy-date.ts';
import type { Summit, SummitDevelopment } from '../records/summit.ts';

/** A development to add: what happened, when, the summit's date and venue it gives (undefined: left as they were). */
export interface NewDevelopment extends Omit<SummitDevelopment, 'sequence' | 'summitDate' | 'locationId'> {
  summitDate?: FuzzyDate | null;
  locationId?: string | null;
}

/**
 * The summit with a development added, and the development's place in its list. The latest development sets the
 * summit's status (and date and venue, when it gives them); one reported late but dated before the latest is
 * history: it leaves the summit as it is and takes its place in the sequence before the first dated after it.
 */
export function withDevelopment(summit: Summit, added: NewDevelopment): { summit: Summit; position: number } {
  const { date } = added;
  const later = summit.developments.filter(
    (d) => date !== null && d.date !== null && compareFuzzyDates(d.date, date) > 0,
  );
  const latest = later.length === 0;
  const sequence = latest
    ? Math.max(0, ...summit.developments.map((d) => d.sequence)) + 1
    : Math.min(...later.map((d) => d.sequence));
  const development: SummitDevelopment = {
    ...added,
    sequence,
    summitDate: added.summitDate ?? null,
    locationId: added.locationId ?? null,
  };
  const given = {
    ...(added.summitDate !== undefined && { date: added.summitDate }),
    ...(added.locationId !== undefined && { locationId: added.locationId }),
  };
  const developments = [
    ...summit.developments.map((d) => (d.sequence >= sequence ? { ...d, sequence: d.sequence + 1 } : d)),
    development,
  ].sort((x, y) => x.sequence - y.sequence);
  return {
    summit: { ...summit, ...(latest && { status: added.status, ...given }), developments },
    position: developments.indexOf(development),
  };
}
