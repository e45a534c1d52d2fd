import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import form from '../../../../../components/desk/form.module.css';
import { loadDeskRecord } from '../../../../../components/history/desk-record.ts';
import { deskPath, isDeskKind, publicPath } from '../../../../../lib/desk-paths.ts';
import { KIND_NAMES } from '../../../../../lib/history/record-ref.ts';
import { requireRole } from '../../../../../lib/session/viewer.ts';
import { RetractForm } from './retract-form.tsx';

type Props = { params: Promise<{ kind: string; slug: string }> };

async function load(params: Props['params']) {
  const { kind, slug } = await params;
  if (!isDeskKind(kind)) notFound();
  return { kind, record: await loadDeskRecord(kind, slug, 'retract') };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await load(params);
  return { title: `Retract: ${record.label}`, robots: { index: false } };
}

/** An admin retracts a record with a reason readers are shown; a retracted record says so, and how to undo it. */
export default async function RetractPage({ params }: Props) {
  await requireRole('ADMIN');
  const { kind, record } = await load(params);
  const page = publicPath(kind, record.slug);
  const history = deskPath(kind, record.slug, 'history');
  return (
    <>
      <h1>Retract {record.label}</h1>
      <p>
        {KIND_NAMES[kind]} · <Link href={page}>Its public page</Link> ·{' '}
        <Link href={history}>Its history</Link>
      </p>
      <p>
        Retract a record that should never have been published, such as one its source withdrew or one made in
        error. Nothing is deleted: the record is left out of lists, search and the timeline, and its public
        page stays at its address, telling readers it was retracted and why. Its history keeps every revision:
        to undo a retraction, revert the record from its history to the revision before it.
      </p>
      {record.retractionReason ? (
        <div role="status" className={form.done}>
          <p>
            <strong>This record is retracted.</strong> Readers of its public page,{' '}
            <Link href={page}>{page}</Link>, are shown the reason: “{record.retractionReason}”
          </p>
          <p>
            To undo the retraction, open <Link href={history}>its history</Link> and revert to the revision
            before it.
          </p>
        </div>
      ) : (
        <RetractForm kind={kind} slug={record.slug} id={record.id} revision={record.revision} />
      )}
    </>
  );
}
