import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '../../lib/session/viewer.ts';

export const metadata: Metadata = { title: "Editor's desk", robots: { index: false } };

/** Where an editor starts: add an article, or find a record to correct; admins also read the audit log. */
export default async function DeskPage() {
  const viewer = await requireRole('EDITOR');
  return (
    <>
      <h1>Editor's desk</h1>
      <p>
        Signed in as {viewer.email}. Every change you make is kept in the record's history with your account,
        the time and your reason.
      </p>
      <ul>
        <li>
          <Link href="/desk/articles/new">Add an article</Link>: turn a news article into draft records,
          review them beside its text, and apply what you accept.
        </li>
        <li>
          To correct a summit, meeting, statement or person, open its page (<Link href="/search">search</Link>{' '}
          finds it) and choose <strong>Edit</strong> or <strong>History</strong>.
        </li>
        {viewer.role === 'ADMIN' ? (
          <li>
            <Link href="/desk/audit">Audit log</Link>: every change by everyone, newest first.
          </li>
        ) : null}
      </ul>
    </>
  );
}
