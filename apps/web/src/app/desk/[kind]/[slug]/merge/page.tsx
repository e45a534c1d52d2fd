import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadDeskRecord } from '../../../../../components/history/desk-record.ts';
import { graphql } from '../../../../../graphql.ts';
import { deskPath, publicPath } from '../../../../../lib/desk-paths.ts';
import { requireRole } from '../../../../../lib/session/viewer.ts';
import { editorQuery } from '../../../../../lib/urql/editor.ts';
import { MergeForm } from './merge-form.tsx';

/** The people one may be merged with: the first 100 by name. */
const PeopleQuery = graphql(`
  query MergeCandidates {
    people(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        slug
        name
      }
    }
  }
`);

type Props = { params: Promise<{ kind: string; slug: string }> };

/** Only people are merged; the desk's other kinds have no merge screen. */
async function load(params: Props['params']) {
  const { kind, slug } = await params;
  if (kind !== 'people') notFound();
  return loadDeskRecord(kind, slug, 'merge');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Merge: ${(await load(params)).label}`, robots: { index: false } };
}

/** An admin merges two records of one person: this one as the duplicate or as the person who stays. */
export default async function MergePage({ params }: Props) {
  await requireRole('ADMIN');
  const person = await load(params);
  const { people } = await editorQuery(PeopleQuery, {});
  const others = people.nodes.filter((other) => other.id !== person.id);
  return (
    <>
      <h1>Merge {person.label} with another person</h1>
      <p>
        <Link href={publicPath('people', person.slug)}>Their public page</Link> ·{' '}
        <Link href={deskPath('people', person.slug, 'history')}>Their history</Link>
      </p>
      <p>When two records are the same person, merge the duplicate into the person who stays:</p>
      <ul>
        <li>
          The person who stays keeps their name and address; the duplicate’s name and aliases become their
          aliases, and the duplicate’s roles join theirs.
        </li>
        <li>Every summit, meeting and statement that named the duplicate names the person who stays.</li>
        <li>
          The duplicate’s address then leads to the person who stays. Nothing is deleted: every record changed
          keeps the change as a revision in its history.
        </li>
      </ul>
      {people.pageInfo.hasNextPage ? (
        <p>
          Only the first 100 people by name can be chosen below: to merge with someone later in the list,
          start from their page.
        </p>
      ) : null}
      <MergeForm person={{ id: person.id, slug: person.slug, name: person.label }} others={others} />
    </>
  );
}
