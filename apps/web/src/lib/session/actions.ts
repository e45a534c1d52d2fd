'use server';

import { redirect } from 'next/navigation';
import { signIn, signOut } from './auth-api.ts';
import { safeNext } from './safe-next.ts';
import { dropSessionToken, keepSessionToken, sessionToken } from './session-cookie.ts';

/** What the sign-in form shows after a refused attempt: why, and the email to fill in again. */
export interface SignInState {
  problem: string | null;
  email: string;
}

/** Signs in through the API and keeps the session in the site's cookie, then goes where the editor was headed. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  if (!email || !password) return { problem: 'Enter your email and your password.', email };
  const outcome = await signIn(email, password);
  if ('problem' in outcome) return { problem: outcome.problem, email };
  await keepSessionToken(outcome.token);
  redirect(safeNext(form.get('next')));
}

/** Ends the session at the API and forgets it here. */
export async function signOutAction(): Promise<void> {
  const token = await sessionToken();
  if (token) await signOut(token);
  await dropSessionToken();
  redirect('/');
}
