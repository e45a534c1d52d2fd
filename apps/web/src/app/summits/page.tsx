import type { Metadata } from 'next';
import { SummitCard, SummitCardFragment } from '../../components/summit-card.tsx';
import { graphql } from '../../graphql.ts';
import { query } from '../../lib/urql/server.ts';

export const metadata: Metadata = { title: 'Summits' };

const SummitsQuery = graphql(
  `
  query Summits {
    summits(orderBy: { field: DATE, direction: ASC }, first: 100) {
      totalCount
      nodes {
        slug
        ...SummitCard
      }
    }
  }
`,
  [SummitCardFragment],
);

/** Every summit, earliest first. */
export default async function SummitsPage() {
  const { summits } = await query(SummitsQuery, {});
  return (
    <>
      <h1>Summits</h1>
      <p>
        {summits.totalCount} {summits.totalCount === 1 ? 'summit' : 'summits'}, earliest first. Dates are
        shown as precisely as the sources give them.
      </p>
      {summits.nodes.map((summit) => (
        <SummitCard key={summit.slug} summit={summit} headingLevel={2} />
      ))}
    </>
  );
}
