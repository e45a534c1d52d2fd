import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not found' };

/** Shown for any unknown address and for slugs that name no record. */
export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        Parley has no page at this address. The record may never have existed, or its name may have changed.
      </p>
      <ul>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/search">Search the record</Link>
        </li>
      </ul>
    </>
  );
}
