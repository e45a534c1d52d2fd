import type { ReactNode } from 'react';
import { withAsOf } from '../../lib/as-of.ts';
import { GRAPH_MAX_PEOPLE, graphBox, layoutGraph } from '../../lib/charts/graph-layout.ts';
import { busiest, type GraphRecord, meetingGraph, sharedLabel } from '../../lib/charts/meeting-graph.ts';
import styles from './charts.module.css';
import { GraphSvg } from './graph-svg.tsx';
import { ScrollRegion } from './scroll-region.tsx';

// Plain links in the lists: there may be hundreds, and next/link would render and hydrate a component for each.
/**
 * Who met whom, drawn on the server: people as nodes, meetings and summits as links (wider for more), each
 * pair listed in words with links to its meetings; a line of the drawing that stands for several records
 * leads to that pair's line of the list. `focus` marks the person whose page it is.
 */
export function MeetingGraphChart({
  id,
  title,
  records,
  focus,
  asOf = null,
  note,
}: {
  id: string;
  title: string;
  records: readonly GraphRecord[];
  focus?: string;
  asOf?: string | null;
  note?: ReactNode;
}) {
  const whole = meetingGraph(records);
  const graph = busiest(whole, GRAPH_MAX_PEOPLE, focus);
  if (graph.links.length === 0) return null;
  const box = graphBox(graph.people.length);
  const layout = layoutGraph(graph, box.width, box.height, focus);
  const names = new Map(graph.people.map((p) => [p.slug, p.name]));
  const person = (slug: string) => <a href={withAsOf(`/people/${slug}`, asOf)}>{names.get(slug)}</a>;
  return (
    <figure className={`${styles.figure} ${styles.square}`} aria-labelledby={`${id}-title`}>
      <figcaption className={styles.caption} id={`${id}-title`}>
        <strong>{title}</strong>A line joins two people who took part in the same meeting or summit; the more
        they shared, the wider it is.
      </figcaption>
      <ScrollRegion label={`${title}: the drawing`}>
        <GraphSvg layout={layout} id={id} focus={focus} asOf={asOf} />
      </ScrollRegion>
      {graph.people.length < whole.people.length ? (
        <p className={styles.note}>
          Drawing the {graph.people.length} people who met the most others, of {whole.people.length}.
        </p>
      ) : null}
      {note}
      <details className={styles.alternative}>
        <summary>Who met whom, in words</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Shared</th>
              <th scope="col">Meetings and summits</th>
            </tr>
          </thead>
          <tbody>
            {graph.links.map((link) => (
              <tr key={link.key} id={`${id}-${link.key}`} data-pair={link.key}>
                <td>
                  {person(link.source)} and {person(link.target)}
                </td>
                <td>{sharedLabel(link.records)}</td>
                <td>
                  {link.records.map((record, i) => (
                    <span key={record.href}>
                      {i > 0 ? '; ' : null}
                      <a href={withAsOf(record.href, asOf)}>{record.text}</a>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
