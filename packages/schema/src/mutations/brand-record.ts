import { brandWithType } from '@pothos/core';
import { typenameOf } from '../global-id.ts';
import { recordTypeOf } from '../record-of-id.ts';

/** Brands a record with its GraphQL type: `Node` finds a record's type by its brand (loaders brand what they load). */
export function brandRecord<R extends { id: string }>(record: R): R {
  brandWithType(record, typenameOf(recordTypeOf(record)) as never);
  return record;
}
