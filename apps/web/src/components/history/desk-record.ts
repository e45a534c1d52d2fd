import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { graphql } from '../../graphql.ts';
import { type DeskKind, deskPath } from '../../lib/desk-paths.ts';
import { recordLabel } from '../../lib/history/record-label.ts';
import { editorQuery } from '../../lib/urql/editor.ts';
import { RevisionPageFragment } from './revision-fragment.ts';

/** One record by its kind and slug, as an admin's screens need it; its history only when asked for. */
const DeskRecordQuery = graphql(
  `
  query DeskRecord(
    $slug: String!
    $summit: Boolean!
    $meeting: Boolean!
    $statement: Boolean!
    $person: Boolean!
    $withHistory: Boolean!
    $after: String
  ) {
    summit(slug: $slug) @include(if: $summit) {
      id
      slug
      revision
      retractionReason
      title
      history(first: 20, after: $after) @include(if: $withHistory) {
        ...RevisionPage
      }
    }
    meeting(slug: $slug) @include(if: $meeting) {
      id
      slug
      revision
      retractionReason
      title
      history(first: 20, after: $after) @include(if: $withHistory) {
        ...RevisionPage
      }
    }
    statement(slug: $slug) @include(if: $statement) {
      id
      slug
      revision
      retractionReason
      quote
      paraphrase
      history(first: 20, after: $after) @include(if: $withHistory) {
        ...RevisionPage
      }
    }
    person(slug: $slug) @include(if: $person) {
      id
      slug
      revision
      retractionReason
      name
      history(first: 20, after: $after) @include(if: $withHistory) {
        ...RevisionPage
      }
    }
  }
`,
  [RevisionPageFragment],
);

/** Which screen of the desk asks, so an old address is sent on to the record's own. */
type Screen = Parameters<typeof deskPath>[2];

/** Reads a record once per request (a page and its metadata share it). */
const read = cache(
  async (kind: DeskKind, slug: string, screen: Screen, withHistory: boolean, after: string | null) => {
    const data = await editorQuery(DeskRecordQuery, {
      slug,
      summit: kind === 'summits',
      meeting: kind === 'meetings',
      statement: kind === 'statements',
      person: kind === 'people',
      withHistory,
      after,
    });
    const record = data.summit ?? data.meeting ?? data.statement ?? data.person;
    if (!record) notFound();
    if (record.slug !== slug) redirect(deskPath(kind, record.slug, screen));
    return { ...record, label: recordLabel(record) };
  },
);

/**
 * The record a desk screen is about, read as the signed-in editor, with its name. A slug that answers with
 * another record (a duplicate merged into a person) is sent on to that record's screen; no record is a 404.
 */
export const loadDeskRecord = (kind: DeskKind, slug: string, screen: Screen) =>
  read(kind, slug, screen, false, null);

/** The record and a page of its history, newest first: 20 revisions from the cursor `after`. */
export async function loadRecordHistory(kind: DeskKind, slug: string, after: string | null) {
  const { history, ...record } = await read(kind, slug, 'history', true, after);
  if (!history) throw new Error('the history was asked for but not answered');
  return { record, history };
}
