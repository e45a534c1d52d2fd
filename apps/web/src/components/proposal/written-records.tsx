import Link from 'next/link';
import { TYPE_WORDS } from '../../lib/proposal/review.ts';
import type { WrittenRecord } from '../../lib/proposal/state.ts';
import formStyles from '../desk/form.module.css';
import styles from './proposal.module.css';

/** Step 3: what was written, each record linked to its public page, and the way to the next article. */
export function WrittenRecords({ written }: { written: WrittenRecord[] }) {
  return (
    <>
      <div className={`${formStyles.done} ${styles.written}`} role="status">
        <h2>Written</h2>
        <p>
          {written.length} {written.length === 1 ? 'record was' : 'records were'} written in one go; the
          public pages show them now.
        </p>
        <ul>
          {written.map((record) => (
            <li key={record.id}>
              {TYPE_WORDS[record.type]} ({record.action === 'CREATE' ? 'new' : 'updated'}):{' '}
              {record.href ? <Link href={record.href}>{record.name}</Link> : record.name}
            </li>
          ))}
        </ul>
      </div>
      <p>
        <a href="/desk/articles/new">Add another article</a>
      </p>
    </>
  );
}
