import { z } from 'zod';
import { Id, Slug, Text } from './common.ts';

/** A subject that meetings and statements are about. */
export const TopicSchema = z.object({
  id: Id,
  slug: Slug,
  name: Text,
});
export type Topic = z.infer<typeof TopicSchema>;
