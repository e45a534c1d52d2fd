import Link from 'next/link';
import { type DeskKind, deskPath } from '../lib/desk-paths.ts';
import { getViewer } from '../lib/session/viewer.ts';
import styles from './editor-bar.module.css';

/** On a record's public page, for editors only: links to edit it and read its history (admins: retract, merge). */
export async function EditorBar({ kind, slug }: { kind: DeskKind; slug: string }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const admin = viewer.role === 'ADMIN';
  return (
    <nav aria-label="Editor" className={styles.bar}>
      <ul>
        <li>
          <Link href={deskPath(kind, slug, 'edit')}>Edit</Link>
        </li>
        <li>
          <Link href={deskPath(kind, slug, 'history')}>History</Link>
        </li>
        {admin ? (
          <li>
            <Link href={deskPath(kind, slug, 'retract')}>Retract</Link>
          </li>
        ) : null}
        {admin && kind === 'people' ? (
          <li>
            <Link href={deskPath(kind, slug, 'merge')}>Merge a duplicate</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
