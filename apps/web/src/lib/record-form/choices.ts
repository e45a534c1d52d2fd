import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../graphql.ts';
import type { Choice } from './api-values.ts';
import { type Choices, sortedChoices } from './choice-lists.ts';

export const StatementChoiceFragment = graphql(`
  fragment StatementChoice on Statement {
    id
    quote
    paraphrase
    speaker {
      name
    }
    organization {
      name
    }
    date {
      label
    }
  }
`);

const WORDS_SHOWN = 12;

/** A statement told apart from the others: who, when, and its first words. */
export function statementLabel(statement: FragmentOf<typeof StatementChoiceFragment>): string {
  const s = readFragment(StatementChoiceFragment, statement);
  const who = s.speaker?.name ?? s.organization?.name ?? 'Unattributed';
  const words = (s.quote ?? s.paraphrase ?? '').split(/\s+/);
  const said = words.slice(0, WORDS_SHOWN).join(' ') + (words.length > WORDS_SHOWN ? '…' : '');
  return `${who}, ${s.date.label}: “${said}”`;
}

/**
 * The records a form's reference fields offer. The API lists people, summits, meetings, statements and topics
 * (at most 100 of each); places, organizations and sources have no list, so they are gathered from those.
 */
export const ChoicesQuery = graphql(
  `
  query RecordFormChoices {
    people(first: 100) {
      nodes {
        id
        name
        country {
          id
          name
        }
        roles {
          organization {
            id
            name
          }
        }
      }
    }
    summits(first: 100) {
      nodes {
        id
        title
        location {
          id
          name
        }
        candidateLocations {
          place {
            id
            name
          }
          reportedByOrganization {
            id
            name
          }
        }
        citations {
          source {
            id
            title
          }
        }
      }
    }
    meetings(first: 100) {
      nodes {
        id
        title
        location {
          id
          name
        }
        citations {
          source {
            id
            title
          }
        }
      }
    }
    statements(first: 100) {
      nodes {
        ...StatementChoice
        venue {
          id
          name
        }
        organization {
          id
          name
        }
        citations {
          source {
            id
            title
          }
        }
      }
    }
    topics {
      id
      name
    }
  }
`,
  [StatementChoiceFragment],
);

type NamedNode = { id: string; name: string } | null;
const named = (nodes: readonly NamedNode[]): Choice[] =>
  nodes.flatMap((node) => (node ? [{ id: node.id, label: node.name }] : []));
const titled = (nodes: readonly ({ id: string; title: string } | null)[]): Choice[] =>
  nodes.flatMap((node) => (node ? [{ id: node.id, label: node.title }] : []));

/** The choices of every reference field, from the lists the API answered. */
export function choicesOf(data: ResultOf<typeof ChoicesQuery>): Choices {
  const { people, summits, meetings, statements, topics } = data;
  const listed: Choices = {
    person: named(people.nodes),
    organization: named([
      ...people.nodes.flatMap((p) => p.roles.map((r) => r.organization)),
      ...summits.nodes.flatMap((s) => s.candidateLocations.map((c) => c.reportedByOrganization)),
      ...statements.nodes.map((s) => s.organization),
    ]),
    place: named([
      ...people.nodes.map((p) => p.country),
      ...summits.nodes.flatMap((s) => [s.location, ...s.candidateLocations.map((c) => c.place)]),
      ...meetings.nodes.map((m) => m.location),
      ...statements.nodes.map((s) => s.venue),
    ]),
    summit: titled(summits.nodes),
    meeting: titled(meetings.nodes),
    statement: statements.nodes.map((s) => ({
      id: readFragment(StatementChoiceFragment, s).id,
      label: statementLabel(s),
    })),
    topic: named(topics),
    source: titled(
      [...summits.nodes, ...meetings.nodes, ...statements.nodes].flatMap((r) =>
        r.citations.map((c) => c.source),
      ),
    ),
  };
  return Object.fromEntries(
    Object.entries(listed).map(([type, choices]) => [type, sortedChoices(choices)]),
  ) as Choices;
}
