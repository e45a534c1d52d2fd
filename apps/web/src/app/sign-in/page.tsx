import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeNext } from '../../lib/session/safe-next.ts';
import { getViewer } from '../../lib/session/viewer.ts';
import { SignInForm } from './sign-in-form.tsx';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

/** Editors and admins sign in here; readers never need to. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  if (await getViewer()) redirect(next);
  return (
    <>
      <h1>Sign in</h1>
      <p>
        For editors and admins of this Parley. Reading needs no account. An admin makes accounts with{' '}
        <code>npm run db -- users add EMAIL --role editor</code>.
      </p>
      <SignInForm next={next} />
    </>
  );
}
