import { z } from 'zod';

/** A record id: stable, unique across the dataset, never shown as the GraphQL id. */
export const Id = z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like "type:kebab-slug"');
/** A URL-friendly name, unique per record type. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case');
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
// PostgreSQL's text cannot hold U+0000 (the write fails), and stores half of a UTF-16 surrogate pair as U+FFFD.
function unstorableCharacter(value: string): string | undefined {
  if (value.includes('\u0000')) return 'a NUL character (U+0000)';
  const surrogate = /\p{Surrogate}/u.exec(value)?.[0];
  if (surrogate)
    return `a lone surrogate (U+${surrogate.charCodeAt(0).toString(16).toUpperCase()}), half of a UTF-16 pair`;
}

/** Refuses a string the database cannot store as given: every string field that is not a pattern has it. */
export function storable(ctx: z.core.ParsePayload<string>): void {
  const character = unstorableCharacter(ctx.value);
  if (character)
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `contains ${character}, which text cannot hold`,
    });
}
/** Any string the database can store. */
export const PlainString = z.string().check(storable);
/** Text that must say something. */
export const Text = PlainString.trim().min(1, 'must not be empty');
/** Other names a record goes by, including a source's spellings. */
export const Aliases = z.array(Text).default([]);
/** A field that may hold nothing: null, which is also what leaving it out means. */
export const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);
/** Why an admin retracted a record: never deleted, only hidden from lists and search. Absent until retracted. */
export const RetractionReason = Text.optional();
