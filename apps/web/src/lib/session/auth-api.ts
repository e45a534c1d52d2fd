import { apiUrl } from '../api-url.ts';
import { apiFetchCache } from '../urql/server.ts';

/** better-auth's endpoint `path` on the API the site reads from. */
const authUrl = (path: string) => new URL(`/api/auth/${path}`, apiUrl());

/**
 * Headers of a call from the site's server to better-auth. Node's fetch sends `Sec-Fetch-Mode`, so better-auth
 * wants an `Origin`: the API's own, since the browser's origin was already checked by the server action.
 */
const authHeaders = (token?: string) => ({
  'content-type': 'application/json',
  origin: new URL(apiUrl()).origin,
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

/** What signing in gave: a session token, or the words to show the editor. */
export type SignInOutcome = { token: string } | { problem: string };

/** The reader-facing words for a refused sign-in, by the API's status. */
function refusal(status: number): string {
  if (status === 429) return 'Too many sign-in attempts. Wait a few minutes, then try again.';
  if (status === 401 || status === 400) return 'That email and password do not match an account.';
  // The API cannot count attempts for a moment (its Redis is away): it refuses every sign-in until it can.
  if (status === 503) return 'Signing in is unavailable for a moment. Try again shortly.';
  return `The Parley API refused the sign-in (HTTP ${status}).`;
}

/** Signs in with better-auth's email and password endpoint; the token it answers is the session's. */
export async function signIn(email: string, password: string): Promise<SignInOutcome> {
  let response: Response;
  try {
    response = await fetch(authUrl('sign-in/email'), {
      method: 'POST',
      headers: authHeaders(),
      body: JSON.stringify({ email, password }),
      ...apiFetchCache,
    });
  } catch {
    return { problem: 'The Parley API is not answering. Try again in a moment.' };
  }
  if (!response.ok) return { problem: refusal(response.status) };
  const { token } = (await response.json()) as { token?: unknown };
  return typeof token === 'string' ? { token } : { problem: 'The Parley API answered no session.' };
}

/** Ends the session at the API, so the token is worthless even if it was copied. */
export async function signOut(token: string): Promise<void> {
  await fetch(authUrl('sign-out'), {
    method: 'POST',
    headers: authHeaders(token),
    body: '{}',
    ...apiFetchCache,
  }).catch(() => undefined);
}
