// What every cached twin of a record page (src/app/cached/KIND/[slug]/page.tsx) shares.

/** What Next gives a record page (its slug) and what a page may read besides: the address's query. */
type RecordProps = { params: Promise<{ slug: string }> };
type WithQuery = RecordProps & { searchParams: Promise<Record<string, never>> };

/**
 * A record page (or its metadata) as every reader gets it: today's record, whatever the address's query says.
 * Its cached twin renders it once for all, so it must read nothing of the request (the rewrite sends a
 * request for a past day elsewhere).
 */
export const forReaders =
  <Result>(render: (props: WithQuery) => Result) =>
  ({ params }: RecordProps): Result =>
    render({ params, searchParams: Promise.resolve({}) });

/**
 * A cached page's params known at build time: none. Each page renders on its first visit and is kept from then
 * on, so the build needs no API and only pages someone reads take room.
 */
export const generateStaticParams = async (): Promise<never[]> => [];
