import type { MapLayout } from '../../lib/charts/world-map.ts';
import { ChartSvg } from './chart-svg.tsx';
import styles from './charts.module.css';

const ROLE_WORDS = { venue: 'venue', candidate: 'reported candidate' } as const;

/**
 * The drawing of a map: sea, land, and a dot for each place (filled for a venue, a ring for a candidate), each
 * linked to its place. Hidden from assistive technology, which reads the list beside it.
 */
export function MapSvg({ layout }: { layout: MapLayout }) {
  return (
    <ChartSvg width={layout.width} height={layout.height} chart="map">
      <path className={styles.sea} d={layout.sphere} />
      <path className={styles.land} d={layout.land ?? layout.countries ?? ''} />
      {layout.placed.map((spot) => (
        <g key={spot.markers[0]?.slug}>
          {spot.markers.map((marker) => (
            <a
              key={marker.slug}
              href={marker.href}
              tabIndex={-1}
              data-place={marker.slug}
              data-role={marker.role}
            >
              <title>{`${marker.name}: ${ROLE_WORDS[marker.role]}`}</title>
              <circle
                className={marker.role === 'venue' ? styles.venue : styles.candidate}
                cx={spot.x}
                cy={spot.y}
                r={marker.role === 'venue' ? 6 : 7}
              />
            </a>
          ))}
          <text className={styles.nodeLabel} x={spot.label.x} y={spot.label.y} textAnchor={spot.label.anchor}>
            {spot.label.text}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}
