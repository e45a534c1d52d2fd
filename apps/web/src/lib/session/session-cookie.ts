import { cookies, headers } from 'next/headers';
import { SESSION_COOKIE } from './cookie-name.ts';

/** How long a session lasts in the browser: the API's session expires after a week too. */
const WEEK_SECONDS = 7 * 24 * 60 * 60;

/** The signed-in editor's session token, or null for a reader (no API call: reading a cookie is free). */
export async function sessionToken(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value || null;
}

/** Keeps a session token: HttpOnly so no script reads it, SameSite=Lax so no other site's form posts with it. */
export async function keepSessionToken(token: string): Promise<void> {
  // Secure when the reader came over HTTPS (a TLS proxy in front says so); plain http on a laptop stays usable.
  const secure = (await headers()).get('x-forwarded-proto') === 'https';
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: WEEK_SECONDS,
  });
}

/** Forgets the session token. */
export async function dropSessionToken(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
