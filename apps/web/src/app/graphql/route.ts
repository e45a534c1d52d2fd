import { apiUrl } from '../../lib/api-url.ts';
import { CACHE_TAG, REVALIDATE_SECONDS } from '../../lib/urql/server.ts';

/** Queries larger than this are not ones the site's own components send. */
const MAX_BODY_BYTES = 16_384;

/**
 * Same-origin GraphQL endpoint for the site's client components (the search box), so the browser needs
 * neither the API's address nor CORS. It forwards the JSON body to the API and its answer back.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) {
    return Response.json({ errors: [{ message: 'Query too large.' }] }, { status: 413 });
  }
  try {
    const answer = await fetch(apiUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body,
      next: { revalidate: REVALIDATE_SECONDS, tags: [CACHE_TAG] },
    });
    return new Response(answer.body, {
      status: answer.status,
      headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
    });
  } catch {
    return Response.json({ errors: [{ message: 'The Parley API is not answering.' }] }, { status: 502 });
  }
}
