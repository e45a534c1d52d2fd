/** The kinds of record an editor opens from the desk, as they appear in the site's addresses. */
export const DESK_KINDS = ['summits', 'meetings', 'statements', 'people'] as const;
export type DeskKind = (typeof DESK_KINDS)[number];

/** Whether an address segment names a kind of record the desk edits. */
export const isDeskKind = (kind: string): kind is DeskKind =>
  (DESK_KINDS as readonly string[]).includes(kind);

/** The desk's address for one record's screen (`edit`, `history`, `retract`, `merge`). */
export const deskPath = (kind: DeskKind, slug: string, screen: 'edit' | 'history' | 'retract' | 'merge') =>
  `/desk/${kind}/${encodeURIComponent(slug)}/${screen}`;

/** The public page of a record. */
export const publicPath = (kind: DeskKind, slug: string) => `/${kind}/${encodeURIComponent(slug)}`;
