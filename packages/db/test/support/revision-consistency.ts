import { sql } from 'drizzle-orm';
import type { Db } from '../../src/client.ts';
import { tableOf } from '../../src/store/table-of.ts';

/** An id whose record row and revisions disagree; null where the row, or every revision, is absent. */
export interface RevisionMismatch {
  id: string;
  /** The record row's `revision` column. */
  revision: number | null;
  /** The highest revision the revisions table holds for the id. */
  latest: number | null;
  /** How many revisions it holds for the id. */
  count: number;
}

/**
 * Every id, across all record tables and the revisions table, that is not "both there or both absent": a record
 * row needs revisions numbered 1…n with n its `revision` column, and a revision needs its record row.
 */
export async function revisionMismatches(db: Db): Promise<RevisionMismatch[]> {
  const records = sql.join(
    Object.values(tableOf).map(
      (table) => sql`select ${table.id} as id, ${table.revision} as revision from ${table}`,
    ),
    sql` union all `,
  );
  const result = await db.execute(sql`
    with records as (${records}),
      history as (select record_id as id, max(revision) as latest, count(*)::int as count
                  from revisions group by record_id)
    select coalesce(r.id, h.id) as id, r.revision, h.latest, coalesce(h.count, 0) as count
    from records r full join history h on h.id = r.id
    where r.revision is distinct from h.latest or h.latest is distinct from h.count
    order by 1`);
  return (result as unknown as { rows: RevisionMismatch[] }).rows;
}
