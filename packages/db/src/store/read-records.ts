import type { RecordOf, RecordType } from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import { decodeRecord, recordJson } from '../records/record-json.ts';
import type { Read } from './read-batch.ts';
import { tableOf } from './table-of.ts';

/** What a read of records may narrow: a condition on the record's table, an order and a limit. */
export interface Query {
  where?: SQL | undefined;
  orderBy?: SQL[];
  limit?: number;
}

/**
 * The records of a type a query selects, as one JSON array (in the query's order): a part of a batched read.
 * A page is cut from the table first (its order and limit served by an index), then built into JSON.
 */
export function recordsPart(type: RecordType, { where, orderBy, limit }: Query): SQL {
  const table = tableOf[type];
  const json = recordJson[type];
  const rows = where ? sql`${table} where ${where}` : sql`${table}`;
  if (!orderBy) return sql`select coalesce(json_agg(${json}), '[]'::json) from ${rows}`;
  const order = sql.join(orderBy, sql`, `);
  const limited = limit === undefined ? sql`` : sql` limit ${limit}`;
  // Named as the table, so that the JSON's and the order's columns read the page's rows.
  return sql`select coalesce(json_agg(${json} order by ${order}), '[]'::json)
    from (select * from ${rows} order by ${order}${limited}) as ${table}`;
}

/** The records of a type a query selects, in its order. */
export async function readRecords<T extends RecordType>(
  read: Read,
  type: T,
  query: Query,
): Promise<RecordOf<T>[]> {
  const json = await read<Parameters<typeof decodeRecord>[0][]>(recordsPart(type, query));
  return json.map((record) => decodeRecord<T>(record));
}
