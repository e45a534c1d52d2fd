import { withAsOf } from '../../lib/as-of.ts';
import type { GraphLayout, PlacedLink } from '../../lib/charts/graph-layout.ts';
import { sharedLabel } from '../../lib/charts/meeting-graph.ts';
import { ChartSvg } from './chart-svg.tsx';
import styles from './charts.module.css';

/** Where a link leads: its one record's page, or the line of the list that names them all. */
export const linkHref = (link: PlacedLink, id: string) =>
  link.records.length === 1 ? (link.records[0]?.href ?? '') : `#${id}-${link.key}`;

/**
 * The drawing of who met whom: people as dots linked to their pages, a line for each pair who met, wider for
 * more meetings and summits. Hidden from assistive technology, which reads the list beside it.
 */
export function GraphSvg(props: { layout: GraphLayout; id: string; focus?: string; asOf: string | null }) {
  const { layout, id, focus, asOf } = props;
  const names = new Map(layout.people.map((p) => [p.slug, p.name]));
  return (
    <ChartSvg width={layout.width} height={layout.height} chart="who-met-whom">
      {layout.links.map((link) => (
        <a
          key={link.key}
          href={withAsOf(linkHref(link, id), asOf)}
          tabIndex={-1}
          data-link={link.key}
          data-records={link.records.length}
        >
          <title>{`${names.get(link.source)} and ${names.get(link.target)}: ${sharedLabel(link.records)}`}</title>
          <line
            className={styles.link}
            x1={link.x1}
            y1={link.y1}
            x2={link.x2}
            y2={link.y2}
            strokeWidth={link.strokeWidth}
          />
        </a>
      ))}
      {layout.people.map((person) => (
        <a
          key={person.slug}
          href={withAsOf(`/people/${person.slug}`, asOf)}
          tabIndex={-1}
          data-person={person.slug}
        >
          <title>{person.name}</title>
          <circle
            className={person.slug === focus ? styles.nodeSelf : styles.node}
            cx={person.x}
            cy={person.y}
            r={6 + Math.min(person.degree, 6)}
          />
          <text className={styles.nodeLabel} x={person.x} y={person.y + 24} textAnchor="middle">
            {person.name}
          </text>
        </a>
      ))}
    </ChartSvg>
  );
}
