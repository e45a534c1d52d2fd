import { AS_OF_PARAM } from '../as-of.ts';
import { SESSION_COOKIE } from '../session/cookie-name.ts';

/** The record pages a reader gets from the page cache (`src/app/cached/KIND/[slug]`). */
const CACHED_KINDS = ['summits', 'meetings', 'statements', 'people', 'sources'] as const;

/** Where the cached twins of the record pages live inside the site; no reader's address ever shows it. */
const CACHED_PREFIX = '/cached';

/**
 * A reader's record page (no session cookie, no `?asOf=`) is answered by its cached twin, which renders without
 * cookies or search params; an editor's request, or one for a past day, reaches the page itself, per request.
 */
export const cachedPageRewrites = () => [
  {
    source: `/:kind(${CACHED_KINDS.join('|')})/:slug`,
    destination: `${CACHED_PREFIX}/:kind/:slug`,
    missing: [
      { type: 'cookie' as const, key: SESSION_COOKIE },
      { type: 'query' as const, key: AS_OF_PARAM },
    ],
  },
];

/** The twins' own addresses lead to the pages': one address per page, and no way around the rewrite's check. */
export const cachedPageRedirects = () => [
  { source: `${CACHED_PREFIX}/:path*`, destination: '/:path*', permanent: false },
];
