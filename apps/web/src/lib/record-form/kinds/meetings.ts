import { graphql } from '../../../graphql.ts';
import {
  CitationValuesFragment,
  DateValuesFragment,
  namedRecords,
  ParticipantValuesFragment,
} from '../api-values.ts';
import { recordKind, SaveProblemFragment } from '../record-kind.ts';

const MeetingEditQuery = graphql(
  `
  query MeetingEdit($slug: String!) {
    meeting(slug: $slug) {
      id
      slug
      revision
      title
      description
      date {
        ...DateValues
      }
      durationMinutes
      location {
        id
        name
      }
      participants {
        ...ParticipantValues
      }
      topics {
        id
        name
      }
      summit {
        id
        title
      }
      citations {
        ...CitationValues
      }
    }
  }
`,
  [DateValuesFragment, CitationValuesFragment, ParticipantValuesFragment],
);

const UpdateMeeting = graphql(
  `
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      userErrors {
        ...SaveProblem
      }
    }
  }
`,
  [SaveProblemFragment],
);

export const meetings = recordKind({
  query: MeetingEditQuery,
  mutation: UpdateMeeting,
  problems: (saved) => saved.updateMeeting.userErrors,
  read({ meeting: m }) {
    if (!m) return null;
    const names = namedRecords();
    const values = {
      title: m.title,
      description: m.description,
      date: names.date(m.date),
      durationMinutes: m.durationMinutes,
      locationId: names.id('place', m.location, m.location?.name),
      participants: m.participants.map(names.participant),
      topicIds: m.topics.map((t) => names.id('topic', t, t.name)),
      summitId: names.id('summit', m.summit, m.summit?.title),
      citations: m.citations.map(names.citation),
    };
    return { id: m.id, slug: m.slug, revision: m.revision, title: m.title, values, ...names.named };
  },
});
