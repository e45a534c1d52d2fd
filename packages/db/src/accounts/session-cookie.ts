/** The prefix of Parley's auth cookies (better-auth's `advanced.cookiePrefix`). */
export const cookiePrefix = 'parley';

/**
 * The session cookie's name as better-auth names it (`__Secure-` when cookies are secure), known without
 * loading better-auth; a test checks it against better-auth's own.
 */
export const sessionCookieName = (secure: boolean) =>
  `${secure ? '__Secure-' : ''}${cookiePrefix}.session_token`;
