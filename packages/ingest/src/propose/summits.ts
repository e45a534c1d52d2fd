import { type FuzzyDate, overlaps, type RecordOf, withDevelopment, within } from '@parley/domain';
import type { DevelopmentMention } from '../events/types.ts';
import { ORDINALS } from '../events/words.ts';
import { findNames } from '../names/find-names.ts';
import type { Context } from './context.ts';
import { dateOf, narrower } from './dates.ts';

type Summit = RecordOf<'summit'>;

/** The ordinal the words give a summit ("the second summit" → 2); 0 when none. */
const ordinalIn = (lower: string) => ORDINALS.findIndex((o) => new RegExp(`\\b${o}\\b`).test(lower)) + 1;

/** What an article says of a summit: the words naming it, and the venue and date it gives, when it does. */
export interface SummitClues {
  words: string | null;
  placeWords?: string | null;
  date?: FuzzyDate | undefined;
}

/**
 * The summit the article means, among those recorded or drafted: by its ordinal ("the second summit"); else
 * narrowed by every clue there is (a place it is or may be held at, "the Singapore summit" or "in Singapore";
 * the people the words name, "his summit with Kim Jong Un"; its title's words; a date overlapping its own)
 * until one is left. Undefined when none or several are.
 */
export async function findSummit(context: Context, clues: SummitClues): Promise<Summit | undefined> {
  const { words } = clues;
  if (!words) return undefined;
  const summits = await allSummits(context);
  const lower = words.toLowerCase();
  const ordinal = ordinalIn(lower);
  if (ordinal > 0) return summits.find((s) => s.ordinal === ordinal);
  const place = context.places(words) ?? context.places(clues.placeWords);
  const people = findNames(words).map((n) => context.knownPerson(n)?.id);
  const narrowings: ((s: Summit) => boolean)[] = [
    ...(place
      ? [(s: Summit) => s.locationId === place.id || s.candidateLocations.some((c) => c.placeId === place.id)]
      : []),
    ...(people.length > 0
      ? [(s: Summit) => people.every((id) => s.participants.some((p) => p.personId === id))]
      : []),
    (s: Summit) => lower.includes(s.title.toLowerCase()),
    ...(clues.date ? [(s: Summit) => s.date !== null && overlaps(s.date, clues.date as FuzzyDate)] : []),
  ];
  let left = summits;
  for (const narrowing of narrowings) {
    const narrower = left.filter(narrowing);
    if (narrower.length === 1) return narrower[0];
    if (narrower.length > 1) left = narrower;
  }
  return undefined;
}

async function allSummits(context: Context): Promise<Summit[]> {
  const recorded: Summit[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await context.store.listSummits({ first: 100, after });
    recorded.push(...page.edges.map((e) => context.draft.get('summit', e.node.id) ?? e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const drafted = context.draft
    .records()
    .flatMap((r) => (r.type === 'summit' && r.action === 'create' ? [r.record as Summit] : []));
  return [...recorded, ...drafted];
}

/**
 * Each development the article reports, added to the summit it names (its status, date and venue following
 * the latest), with the candidate venues reported; a development recorded already (same status, overlapping
 * date) is not added twice. A summit the article announces and nobody recorded is created.
 */
export async function proposeDevelopments(context: Context, mentions: readonly DevelopmentMention[]) {
  const { draft, store } = context;
  for (const mention of mentions) {
    const { date, because } = context.dateAt(mention.dateWords, mention.sentence);
    // When the summit is to be: not the date of something reported, so it dates nothing after it.
    const summitDate = dateOf(mention.summitDateWords, context.source.publishedAt);
    const place = (await context.place(mention.placeWords))?.place;
    const found = await findSummit(context, {
      words: mention.summitWords,
      placeWords: mention.placeWords,
      date: summitDate,
    });
    const recorded = found && (await store.load('summit', [found.id]))[0];
    const current: Summit = found ?? (await newSummit(context, mention));
    const citation = context.cite(mention.excerpt);
    const same = current.developments.find(
      (d) => d.status === mention.status && d.date !== null && overlaps(d.date, date),
    );
    // Reported already: refined when this article pins its date down (with its venue and summit date if new).
    if (same && !(same.date && within(date, same.date) && narrower(date, same.date))) continue;
    const summit = same
      ? {
          ...current,
          developments: current.developments.map((d) =>
            d === same
              ? {
                  ...d,
                  date,
                  citation,
                  summitDate: d.summitDate ?? summitDate ?? null,
                  locationId: d.locationId ?? place?.id ?? null,
                }
              : d,
          ),
        }
      : withDevelopment(current, {
          status: mention.status,
          date,
          description: mention.excerpt,
          citation,
          ...(summitDate && { summitDate }),
          ...(place && { locationId: place.id }),
        }).summit;
    const candidates = candidatesOf(context, mention, summit);
    draft.put(
      'summit',
      { ...summit, candidateLocations: [...summit.candidateLocations, ...candidates] },
      recorded ?? null,
      `${mention.status} ("${mention.summitWords}" → ${current.title}); date: ${because}; from "${mention.excerpt}"`,
    );
  }
}

function candidatesOf(context: Context, mention: DevelopmentMention, summit: Summit) {
  const reported = mention.candidatePlaces;
  if (!reported) return [];
  const by = reported.reportedBy ? context.person(reported.reportedBy, reported.excerpt).person : null;
  return reported.placeWords.flatMap((words) => {
    const place = context.places(words);
    if (!place || summit.candidateLocations.some((c) => c.placeId === place.id)) return [];
    return [
      {
        placeId: place.id,
        reportedById: by?.id ?? null,
        reportedByOrganizationId: null,
        citation: context.cite(reported.excerpt),
      },
    ];
  });
}

async function newSummit(context: Context, mention: DevelopmentMention): Promise<Summit> {
  const title = mention.summitWords.replace(/^(?:a|an|the|his|her|their|its)\s+/i, '');
  const slug = await context.freeSlug('summit', `${title} ${context.source.publishedAt.slice(0, 4)}`);
  const lower = mention.summitWords.toLowerCase();
  const ordinal = ordinalIn(lower);
  return {
    id: `summit:${slug}`,
    slug,
    title: title[0]?.toUpperCase() + title.slice(1),
    ordinal: ordinal > 0 ? ordinal : null,
    status: mention.status,
    date: null,
    locationId: null,
    candidateLocations: [],
    participants: [],
    developments: [],
    topicIds: [],
    citations: [context.cite(mention.excerpt)],
  };
}
