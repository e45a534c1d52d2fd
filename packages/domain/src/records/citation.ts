import { z } from 'zod';
import { Id, Text } from './common.ts';

/** A source and the verbatim words in it that support a fact. */
export const CitationSchema = z.object({
  sourceId: Id,
  excerpt: Text,
});
export type Citation = z.infer<typeof CitationSchema>;

/** At least one citation: every event and statement must say where it comes from. */
export const Citations = z.array(CitationSchema).min(1, 'needs at least one citation');
