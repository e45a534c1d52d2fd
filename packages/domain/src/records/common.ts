import { z } from 'zod';

/** A record id: stable, unique across the dataset, never shown as the GraphQL id. */
export const Id = z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like "type:kebab-slug"');
/** A URL-friendly name, unique per record type. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case');
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
/** Text that must say something. */
export const Text = z.string().trim().min(1, 'must not be empty');
/** Other names a record goes by, including a source's spellings. */
export const Aliases = z.array(Text).default([]);
