import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import facts from '../../../components/fact-list.module.css';
import { RetractedNotice } from '../../../components/retracted-notice.tsx';
import { graphql } from '../../../graphql.ts';
import { recordLink } from '../../../lib/record-link.ts';
import { queryRecord } from '../../../lib/urql/server.ts';

const SourceQuery = graphql(`
  query Source($slug: String!) {
    source(slug: $slug) {
      title
      outlet
      author
      publishedAt
      url
      retractionReason
      citedBy {
        __typename
        ... on Summit {
          slug
          title
        }
        ... on Meeting {
          slug
          title
        }
        ... on Statement {
          slug
          quote
          paraphrase
          speaker {
            name
          }
          organization {
            name
          }
        }
        ... on Person {
          slug
          name
        }
      }
    }
  }
`);

const published = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

type Props = { params: Promise<{ slug: string }> };

/** The source, or a 404 for a slug that names none. */
async function load(slug: string) {
  const { source } = await queryRecord(SourceQuery, { slug });
  if (!source) notFound();
  return source;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).slug)).title };
}

/** A source's own page, URL or not: who published it and when, and every record that cites it. */
export default async function SourcePage({ params }: Props) {
  const source = await load((await params).slug);
  const records = source.citedBy.map(recordLink);
  return (
    <article>
      <h1>{source.title}</h1>
      <RetractedNotice reason={source.retractionReason} />
      <dl className={facts.facts}>
        <dt>Outlet</dt>
        <dd>{source.outlet}</dd>
        <dt>Published</dt>
        <dd>
          <time dateTime={source.publishedAt}>
            {published.format(new Date(`${source.publishedAt}T00:00:00Z`))}
          </time>
        </dd>
        <dt>Author</dt>
        <dd>{source.author ?? 'Not given'}</dd>
        <dt>Web address</dt>
        <dd>{source.url ? <a href={source.url}>{source.url}</a> : 'None is recorded for this source'}</dd>
      </dl>
      <section aria-labelledby="citing">
        <h2 id="citing">Records citing this source</h2>
        {records.length === 0 ? <p>No record cites this source.</p> : null}
        <ul>
          {records.map((record) => (
            <li key={record.href}>
              {record.kind}: <Link href={record.href}>{record.text}</Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
