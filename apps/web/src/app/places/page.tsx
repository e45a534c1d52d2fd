import type { Metadata } from 'next';
import Link from 'next/link';
import { AsOfPanel } from '../../components/as-of/as-of-panel.tsx';
import { withBadAddress } from '../../components/bad-address.tsx';
import { MapPlaceFragment, mapPlace } from '../../components/charts/map-place.ts';
import { PlacesMap } from '../../components/charts/places-map.tsx';
import { reporter, SummitMapFragment } from '../../components/charts/summit-map.tsx';
import { MoreNote } from '../../components/more-note.tsx';
import { graphql, readFragment } from '../../graphql.ts';
import { readAsOf, withAsOf } from '../../lib/as-of.ts';
import { type PlaceUse, placeIndex } from '../../lib/charts/place-index.ts';
import { query } from '../../lib/urql/server.ts';
import styles from './places.module.css';

export const metadata: Metadata = { title: 'Places' };

// 40 summits (with their candidates) and 100 meetings keep the query within the API's cost limit.
const PlacesQuery = graphql(
  `
  query Places($asOf: Date) {
    summits(orderBy: { field: DATE, direction: ASC }, first: 40, asOf: $asOf) {
      totalCount
      nodes {
        slug
        ...SummitMap
      }
    }
    meetings(orderBy: { field: DATE, direction: ASC }, first: 100, asOf: $asOf) {
      totalCount
      nodes {
        slug
        title
        location {
          ...MapPlace
        }
      }
    }
  }
`,
  [SummitMapFragment, MapPlaceFragment],
);

type Props = { searchParams: Promise<{ asOf?: string | string[] }> };

/**
 * Where things happen: every venue and every place reported as a candidate, on a world map drawn from packaged
 * boundaries, then each place with the summits and meetings that name it.
 */
async function PlacesPage({ searchParams }: Props) {
  const asOf = readAsOf((await searchParams).asOf);
  const { summits, meetings } = await query(PlacesQuery, { asOf });
  const uses: PlaceUse[] = [
    ...summits.nodes.flatMap((node) => {
      const summit = readFragment(SummitMapFragment, node);
      const record = { href: `/summits/${node.slug}`, text: summit.title };
      return [
        ...(summit.location ? [{ place: mapPlace(summit.location), role: 'venue' as const, record }] : []),
        ...summit.candidateLocations.map((c) => ({
          place: mapPlace(c.place),
          role: 'candidate' as const,
          record,
          by: reporter(c.reportedBy?.name, c.reportedByOrganization?.name),
        })),
      ];
    }),
    ...meetings.nodes.flatMap((meeting) =>
      meeting.location
        ? [
            {
              place: mapPlace(meeting.location),
              role: 'venue' as const,
              record: { href: `/meetings/${meeting.slug}`, text: meeting.title },
            },
          ]
        : [],
    ),
  ];
  const places = placeIndex(uses);
  const shown = summits.nodes.length + meetings.nodes.length;
  return (
    <>
      <h1>Places</h1>
      <AsOfPanel path="/places" asOf={asOf} />
      <p>
        {places.length} places named by the sources as the venue of a summit or meeting, or reported as a
        candidate before a venue was fixed.
      </p>
      <PlacesMap
        id="places-map"
        title="Venues and reported candidates"
        view="world"
        entries={places.map((p) => ({ ...p, href: `#place-${p.slug}` }))}
        note={<MoreNote shown={shown} total={summits.totalCount + meetings.totalCount} />}
      />
      {places.map((place) => (
        <section key={place.slug} id={`place-${place.slug}`} aria-labelledby={`place-${place.slug}-name`}>
          <h2 id={`place-${place.slug}-name`}>{place.name}</h2>
          {place.location?.shownAt ? (
            <p className={styles.where}>
              Its own spot is not known: the maps mark it at {place.location.shownAt}.
            </p>
          ) : null}
          <ul>
            {place.uses.map((use) => (
              <li key={`${use.role}-${use.record.href}`}>
                {use.role === 'venue' ? 'Venue of ' : 'Reported as a candidate for '}
                <Link href={withAsOf(use.record.href, asOf)}>{use.record.text}</Link>
                {use.by ? `, by ${use.by}` : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export default withBadAddress(PlacesPage, { href: '/places', label: 'All places' });
