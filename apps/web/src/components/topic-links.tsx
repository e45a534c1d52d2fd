import Link from 'next/link';
import { statementsHref } from '../lib/statement-filters.ts';

/** Topics as links to the statements on each. */
export function TopicLinks({ topics }: { topics: readonly { slug: string; name: string }[] }) {
  if (topics.length === 0) return <>none recorded</>;
  return (
    <>
      {topics.map((topic, index) => (
        <span key={topic.slug}>
          {index > 0 ? ', ' : ''}
          <Link href={statementsHref({ topic: topic.slug })}>{topic.name}</Link>
        </span>
      ))}
    </>
  );
}
