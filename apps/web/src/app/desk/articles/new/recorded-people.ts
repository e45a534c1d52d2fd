import type { ResultOf } from '../../../../graphql.ts';
import { DeskPeopleQuery } from '../../../../lib/proposal/documents.ts';
import type { PersonChoice } from '../../../../lib/proposal/state.ts';
import { editorQuery } from '../../../../lib/urql/editor.ts';

/** Enough pages for any Parley's people, and a bound should the API keep answering `hasNextPage`. */
const MAX_PAGES = 20;

/** Every recorded person, by name, for the editor to match a name to. */
export async function recordedPeople(): Promise<PersonChoice[]> {
  const people: PersonChoice[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { people: found }: ResultOf<typeof DeskPeopleQuery> = await editorQuery(DeskPeopleQuery, { after });
    people.push(...found.nodes.map((p) => ({ id: `person:${p.slug}`, name: p.name })));
    if (!found.pageInfo.hasNextPage) break;
    after = found.pageInfo.endCursor ?? null;
  }
  return people.sort((a, b) => a.name.localeCompare(b.name));
}
