import type { DatePrecision, FuzzyDate } from '@parley/domain';

/** A fuzzy date's columns as drizzle reads them (all null when the date is unknown). */
export interface FuzzyDateRow {
  text: string | null;
  edtf: string | null;
  earliest: string | null;
  latest: string | null;
  precision: DatePrecision | null;
}

/** Reads the five columns behind a prefix, e.g. `date` → dateText, dateEdtf… */
export function readFuzzyDate(row: Record<string, unknown>, prefix: string): FuzzyDate | null {
  const get = (part: string) => row[`${prefix}${part}`] as string | null;
  const edtf = get('Edtf');
  if (edtf === null) return null;
  return {
    text: get('Text'),
    edtf,
    earliest: get('Earliest') as string,
    latest: get('Latest') as string,
    precision: get('Precision') as DatePrecision,
  };
}

/** Writes a fuzzy date into the five columns behind a prefix. */
export function fuzzyDateColumns<P extends string>(prefix: P, date: FuzzyDate | null) {
  return {
    [`${prefix}Text`]: date?.text ?? null,
    [`${prefix}Edtf`]: date?.edtf ?? null,
    [`${prefix}Earliest`]: date?.earliest ?? null,
    [`${prefix}Latest`]: date?.latest ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
  } as { [K in `${P}${'Text' | 'Edtf' | 'Earliest' | 'Latest'}`]: string } & {
    [K in `${P}Precision`]: DatePrecision;
  };
}
