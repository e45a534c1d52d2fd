import type { RecordType } from '@parley/domain';

/** Record ids are "type:slug", so a record's type can be read off its id without a lookup. */
export function recordTypeOf(record: { id: string }): RecordType {
  return record.id.slice(0, record.id.indexOf(':')) as RecordType;
}
