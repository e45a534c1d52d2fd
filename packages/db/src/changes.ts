import { everythingChanged, RecordType, type StoreChange } from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client.ts';

/** The channel every write announces itself on and every store listens to. */
export const CHANGES_CHANNEL = 'parley_changes';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7999;

/** A change as announced: the records' ids and types in JSON; an empty payload when it is everything. */
const Payload = z.object({
  ids: z.array(z.string()),
  types: z.array(RecordType),
  texts: z.array(RecordType),
  created: z.boolean(),
});

/** The payload announcing `change`: empty (everything) when it would not fit, which is always safe. */
export function payloadOf(change: StoreChange): string {
  if (change.everything) return '';
  const { ids, types, texts, created } = change;
  const json = JSON.stringify({ ids, types, texts, created });
  return Buffer.byteLength(json) > MAX_PAYLOAD_BYTES ? '' : json;
}

/** The change a payload announces; everything when it names none (an empty, foreign or garbled payload). */
export function changeOf(payload: string | undefined): StoreChange {
  try {
    const parsed = Payload.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? { everything: false, ...parsed.data } : everythingChanged;
  } catch {
    return everythingChanged;
  }
}

/** Announces a change. Inside a transaction PostgreSQL delivers it on commit only, never after a rollback. */
export async function notifyChange(db: Db, change: StoreChange): Promise<void> {
  await db.execute(sql`select ${notifying(change)}`);
}

/** The expression announcing `change`, for a statement that does other work too. */
export function notifying(change: StoreChange): SQL {
  return sql`pg_notify(${CHANGES_CHANNEL}, ${payloadOf(change)})`;
}

/** Starts calling `listener` on each change; resolves once listening, with a function that stops it. */
export type Listen = (listener: (change: StoreChange) => void) => Promise<() => Promise<void>>;
