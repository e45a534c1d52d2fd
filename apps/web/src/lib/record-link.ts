/** A record as a list of links shows it: its kind, its public page and its words. */
export type LinkedRecord =
  | { __typename: 'Summit' | 'Meeting'; slug: string; title: string }
  | { __typename: 'Person'; slug: string; name: string }
  | {
      __typename: 'Statement';
      slug: string;
      quote: string | null;
      paraphrase: string | null;
      speaker: { name: string } | null;
      organization: { name: string } | null;
    };

/** What a link to a record says and where it goes (a statement reads "who: “words”"). */
export function recordLink(record: LinkedRecord) {
  switch (record.__typename) {
    case 'Summit':
      return { kind: 'Summit', href: `/summits/${record.slug}`, text: record.title };
    case 'Meeting':
      return { kind: 'Meeting', href: `/meetings/${record.slug}`, text: record.title };
    case 'Person':
      return { kind: 'Person', href: `/people/${record.slug}`, text: record.name };
    case 'Statement': {
      const who = record.speaker?.name ?? record.organization?.name ?? 'Unattributed';
      const words = record.quote ? `“${record.quote}”` : record.paraphrase;
      return { kind: 'Statement', href: `/statements/${record.slug}`, text: `${who}: ${words}` };
    }
  }
}
