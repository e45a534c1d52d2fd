import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'For admins only', robots: { index: false } };

/** Answered (403) when an editor asks for what only an admin may do (the audit log, retracting, merging). */
export default function Forbidden() {
  return (
    <>
      <h1>For admins only</h1>
      <p>Your account may add and edit records; this needs an admin's.</p>
      <p>
        <Link href="/desk">Back to the editor's desk</Link>
      </p>
    </>
  );
}
