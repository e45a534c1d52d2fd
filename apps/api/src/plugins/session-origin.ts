import type { Accounts } from '@parley/db';
import type { Plugin } from 'graphql-yoga';

/** True when the request comes from a page of the API's own origin or of `trustedOrigins`, or from no page. */
function fromTrustedPage(request: Request, url: URL, trustedOrigins: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin === url.origin || trustedOrigins.includes(origin);
  // Browsers send Origin on every cross-origin request but a navigation or a no-cors GET; those say where
  // they come from here.
  return request.headers.get('sec-fetch-site') !== 'cross-site';
}

/**
 * A request that carries a session cookie from another site's page is answered 403 before anything runs, so
 * a page elsewhere can never act as the reader whose browser sends it (the cookie is SameSite=Lax, CORS and
 * the CSRF rule refuse such requests too: this holds without relying on the browser).
 */
export function useSessionOrigin(accounts: Accounts, trustedOrigins: readonly string[]): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (!accounts.hasSessionCookie(request.headers) || fromTrustedPage(request, url, trustedOrigins))
        return;
      endResponse(
        Response.json(
          {
            errors: [
              {
                message: 'A session cookie is only accepted from pages of this API or of CORS_ORIGINS',
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          },
          { status: 403 },
        ),
      );
    },
  };
}
