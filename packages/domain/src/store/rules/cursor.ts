import { isIsoDate } from '../../fuzzy-date/calendar.ts';
import { StoreInputError } from '../port.ts';
import type { CursorKey, KeyKind } from './order.ts';

/** A time as the stores give it out: ISO 8601 in UTC, to the millisecond. */
const isIsoTime = (value: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value));

/** A cursor is its sort key as base64url JSON: every store gives out the same cursor for the same position. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const fits: Record<KeyKind, (v: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string' && isIsoDate(v),
  timestamp: (v) => typeof v === 'string' && isIsoTime(v),
  integer: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  float: (v) => typeof v === 'number' && Number.isFinite(v),
};

/** Reads a cursor back into a key of the list's shape (`kinds`); anything else was not given out by this list. */
export function decodeCursor(cursor: string, argument: string, kinds: readonly KeyKind[]): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (Array.isArray(key) && key.length === kinds.length && kinds.every((kind, i) => fits[kind](key[i]))) {
    return key as CursorKey;
  }
  throw new StoreInputError(`"${argument}" is not a cursor this list gave out`, argument);
}
