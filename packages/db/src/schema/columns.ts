import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, check, customType, date, integer, text } from 'drizzle-orm/pg-core';
import { datePrecision } from './enums.ts';

/** PostgreSQL's full-text document type, which drizzle has no builder for. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
export const daterange = customType<{ data: string }>({ dataType: () => 'daterange' });

/**
 * The inclusive span of a record's date as a range, for a column generated from its earliest and latest days,
 * so that a GiST index finds the records overlapping a window (the timeline) without reading every earlier one.
 */
export const dateSpanOf = (t: { dateEarliest: AnyPgColumn; dateLatest: AnyPgColumn }) =>
  sql`daterange(${t.dateEarliest}, ${t.dateLatest}, '[]')`;

const dateParts = (column: string) => ({
  Text: text(`${column}_text`),
  Edtf: text(`${column}_edtf`),
  Earliest: date(`${column}_earliest`, { mode: 'string' }),
  Latest: date(`${column}_latest`, { mode: 'string' }),
  Precision: datePrecision(`${column}_precision`),
});
type DateParts = ReturnType<typeof dateParts>;
type Prefixed<P extends string, T> = { [K in keyof T as `${P}${K & string}`]: T[K] };
type Required<T> = {
  [K in keyof T]: K extends 'Text' ? T[K] : T[K] extends { notNull(): infer N } ? N : never;
};

const prefixed = <P extends string, T extends object>(key: P, parts: T) =>
  Object.fromEntries(Object.entries(parts).map(([k, v]) => [`${key}${k}`, v])) as Prefixed<P, T>;

/** The five columns of a FuzzyDate that may be absent (all null together). */
export const optionalFuzzyDate = <P extends string>(key: P, column: string) =>
  prefixed(key, dateParts(column));

/** The five columns of a FuzzyDate that every row has (only the source's words may be null). */
export function requiredFuzzyDate<P extends string>(key: P, column: string) {
  const parts = dateParts(column);
  return prefixed(key, {
    Text: parts.Text,
    Edtf: parts.Edtf.notNull(),
    Earliest: parts.Earliest.notNull(),
    Latest: parts.Latest.notNull(),
    Precision: parts.Precision.notNull(),
  } as Required<DateParts>);
}

/** Checks that a fuzzy date's bounds are in order and, when it may be absent, wholly present or absent. */
export function fuzzyDateChecks(
  name: string,
  d: { edtf: AnyPgColumn; earliest: AnyPgColumn; latest: AnyPgColumn; precision: AnyPgColumn },
  optional: boolean,
) {
  const checks = [check(`${name}_order`, sql`${d.earliest} <= ${d.latest}`)];
  if (optional) {
    checks.push(
      check(`${name}_whole`, sql`num_nulls(${d.edtf}, ${d.earliest}, ${d.latest}, ${d.precision}) in (0, 4)`),
    );
  }
  return checks;
}

/**
 * What editing keeps on every record: its current revision (the `revisions` table keeps each; records older
 * than revisions count as 1) and, once an admin retracted it, why (null while it stands).
 */
export const editColumns = () => ({
  revision: integer('revision').notNull().default(1),
  retractionReason: text('retraction_reason'),
});

/** Three weighted texts (A, B, C) that the Store keeps up to date, and the tsvector generated from them. */
export const searchColumns = () => ({
  searchA: text('search_a').notNull().default(''),
  searchB: text('search_b').notNull().default(''),
  searchC: text('search_c').notNull().default(''),
});

/** The weighted document over a table's search texts, as a generated column expression. */
export const searchDocument = (t: {
  searchA: AnyPgColumn;
  searchB: AnyPgColumn;
  searchC: AnyPgColumn;
}): SQL =>
  sql`setweight(to_tsvector('english'::regconfig, ${t.searchA}), 'A') || setweight(to_tsvector('english'::regconfig, ${t.searchB}), 'B') || setweight(to_tsvector('english'::regconfig, ${t.searchC}), 'C')`;
