import { isIsoDate } from '../../fuzzy-date/calendar.ts';
import type { RecordOf } from '../../records/dataset.ts';
import type { RecordType } from '../../records/enums.ts';
import { type ReadScope, StoreInputError } from '../port.ts';

/** Refuses an `asOf` that is not a calendar date. */
export function checkScope({ asOf }: ReadScope): void {
  if (asOf != null && !isIsoDate(asOf))
    throw new StoreInputError(`"asOf" is "${asOf}"; expected a date in the form YYYY-MM-DD`, 'asOf');
}

/** Whether a list shows a record: never a person merged into another, a retracted record only when asked. */
export function listed(type: RecordType, record: RecordOf<RecordType>, scope: ReadScope): boolean {
  if (type === 'person' && (record as RecordOf<'person'>).mergedIntoId) return false;
  return !record.retractionReason || scope.includeRetracted === true;
}
