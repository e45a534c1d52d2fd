import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { withBadAddress } from '../../../../../components/bad-address.tsx';
import form from '../../../../../components/desk/form.module.css';
import { loadDeskRecord, loadRecordHistory } from '../../../../../components/history/desk-record.ts';
import styles from '../../../../../components/history/history.module.css';
import { Pager } from '../../../../../components/history/pager.tsx';
import { RevisionEntry } from '../../../../../components/history/revision-entry.tsx';
import {
  RevisionFragment,
  RevisionPageFragment,
} from '../../../../../components/history/revision-fragment.ts';
import { readFragment } from '../../../../../graphql.ts';
import { deskPath, isDeskKind, publicPath } from '../../../../../lib/desk-paths.ts';
import { KIND_NAMES } from '../../../../../lib/history/record-ref.ts';
import { requireRole } from '../../../../../lib/session/viewer.ts';
import { RevertForm } from './revert-form.tsx';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ kind: string; slug: string }>; searchParams: Promise<SearchParams> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || null;

async function kindAndSlug(params: Props['params']) {
  const { kind, slug } = await params;
  if (!isDeskKind(kind)) notFound();
  return { kind, slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, slug } = await kindAndSlug(params);
  const record = await loadDeskRecord(kind, slug, 'history');
  return { title: `History: ${record.label}`, robots: { index: false } };
}

/** What the last action on this page did, said once it has been done (the address carries it, so it works without JavaScript). */
function DoneNotice({ search, revision }: { search: SearchParams; revision: number }) {
  const reverted = one(search.reverted);
  const merged = one(search.merged);
  if (!reverted && !merged) return null;
  return (
    <div role="status" className={form.done}>
      {reverted && /^\d+$/.test(reverted) ? (
        <p>
          Reverted: revision {revision} below writes the record again as it was at revision {reverted}.
        </p>
      ) : null}
      {merged ? (
        <p>
          Merged: the duplicate’s names are now among this person’s aliases, and every record that named the
          duplicate names this person. Each change is a revision in its record’s history.
        </p>
      ) : null}
    </div>
  );
}

/** Every revision of a record, newest first, 20 to a page: who, when, why and what changed; admins may revert. */
async function HistoryPage({ params, searchParams }: Props) {
  const viewer = await requireRole('EDITOR');
  const { kind, slug } = await kindAndSlug(params);
  const search = await searchParams;
  const after = one(search.after);
  const { record, history } = await loadRecordHistory(kind, slug, after);
  const page = readFragment(RevisionPageFragment, history);
  const historyHref = deskPath(kind, record.slug, 'history');
  const admin = viewer.role === 'ADMIN';
  const { hasNextPage, endCursor } = page.pageInfo;
  return (
    <>
      <h1>History of {record.label}</h1>
      <p>
        {KIND_NAMES[kind]} · <Link href={publicPath(kind, record.slug)}>Its public page</Link> · now at
        revision {record.revision}, {page.totalCount} {page.totalCount === 1 ? 'revision' : 'revisions'} kept.
        Times are UTC.
      </p>
      {record.retractionReason ? (
        <p>
          <strong>This record is retracted</strong> (the reason readers see: “{record.retractionReason}”). To
          undo it, revert to the revision before the retraction.
        </p>
      ) : null}
      <DoneNotice search={search} revision={record.revision} />
      {page.nodes.length === 0 ? <p>No change of this record is kept.</p> : null}
      <ol className={styles.revisions}>
        {page.nodes.map((node) => {
          const { revision } = readFragment(RevisionFragment, node);
          return (
            <RevisionEntry key={revision} revision={node} current={revision === record.revision}>
              {admin && revision !== record.revision ? (
                <RevertForm
                  kind={kind}
                  slug={record.slug}
                  id={record.id}
                  revision={revision}
                  currentRevision={record.revision}
                  historyHref={historyHref}
                />
              ) : null}
            </RevisionEntry>
          );
        })}
      </ol>
      <Pager
        label="Pages of this history"
        newest={after ? historyHref : null}
        older={hasNextPage && endCursor ? `${historyHref}?after=${encodeURIComponent(endCursor)}` : null}
      />
    </>
  );
}

export default withBadAddress(HistoryPage, { href: '/desk', label: "Go to the editor's desk" });
