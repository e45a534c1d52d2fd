import { graphql, readFragment } from '../../../graphql.ts';
import { STATEMENT_KIND_LABELS } from '../../labels.ts';
import { CitationValuesFragment, DateValuesFragment, namedRecords } from '../api-values.ts';
import { StatementChoiceFragment, statementLabel } from '../choices.ts';
import { recordKind, SaveProblemFragment } from '../record-kind.ts';

const StatementEditQuery = graphql(
  `
  query StatementEdit($slug: String!) {
    statement(slug: $slug) {
      id
      slug
      revision
      kind
      quote
      paraphrase
      speaker {
        id
        name
      }
      organization {
        id
        name
      }
      date {
        label
        ...DateValues
      }
      venue {
        id
        name
      }
      topics {
        id
        name
      }
      summit {
        id
        title
      }
      meeting {
        id
        title
      }
      relations {
        direction
        type
        note
        other {
          ...StatementChoice
        }
        citation {
          ...CitationValues
        }
      }
      citations {
        ...CitationValues
      }
    }
  }
`,
  [DateValuesFragment, CitationValuesFragment, StatementChoiceFragment],
);

const UpdateStatement = graphql(
  `
  mutation UpdateStatement($input: UpdateStatementInput!) {
    updateStatement(input: $input) {
      userErrors {
        ...SaveProblem
      }
    }
  }
`,
  [SaveProblemFragment],
);

export const statements = recordKind({
  query: StatementEditQuery,
  mutation: UpdateStatement,
  problems: (saved) => saved.updateStatement.userErrors,
  read({ statement: s }) {
    if (!s) return null;
    const names = namedRecords();
    const who = s.speaker?.name ?? s.organization?.name ?? 'Unattributed';
    const values = {
      kind: s.kind,
      quote: s.quote,
      paraphrase: s.paraphrase,
      speakerId: names.id('person', s.speaker, s.speaker?.name),
      organizationId: names.id('organization', s.organization, s.organization?.name),
      date: names.date(s.date),
      venueId: names.id('place', s.venue, s.venue?.name),
      topicIds: s.topics.map((t) => names.id('topic', t, t.name)),
      summitId: names.id('summit', s.summit, s.summit?.title),
      meetingId: names.id('meeting', s.meeting, s.meeting?.title),
      // The API lists relations both ways; the statement holds only those it states itself.
      relations: s.relations
        .filter((r) => r.direction === 'OUTGOING')
        .map((r) => ({
          type: r.type,
          targetId: names.id(
            'statement',
            readFragment(StatementChoiceFragment, r.other),
            statementLabel(r.other),
          ),
          note: r.note,
          citation: names.citation(r.citation),
        })),
      citations: s.citations.map(names.citation),
    };
    return {
      id: s.id,
      slug: s.slug,
      revision: s.revision,
      title: `${who}: ${STATEMENT_KIND_LABELS[s.kind].toLowerCase()}, ${s.date.label}`,
      values,
      ...names.named,
    };
  },
});
