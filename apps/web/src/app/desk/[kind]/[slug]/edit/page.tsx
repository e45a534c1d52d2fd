import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { RecordForm } from '../../../../../components/record-form/record-form.tsx';
import { deskPath, isDeskKind, publicPath } from '../../../../../lib/desk-paths.ts';
import { ChoicesQuery, choicesOf } from '../../../../../lib/record-form/choices.ts';
import { draftsOf } from '../../../../../lib/record-form/drafts.ts';
import type { EditState } from '../../../../../lib/record-form/edit-state.ts';
import { recordFields } from '../../../../../lib/record-form/record-kinds.ts';
import { requireRole } from '../../../../../lib/session/viewer.ts';
import { editorQuery } from '../../../../../lib/urql/editor.ts';
import { saveRecord } from './actions.ts';
import { loadRecord } from './load-record.ts';

type Props = { params: Promise<{ kind: string; slug: string }> };

async function target(params: Props['params']) {
  await requireRole('EDITOR');
  const { kind, slug } = await params;
  if (!isDeskKind(kind)) notFound();
  return { kind, slug, record: await loadRecord(kind, slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await target(params);
  return { title: `Edit ${record.title}`, robots: { index: false } };
}

/** An editor's form for a summit, meeting, statement or person, generated from the record's validator. */
export default async function EditPage({ params }: Props) {
  const { kind, slug, record } = await target(params);
  // A merged person's slug answers with the survivor: edit it at its own address.
  if (record.slug !== slug) redirect(deskPath(kind, record.slug, 'edit'));
  const fields = recordFields(kind);
  const initial: EditState = {
    round: 0,
    drafts: draftsOf(fields, record.values),
    read: record.values,
    revision: record.revision,
    reason: '',
    problems: [],
    conflict: null,
    notice: null,
    named: { choices: record.choices, sources: record.sources },
  };
  return (
    <>
      <h1>Edit {record.title}</h1>
      <RecordForm
        fields={fields}
        choices={choicesOf(await editorQuery(ChoicesQuery, {}))}
        initial={initial}
        action={saveRecord.bind(null, { kind, slug, id: record.id })}
        leaveHref={publicPath(kind, slug)}
        historyHref={deskPath(kind, slug, 'history')}
      />
    </>
  );
}
