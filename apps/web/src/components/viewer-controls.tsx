import Link from 'next/link';
import { signOutAction } from '../lib/session/actions.ts';
import { getViewer } from '../lib/session/viewer.ts';
import styles from './site-header.module.css';

/** For a signed-in editor: who they are, the desk, and signing out. Readers see nothing. */
export async function ViewerControls() {
  const viewer = await getViewer();
  if (!viewer) return null;
  return (
    <div className={styles.viewer}>
      <Link href="/desk">Editor's desk</Link>
      <span className={styles.who}>
        {viewer.email} ({viewer.role === 'ADMIN' ? 'admin' : 'editor'})
      </span>
      <form action={signOutAction}>
        <button type="submit" className={styles.signOut}>
          Sign out
        </button>
      </form>
    </div>
  );
}
