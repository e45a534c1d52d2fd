import { type RecordOf, type Store, slugify } from '@parley/domain';
import type { NameMention } from '../article/types.ts';
import { nameScore, namesOf, normalizeName, VARIANT_THRESHOLD } from './names.ts';

type Person = RecordOf<'person'>;

/** Who a mention is: a recorded person (by id), or one the proposal creates. */
export interface PersonMatch {
  person: Person;
  created: boolean;
  /** Why: "alias", "surname", "variant spelling (0.62)", "new". */
  how: string;
}

/** Every person the store holds, read once, page by page (they are few enough for an ingestion). */
async function everyone(store: Store): Promise<Person[]> {
  const people: Person[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.listPeople({ first: 100, after });
    people.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return people;
    after = page.pageInfo.endCursor;
  }
}

/**
 * Matches the people an article names to those recorded: a name or alias written the same way, then a
 * surname alone when one person (recorded, or named in full earlier in the article) bears it, then a variant
 * spelling by trigram similarity. Creates a person only when nothing matches, once per name.
 */
export async function createPeopleMatcher(store: Store) {
  const known = await everyone(store);
  const created: Person[] = [];
  const named: Person[] = [];

  function surnameMatch(written: string): Person | undefined {
    const words = normalizeName(written).split(' ');
    if (words.length !== 1) return undefined;
    const [surname] = words;
    const bearing = (people: Person[]) =>
      people.filter((p) =>
        namesOf(p).some((n) =>
          normalizeName(n)
            .split(' ')
            .includes(surname as string),
        ),
      );
    // The article named them in full before: "Sarah Sanders … Sanders said".
    const earlier = bearing(named);
    if (earlier.length > 0) return earlier.at(-1);
    const all = bearing([...known, ...created]);
    return all.length === 1 ? all[0] : undefined;
  }

  function best(written: string): { person: Person; score: number } | undefined {
    let found: { person: Person; score: number } | undefined;
    for (const person of [...known, ...created]) {
      for (const name of namesOf(person)) {
        const score = nameScore(written, name);
        if (!found || score > found.score) found = { person, score };
      }
    }
    return found;
  }

  function remember(person: Person) {
    if (!named.includes(person)) named.push(person);
  }

  /** The recorded (or already created) person a mention names, and how; undefined when none. */
  function find(mention: NameMention): Omit<PersonMatch, 'created'> | undefined {
    const exact = best(mention.name);
    if (exact?.score === 1) return { person: exact.person, how: 'name or alias' };
    const surname = surnameMatch(mention.name);
    if (surname) return { person: surname, how: 'surname' };
    if (exact && exact.score >= VARIANT_THRESHOLD && mention.name.includes(' '))
      return { person: exact.person, how: `variant spelling (${exact.score.toFixed(2)})` };
    return undefined;
  }

  return {
    find: (mention: NameMention) => find(mention)?.person,
    match(mention: NameMention): PersonMatch {
      const found = find(mention);
      if (found) {
        remember(found.person);
        return { ...found, created: created.includes(found.person) };
      }
      const taken = (slug: string) => [...known, ...created].some((p) => p.slug === slug);
      const base = slugify(mention.name) || 'person';
      let slug = base;
      for (let n = 2; taken(slug); n += 1) slug = `${base}-${n}`;
      const person: Person = {
        id: `person:${slug}`,
        slug,
        name: mention.name,
        aliases: [],
        countryId: null,
        roles: [],
      };
      created.push(person);
      remember(person);
      return { person, created: true, how: 'new' };
    },
    /** The people the proposal creates, as they stand after every match. */
    created: () => created,
  };
}
