import type { DatePrecision, FuzzyDate } from '@parley/domain';

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
