import { formatDocument, stringifyDocument } from '@urql/core';
import { SuggestionsQuery } from '../../components/search-suggestions-query.ts';
import { apiUrl } from '../../lib/api-url.ts';
import { apiFetchCache } from '../../lib/urql/server.ts';

/** A request larger than this is not one the search box sends. */
const MAX_BODY_BYTES = 4_096;

/** The one operation this route runs, as the search box's urql client asks for it (`__typename`s added). */
const suggestions = {
  operationName: 'SearchSuggestions',
  query: stringifyDocument(formatDocument(SuggestionsQuery)),
};

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status });

/**
 * Whether a browser sent this from another site. Browsers send `Origin` (and `Sec-Fetch-Site`) on every
 * POST; a request without them comes from a program, which needs no protection from forgery.
 */
function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  // Compared with the Host the browser addressed (a proxy in front may pass it on as X-Forwarded-Host).
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const originHost = origin === null ? null : URL.canParse(origin) ? new URL(origin).host : '';
  return (originHost !== null && originHost !== host) || (site !== null && site !== 'same-origin');
}

/** The search term of a request for the suggestions, or null when it asks for anything else. */
function suggestionsTerm(body: string): string | null {
  try {
    const { operationName, variables } = JSON.parse(body) as {
      operationName?: unknown;
      variables?: { query?: unknown };
    };
    const term = variables?.query;
    return operationName === suggestions.operationName && typeof term === 'string' ? term : null;
  } catch {
    return null;
  }
}

/**
 * Same-origin endpoint for the search box, so the browser needs neither the API's address nor CORS. It is not
 * a proxy: it runs the suggestions query with the reader's search term and nothing else, only for the site's
 * own pages and only as JSON, so another site can neither post through it on a reader's behalf nor use it to
 * reach the API's other operations around the API's CSRF rule.
 */
export async function POST(request: Request): Promise<Response> {
  if (crossSite(request)) return refuse(403, 'Requests from other sites are not accepted.');
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return refuse(415, 'Send the request as application/json.');
  }
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return refuse(413, 'Query too large.');
  const term = suggestionsTerm(body);
  if (term === null)
    return refuse(400, 'This endpoint answers only the search box’s SearchSuggestions query.');
  try {
    const answer = await fetch(apiUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ ...suggestions, variables: { query: term } }),
      ...apiFetchCache,
    });
    return new Response(answer.body, {
      status: answer.status,
      headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
    });
  } catch {
    return refuse(502, 'The Parley API is not answering.');
  }
}
