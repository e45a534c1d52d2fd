import {
  type Commit,
  checkCommit,
  checkRevisions,
  datasetOfPuts,
  inPutOrder,
  putId,
  type Revision,
  validateWrite,
} from '@parley/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { currentRevisions } from '../store/revisions.ts';
import { heldIn } from './held-records.ts';
import { writeRecords } from './write-records.ts';

// The first key of the advisory locks a commit takes on its record ids (the second is the id's hash).
const COMMIT_LOCKS = 7_302_020;

/**
 * The Store's commit, in one transaction: locks the records' ids (so two commits of one record, even one that
 * does not exist yet, run one after the other, on PostgreSQL as on PGlite), checks each is at the revision
 * its writer read (RevisionConflict otherwise), validates the records as `writeDataset` does, and writes them
 * with their revisions. Everything it reads and writes is named by the records' ids.
 */
export async function commit(db: Db, change: Commit): Promise<Revision[]> {
  checkCommit(change);
  if (change.puts.length === 0) return [];
  const ids = [...new Set(change.puts.map(putId))].sort();
  return db.transaction(async (tx) => {
    // Taken in order, so that two commits sharing several records cannot each hold one the other waits for.
    await tx.execute(sql`select pg_advisory_xact_lock(${COMMIT_LOCKS}, hashtext(id))
      from (select unnest(${sql.param(ids)}::text[]) as id order by 1) ids`);
    checkRevisions(change.puts, await currentRevisions(tx, ids, { lock: true }));
    const dataset = await validateWrite(datasetOfPuts(change.puts), heldIn(tx));
    const written = await writeRecords(tx, dataset, { actor: change.actor, reason: change.reason });
    return inPutOrder(change.puts, written);
  });
}
