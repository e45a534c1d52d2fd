import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { withBadAddress } from '../../../components/bad-address.tsx';
import { Pager } from '../../../components/history/pager.tsx';
import { RevisionFragment, RevisionPageFragment } from '../../../components/history/revision-fragment.ts';
import { UtcTime } from '../../../components/history/utc-time.tsx';
import { type FragmentOf, graphql, readFragment } from '../../../graphql.ts';
import { actorLabel } from '../../../lib/history/actor.ts';
import {
  auditHref,
  auditSearch,
  changesArguments,
  parseAuditFilters,
  RECORD_TYPE_LABELS,
  searchOf,
} from '../../../lib/history/audit-filters.ts';
import { auditRecord } from '../../../lib/history/audit-record.ts';
import { requireRole } from '../../../lib/session/viewer.ts';
import { editorQuery } from '../../../lib/urql/editor.ts';
import styles from './audit.module.css';
import { AuditFilterForm } from './filter-form.tsx';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

/** Every change of every record, newest first, 50 to a page (admins only). */
const AuditQuery = graphql(
  `
  query AuditLog($types: [AnyRecordType!], $from: String, $to: String, $after: String) {
    changes(first: 50, types: $types, from: $from, to: $to, after: $after) {
      ...RevisionPage
    }
  }
`,
  [RevisionPageFragment],
);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One change: when, who, what record, which revision, why, and the way to its history. */
function ChangeRow({ change }: { change: FragmentOf<typeof RevisionFragment> }) {
  const c = readFragment(RevisionFragment, change);
  const record = auditRecord(c.type, c.after);
  return (
    <tr>
      <td data-label="When">
        <UtcTime iso={c.at} />
      </td>
      <td data-label="Who">{actorLabel(c)}</td>
      <td data-label="Type">{RECORD_TYPE_LABELS[c.type]}</td>
      <td data-label="Record">
        {record.page ? <Link href={record.page}>{record.label}</Link> : record.label}
      </td>
      <td data-label="Revision">{c.before == null ? `${c.revision} (created)` : c.revision}</td>
      <td data-label="Reason">{c.reason ?? <span className={styles.none}>No reason given</span>}</td>
      <td data-label="History">
        {record.history ? (
          <Link href={record.history} aria-label={`History of ${record.label}`}>
            History
          </Link>
        ) : (
          <span className={styles.none}>None on the desk</span>
        )}
      </td>
    </tr>
  );
}

/** The audit log: who changed what, when and why, narrowed by record type and days in the URL. */
async function AuditPage({ searchParams }: Props) {
  await requireRole('ADMIN');
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  // One view, one address: a submitted form's empty fields and odd spellings become the canonical URL.
  if (searchOf(params) !== auditSearch(filters)) redirect(auditHref(filters));
  const { changes } = await editorQuery(AuditQuery, changesArguments(filters));
  const page = readFragment(RevisionPageFragment, changes);
  const { hasNextPage, endCursor } = page.pageInfo;
  const { after, ...firstPage } = filters;
  return (
    <>
      <h1>Audit log</h1>
      <p>Every change by everyone, newest first. Times are UTC.</p>
      <AuditFilterForm filters={filters} />
      <p role="status">
        {page.totalCount === 0
          ? 'No change matches these filters.'
          : `${page.totalCount} ${page.totalCount === 1 ? 'change matches' : 'changes match'}.`}
      </p>
      {page.nodes.length > 0 ? (
        <table className={styles.changes}>
          <caption className="visually-hidden">Changes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Type</th>
              <th scope="col">Record</th>
              <th scope="col">Revision</th>
              <th scope="col">Reason</th>
              <th scope="col">History</th>
            </tr>
          </thead>
          <tbody>
            {page.nodes.map((change) => {
              const { recordId, revision } = readFragment(RevisionFragment, change);
              return <ChangeRow key={`${recordId}/${revision}`} change={change} />;
            })}
          </tbody>
        </table>
      ) : null}
      <Pager
        label="Pages of the audit log"
        newest={after ? auditHref(firstPage) : null}
        older={hasNextPage && endCursor ? auditHref({ ...filters, after: endCursor }) : null}
      />
    </>
  );
}

export default withBadAddress(AuditPage, { href: '/desk/audit', label: 'Go to the newest changes' });
