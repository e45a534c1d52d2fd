import { z } from 'zod';
import { Id, IsoDate, nullable, PlainString, RetractionReason, Slug, storable, Text } from './common.ts';
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
  author: nullable(Text),
  url: nullable(z.url({ protocol: /^https?$/ }).check(storable)),
  language: PlainString.length(2).default('en'),
  /** The full text, verbatim, when Parley may keep it: what cites the source must then quote it word for word. */
  text: nullable(Text),
});
export type Source = z.infer<typeof SourceSchema>;
