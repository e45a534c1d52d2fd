import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Sign in needed', robots: { index: false } };

/** Answered (401) for an editor's page when nobody, or a session that has ended, asks for it. */
export default function Unauthorized() {
  return (
    <>
      <h1>Sign in needed</h1>
      <p>This page is for Parley's editors. Sign in to use it; the public record needs no account.</p>
      <p>
        <Link href="/sign-in">Sign in</Link> · <Link href="/">Go to the home page</Link>
      </p>
    </>
  );
}
