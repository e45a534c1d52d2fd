'use client';

import Link from 'next/link';

/** Shown when a page could not load its records; nearly always because the API is down or unreachable. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <h1>Parley is unavailable</h1>
      <p>
        This page could not be loaded because the Parley API, which holds the records, did not answer or
        failed. Nothing is wrong with the address. Please try again in a moment.
      </p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{' '}
        <Link href="/">Go to the home page</Link>
      </p>
    </>
  );
}
