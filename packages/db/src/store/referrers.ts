import type { RecordType } from '@parley/domain';
import { getTableName, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { writers } from '../records/to-rows.ts';
import { rowsOf } from './rows.ts';

/** Every column that points at another record, with the table it is in and the record type owning the row. */
const pointers = (Object.keys(writers) as RecordType[]).flatMap((type) => {
  const { table, owned } = writers[type];
  const tables: { table: PgTable; owner: PgColumn }[] = [{ table, owner: table.id }, ...owned];
  return tables.flatMap(({ table: list, owner }) =>
    getTableConfig(list)
      .foreignKeys.flatMap((fk) => fk.reference().columns)
      // The column naming the row's owner is ownership, not a reference.
      .filter((column) => column.name !== owner.name)
      .map((column) => ({ type, table: list, owner, column })),
  );
});

/** The records that refer to the record `id` in any field, list or citation: one statement over every pointer. */
export async function referrers(db: Db, id: string): Promise<{ type: RecordType; id: string }[]> {
  const selects: SQL[] = pointers.map(
    ({ type, table, owner, column }) =>
      sql`select ${type}::text as type, ${sql.identifier(owner.name)} as id from ${sql.identifier(getTableName(table))} where ${sql.identifier(column.name)} = ${id}`,
  );
  const result = await db.execute(
    sql`select distinct type, id from (${sql.join(selects, sql` union all `)}) r order by type, id`,
  );
  return rowsOf<{ type: RecordType; id: string }>(result);
}
