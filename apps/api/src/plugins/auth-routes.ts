import type { Accounts } from '@parley/db';
import type { Plugin } from 'graphql-yoga';

/** Where better-auth answers: sign in, sign out and the session (`/api/auth/sign-in/email`, …). */
const authPath = '/api/auth/';

/**
 * Hands `/api/auth/*` to better-auth before Yoga's CSRF rule, which is for GraphQL requests: better-auth checks
 * the `Origin` of every request that carries a cookie or signs in against the API's own and `CORS_ORIGINS`.
 */
export function useAuthRoutes(accounts: Accounts): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (url.pathname.startsWith(authPath)) endResponse(await accounts.handler(request));
    },
  };
}
