import type { PageArgs } from '@parley/domain';

/** The four relay arguments as the Store's page request; the Store checks them and owns the cursors. */
export function pageArgs(args: PageArgs): PageArgs {
  return { first: args.first, after: args.after, last: args.last, before: args.before };
}

/** Record ids out of decoded global ids, or null when the filter was not given. */
export function recordIds(ids: readonly { id: string }[] | null | undefined): string[] | null {
  return ids ? ids.map((i) => i.id) : null;
}
