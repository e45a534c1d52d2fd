import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import type { FormValues, Json, ReferenceType } from './descriptors.ts';

/** A record a reference field may name: its global id and the words that tell it apart. */
export interface Choice {
  id: string;
  label: string;
}

/** A cited source, with its stored text when Parley keeps it (what an excerpt must be taken from). */
export interface CitedSource {
  id: string;
  title: string;
  text: string | null;
}

/** What reading a record for its form gives, besides its values: the records its fields name, by type. */
export interface Named {
  choices: Partial<Record<ReferenceType, Choice[]>>;
  sources: CitedSource[];
}

export const DateValuesFragment = graphql(`
  fragment DateValues on FuzzyDate {
    text
    edtf
    earliest
    latest
    precision
  }
`);

export const CitationValuesFragment = graphql(`
  fragment CitationValues on Citation {
    excerpt
    source {
      id
      title
      text
    }
  }
`);

export const ParticipantValuesFragment = graphql(`
  fragment ParticipantValues on Participant {
    role
    person {
      id
      name
    }
  }
`);

/**
 * Collects, while a record's API answer is turned into input values, the records and sources it names, so
 * each reference field can offer the record it holds even when no list reaches it.
 */
export function namedRecords() {
  const named: Named = { choices: {}, sources: [] };
  /** The global id of a record the answer names (null for none), noted under its type. */
  const id = (type: ReferenceType, node: { id: string } | null, label: string | undefined): string | null => {
    if (!node) return null;
    named.choices[type] = [...(named.choices[type] ?? []), { id: node.id, label: label ?? node.id }];
    return node.id;
  };
  /** A date as the input takes it. */
  const date = (fuzzy: FragmentOf<typeof DateValuesFragment> | null): Json => {
    if (!fuzzy) return null;
    const { text, edtf, earliest, latest, precision } = readFragment(DateValuesFragment, fuzzy);
    return { text, edtf, earliest, latest, precision };
  };
  /** A citation as the input takes it; its source and the source's text are noted. */
  const citation = (cited: FragmentOf<typeof CitationValuesFragment> | null): Json => {
    if (!cited) return null;
    const { excerpt, source } = readFragment(CitationValuesFragment, cited);
    if (!named.sources.some((s) => s.id === source.id))
      named.sources.push({
        id: source.id,
        title: source.title,
        text: source.text,
      });
    return { sourceId: id('source', source, source.title), excerpt };
  };
  const participant = (taking: FragmentOf<typeof ParticipantValuesFragment>): Json => {
    const { role, person } = readFragment(ParticipantValuesFragment, taking);
    return { personId: id('person', person, person.name), role };
  };
  return { named, id, date, citation, participant };
}

/** What a record's form is made from: its id and revision, its title, its input values and what they name. */
export interface LoadedRecord extends Named {
  id: string;
  /** Its slug: another one than asked for when a merged person's slug answers with the survivor. */
  slug: string;
  revision: number;
  title: string;
  values: FormValues;
}
