import { addDays, day, type FuzzyDate, type RecordOf, range, type Store, slugify } from '@parley/domain';
import type { NameMention } from '../article/types.ts';
import { findCountry } from './countries.ts';
import { dateOf } from './dates.ts';
import { candidatesOf, createDirectory, properName } from './directory.ts';
import type { Draft } from './draft.ts';
import { nameScore } from './names.ts';
import { createPeopleMatcher } from './people.ts';

/** A date the article gives for something it reports in one of its sentences. */
interface Dated {
  sentence: number;
  date: FuzzyDate;
}

/** What every part of a proposal shares: the store, the draft, the source, and the matchers over the records. */
export async function createContext(store: Store, draft: Draft, source: RecordOf<'source'>) {
  const people = await createPeopleMatcher(store);
  const places = await createDirectory(store, 'place');
  const organizations = await createDirectory(store, 'organization');
  const dated: Dated[] = [];
  const published = source.publishedAt;

  const newPlaces: RecordOf<'place'>[] = [];
  /**
   * The place words name: recorded or proposed already, or new (a country of the packaged boundaries as news
   * knows it, or a place named as the article names it, its kind told from its words).
   */
  async function place(
    words: string | null | undefined,
  ): Promise<{ place: RecordOf<'place'>; how: string } | undefined> {
    const recorded = places(words);
    if (recorded) return { place: recorded, how: `"${words}" → ${recorded.name}` };
    // The whole words before their tail: "the Democratic Republic of the Congo" is not the Congo.
    for (const written of candidatesOf(words ?? '').filter((c) => /^\p{Lu}/u.test(c))) {
      const country = await findCountry(written);
      if (!country) continue;
      // Recorded by another of its names ("USA" for the United States): the same country, the words an alias.
      const known = places.named(country.names, (p) => p.kind === 'COUNTRY');
      if (known) {
        addAlias(known, written);
        return { place: known, how: `"${words}" → ${known.name} (another of the country's names)` };
      }
      const created = await createPlace(country.name, written, 'COUNTRY', country.coordinates);
      const told = "a country of the packaged boundaries, placed at its largest piece's centroid";
      return { place: created, how: `"${words}" → new place ${created.name} (${told})` };
    }
    const name = properName(words);
    if (!name) return undefined;
    const kind = /\b(?:office|room|lawn|hall|garden)\b/i.test(name)
      ? 'ROOM'
      : /\b(?:house|hotel|palace|building|embassy|center|centre|residence)\b/i.test(name)
        ? 'BUILDING'
        : 'CITY';
    // A city's or a building's point, with no gazetteer at hand, is left for an editor to add.
    const created = await createPlace(name, name, kind, null);
    return { place: created, how: `"${words}" → new place ${name} (its kind, ${kind}, told from the words)` };
  }

  /** A new place named `name`, with the words the article wrote for it among its aliases when they differ. */
  async function createPlace(
    name: string,
    written: string,
    kind: RecordOf<'place'>['kind'],
    coordinates: RecordOf<'place'>['coordinates'],
  ) {
    const slug = await freeSlug('place', name);
    const created: RecordOf<'place'> = {
      id: `place:${slug}`,
      slug,
      name,
      aliases: nameScore(written, name) === 1 ? [] : [written],
      kind,
      withinId: null,
      coordinates,
    };
    newPlaces.push(created);
    places.put(created);
    return created;
  }

  /** Adds words naming a place to its aliases: a new place's own, a recorded one's as a proposed update. */
  function addAlias(known: RecordOf<'place'>, alias: string) {
    if (newPlaces.includes(known)) {
      known.aliases.push(alias);
      return;
    }
    const updated = { ...known, aliases: [...known.aliases, alias] };
    places.put(updated);
    draft.put('place', updated, known, `the article names it "${alias}"`);
  }

  /** A slug of `type` free in the store and the draft: the words', or with -2, -3… */
  async function freeSlug(type: 'person' | 'place' | 'statement' | 'meeting' | 'summit', words: string) {
    const base = slugify(words) || type;
    for (let n = 1; ; n += 1) {
      const slug = n === 1 ? base : `${base}-${n}`;
      const [held] = await store.loadBySlug(type, [slug]);
      if (!held && !draft.has(`${type}:${slug}`) && !newPlaces.some((p) => p.id === `${type}:${slug}`))
        return slug;
    }
  }

  return {
    store,
    draft,
    source,
    places,
    place,
    newPlaces: () => newPlaces,
    freeSlug,
    organizations,
    cite: (excerpt: string) => ({ sourceId: source.id, excerpt }),
    /** The person a mention names, with a role when the article gives a title for someone it introduces. */
    person(mention: NameMention, excerpt: string) {
      const match = people.match(mention);
      if (match.created && mention.title && match.person.roles.length === 0) {
        const organization = organizations(mention.organization);
        match.person.roles.push({
          title: mention.title,
          organizationId: organization?.id ?? null,
          from: null,
          to: null,
          citation: { sourceId: source.id, excerpt },
        });
      }
      return match;
    },
    newPeople: () => people.created(),
    /** The person a mention names if recorded (or created already), without creating one. */
    knownPerson: (mention: NameMention) => people.find(mention),
    /**
     * The date of something reported in sentence `sentence`: the words' own; for "hours later" and the like the
     * span from the last date the article gave before it to the next day; without words, that last date; or
     * else the day of publication (text null: the article gives no other).
     */
    dateAt(words: string | null | undefined, sentence: number): { date: FuzzyDate; because: string } {
      const own = dateOf(words, published);
      if (own) {
        dated.push({ sentence, date: own });
        return { date: own, because: `"${words}" read against ${published}` };
      }
      const before = dated
        .filter((d) => d.sentence <= sentence && d.date.earliest <= published)
        .sort((a, b) => a.sentence - b.sentence)
        .at(-1);
      if (words && /\blater\b/i.test(words) && before) {
        // The next day at most, and never after the article.
        const latest = [addDays(before.date.latest, 1), published].sort()[0] as string;
        const date =
          before.date.earliest === latest ? day(latest, words) : range(before.date.earliest, latest, words);
        return { date, because: `"${words}" after ${before.date.earliest}` };
      }
      // Reported without a date of its own: the article's last date before it is the day it speaks of.
      if (before)
        return {
          date: before.date,
          because: `no date in the words: the article's date before it, "${before.date.text}"`,
        };
      return { date: day(published, null), because: 'no date in the words: the day of publication' };
    },
  };
}
export type Context = Awaited<ReturnType<typeof createContext>>;
