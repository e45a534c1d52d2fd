import { z } from 'zod';
import { Id, IsoDate, PlainString, RetractionReason, Slug, storable, Text } from './common.ts';
import { SourceKind } from './enums.ts';

/** An article or document that Parley cites. `url` stays null when unknown: never invent one. */
export const SourceSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  kind: SourceKind,
  title: Text,
  outlet: Text,
  publishedAt: IsoDate,
  author: Text.nullable(),
  url: z.url().check(storable).nullable(),
  language: PlainString.length(2).default('en'),
  /** The full text, verbatim, when Parley may keep it: what cites the source must then quote it word for word. */
  text: Text.nullable().default(null),
});
export type Source = z.infer<typeof SourceSchema>;
