import Link from 'next/link';
import { type FragmentOf, graphql, readFragment } from '../graphql.ts';
import { statementsHref } from '../lib/statement-filters.ts';

export const TopicLinkFragment = graphql(`
  fragment TopicLink on Topic {
    slug
    name
  }
`);

/** Topics as links to the statements on each. */
export function TopicLinks({ topics }: { topics: readonly FragmentOf<typeof TopicLinkFragment>[] }) {
  if (topics.length === 0) return <>none recorded</>;
  return (
    <>
      {topics.map((topic, index) => {
        const t = readFragment(TopicLinkFragment, topic);
        return (
          <span key={t.slug}>
            {index > 0 ? ', ' : ''}
            <Link href={statementsHref({ topic: t.slug })}>{t.name}</Link>
          </span>
        );
      })}
    </>
  );
}
