import { z } from 'zod';
import { Id, RetractionReason, Slug, Text } from './common.ts';

/** A subject that meetings and statements are about. */
export const TopicSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  name: Text,
});
export type Topic = z.infer<typeof TopicSchema>;
