import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The content types a browser may send from another site's form or script without a CORS preflight. */
const simpleContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * CSRF prevention (Yoga's rule, with a message that names the fix): a GraphQL request must be one a browser
 * preflights, by a non-simple Content-Type such as `application/json` or by one of `headers`; a form post or a
 * bare GET is refused with 403 before anything runs.
 */
export function useCsrfPrevention(headers: readonly string[]): Plugin {
  const message =
    'Refused as a possible cross-site request: send the body as JSON (`Content-Type: application/json`, ' +
    `e.g. curl -H 'content-type: application/json' -d @query.json) or add the header \`${headers[0]}: 1\`.`;
  return {
    onRequestParse({ request }) {
      const type = request.headers.get('content-type')?.toLowerCase();
      if (type && !simpleContentTypes.some((simple) => type.startsWith(simple))) return;
      if (headers.some((name) => request.headers.has(name))) return;
      throw createGraphQLError(message, {
        extensions: { code: 'CSRF_HEADER_MISSING', http: { status: 403 } },
      });
    },
  };
}
