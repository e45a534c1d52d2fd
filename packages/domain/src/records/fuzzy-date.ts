import { z } from 'zod';
import { IsoDate, nullable, PlainString } from './common.ts';
import { DatePrecision } from './enums.ts';

/** A date as a source gave it: its words, an EDTF string and the inclusive bounds they allow. */
export const FuzzyDateSchema = z
  .object({
    text: nullable(PlainString.min(1)),
    edtf: PlainString.min(4),
    earliest: IsoDate,
    latest: IsoDate,
    precision: DatePrecision,
  })
  .refine((d) => d.earliest <= d.latest, { message: 'is after ^latest', path: ['earliest'] });
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
