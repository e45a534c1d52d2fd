import type { Metadata } from 'next';
import Link from 'next/link';
import { loadPeopleGraph, PeopleGraph } from '../../components/charts/people-graph.tsx';
import styles from '../../components/record-card.module.css';
import { graphql } from '../../graphql.ts';
import { query } from '../../lib/urql/server.ts';

export const metadata: Metadata = { title: 'People' };

const PeopleQuery = graphql(`
  query People {
    people(orderBy: { field: NAME, direction: ASC }, first: 100) {
      totalCount
      nodes {
        slug
        name
        roles {
          title
        }
        statements(first: 1) {
          totalCount
        }
        meetings(first: 1) {
          totalCount
        }
      }
    }
  }
`);

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Everyone in the record, by name, with their titles and how much of the record is theirs. */
export default async function PeoplePage() {
  const { people } = await query(PeopleQuery, {});
  const graph = await loadPeopleGraph();
  return (
    <>
      <h1>People</h1>
      <p>{count(people.totalCount, 'person', 'people')} named by the sources, by name.</p>
      <PeopleGraph graph={graph} />
      <ul className="list-plain">
        {people.nodes.map((person) => (
          <li key={person.slug} className={styles.card}>
            <h2 className={styles.title}>
              <Link href={`/people/${person.slug}`}>{person.name}</Link>
            </h2>
            <p className={styles.meta}>
              {person.roles.map((r) => r.title).join('; ') || 'No title recorded'} ·{' '}
              {count(person.statements.totalCount, 'statement', 'statements')} ·{' '}
              {count(person.meetings.totalCount, 'meeting', 'meetings')}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
