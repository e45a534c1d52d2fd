import { graphql } from '../../../graphql.ts';
import {
  CitationValuesFragment,
  DateValuesFragment,
  namedRecords,
  ParticipantValuesFragment,
} from '../api-values.ts';
import { recordKind, SaveProblemFragment } from '../record-kind.ts';

const SummitEditQuery = graphql(
  `
  query SummitEdit($slug: String!) {
    summit(slug: $slug) {
      id
      slug
      revision
      title
      ordinal
      status
      date {
        ...DateValues
      }
      location {
        id
        name
      }
      candidateLocations {
        place {
          id
          name
        }
        reportedBy {
          id
          name
        }
        reportedByOrganization {
          id
          name
        }
        citation {
          ...CitationValues
        }
      }
      participants {
        ...ParticipantValues
      }
      topics {
        id
        name
      }
      citations {
        ...CitationValues
      }
    }
  }
`,
  [DateValuesFragment, CitationValuesFragment, ParticipantValuesFragment],
);

const UpdateSummit = graphql(
  `
  mutation UpdateSummit($input: UpdateSummitInput!) {
    updateSummit(input: $input) {
      userErrors {
        ...SaveProblem
      }
    }
  }
`,
  [SaveProblemFragment],
);

export const summits = recordKind({
  query: SummitEditQuery,
  mutation: UpdateSummit,
  problems: (saved) => saved.updateSummit.userErrors,
  read({ summit: s }) {
    if (!s) return null;
    const names = namedRecords();
    const values = {
      title: s.title,
      ordinal: s.ordinal,
      status: s.status,
      date: names.date(s.date),
      locationId: names.id('place', s.location, s.location?.name),
      candidateLocations: s.candidateLocations.map((c) => ({
        placeId: names.id('place', c.place, c.place.name),
        reportedById: names.id('person', c.reportedBy, c.reportedBy?.name),
        reportedByOrganizationId: names.id(
          'organization',
          c.reportedByOrganization,
          c.reportedByOrganization?.name,
        ),
        citation: names.citation(c.citation),
      })),
      participants: s.participants.map(names.participant),
      topicIds: s.topics.map((t) => names.id('topic', t, t.name)),
      citations: s.citations.map(names.citation),
    };
    return { id: s.id, slug: s.slug, revision: s.revision, title: s.title, values, ...names.named };
  },
});
