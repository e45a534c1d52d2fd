import { addDays, day, type FuzzyDate, type RecordOf, range, type Store, slugify } from '@parley/domain';
import type { NameMention } from '../article/types.ts';
import { findCountry } from './countries.ts';
import { dateOf } from './dates.ts';
import { candidatesOf, createDirectory, properName } from './directory.ts';
import type { Draft } from './draft.ts';
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
  /** The place words name: recorded, or new (named as the article names it, its kind told from its words). */
  async function place(
    words: string | null | undefined,
  ): Promise<{ place: RecordOf<'place'>; how: string } | undefined> {
    const recorded = places(words) ?? newPlaces.find((p) => candidatesOf(words ?? '').includes(p.name));
    if (recorded) return { place: recorded, how: `"${words}" → ${recorded.name}` };
    const name = properName(words);
    if (!name) return undefined;
    const venue = /\b(?:office|room|lawn|hall|garden)\b/i.test(name)
      ? 'ROOM'
      : /\b(?:house|hotel|palace|building|embassy|center|centre|residence)\b/i.test(name)
        ? 'BUILDING'
        : undefined;
    const country = venue ? undefined : await findCountry([name]);
    const kind = venue ?? (country ? 'COUNTRY' : 'CITY');
    const slug = await freeSlug('place', name);
    // A country's point comes with the packaged boundaries; a city's or a building's, with no gazetteer at
    // hand, is left for an editor to add.
    const created: RecordOf<'place'> = {
      id: `place:${slug}`,
      slug,
      name,
      aliases: [],
      kind,
      withinId: null,
      coordinates: country?.coordinates ?? null,
    };
    newPlaces.push(created);
    const told = country
      ? `a country of the packaged boundaries (${country.name}), placed at its largest piece's centroid`
      : `its kind, ${kind}, told from the words`;
    return { place: created, how: `"${words}" → new place ${name} (${told})` };
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
