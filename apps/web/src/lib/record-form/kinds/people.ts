import { graphql } from '../../../graphql.ts';
import { CitationValuesFragment, DateValuesFragment, namedRecords } from '../api-values.ts';
import { recordKind, SaveProblemFragment } from '../record-kind.ts';

const PersonEditQuery = graphql(
  `
  query PersonEdit($slug: String!) {
    person(slug: $slug) {
      id
      slug
      revision
      name
      aliases
      country {
        id
        name
      }
      roles {
        title
        organization {
          id
          name
        }
        from {
          ...DateValues
        }
        to {
          ...DateValues
        }
        citation {
          ...CitationValues
        }
      }
    }
  }
`,
  [DateValuesFragment, CitationValuesFragment],
);

const UpdatePerson = graphql(
  `
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      userErrors {
        ...SaveProblem
      }
    }
  }
`,
  [SaveProblemFragment],
);

export const people = recordKind({
  query: PersonEditQuery,
  mutation: UpdatePerson,
  problems: (saved) => saved.updatePerson.userErrors,
  read({ person: p }) {
    if (!p) return null;
    const names = namedRecords();
    const values = {
      name: p.name,
      aliases: p.aliases,
      countryId: names.id('place', p.country, p.country?.name),
      roles: p.roles.map((r) => ({
        title: r.title,
        organizationId: names.id('organization', r.organization, r.organization?.name),
        from: names.date(r.from),
        to: names.date(r.to),
        citation: names.citation(r.citation),
      })),
    };
    return { id: p.id, slug: p.slug, revision: p.revision, title: p.name, values, ...names.named };
  },
});
