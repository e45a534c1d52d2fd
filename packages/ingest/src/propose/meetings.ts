import { overlaps, type RecordOf, within } from '@parley/domain';
import type { MeetingMention } from '../events/types.ts';
import type { Context } from './context.ts';
import { minutesOf, narrower } from './dates.ts';
import { findSummit } from './summits.ts';

type Meeting = RecordOf<'meeting'>;

const samePeople = (a: Meeting, ids: readonly string[]) =>
  a.participants.length === ids.length && a.participants.every((p) => ids.includes(p.personId));

/**
 * A meeting record for each meeting the article reports. One recorded already (the same people, a date that
 * overlaps) is refined instead: a day where it had a month, a place, a duration, the article as a citation.
 */
export async function proposeMeetings(context: Context, mentions: readonly MeetingMention[]) {
  const { draft, store } = context;
  for (const mention of mentions) {
    const matches = mention.participants.map((p) => ({
      mention: p,
      match: context.person(p, mention.excerpt),
    }));
    const ids = [...new Set(matches.map((m) => m.match.person.id))];
    if (ids.length < 2) continue;
    const { date, because } = context.dateAt(mention.dateWords, mention.sentence);
    const place = (await context.place(mention.placeWords))?.place;
    const minutes = minutesOf(mention.durationWords);
    const summit = await findSummit(context, { words: mention.summitWords });
    // Every sentence that told of it: each gives part of what the record says.
    const citations = mention.excerpts.map(context.cite);
    const who = matches.map((m) => `${m.mention.text} → ${m.match.person.name} (${m.match.how})`).join(', ');

    const recorded = (
      await store.listMeetings({ first: 100, filter: { participantIds: [ids[0] as string] } })
    ).edges.map((e) => draft.get('meeting', e.node.id) ?? e.node);
    const drafted = draft.records().flatMap((r) => (r.type === 'meeting' ? [r.record as Meeting] : []));
    const same = [...drafted, ...recorded].find((m) => samePeople(m, ids) && overlaps(m.date, date));
    if (same) {
      const refined: Meeting = {
        ...same,
        // A day within the month it had is news; a vaguer date is not.
        date: within(date, same.date) && narrower(date, same.date) ? date : same.date,
        locationId: same.locationId ?? place?.id ?? null,
        durationMinutes: same.durationMinutes ?? minutes ?? null,
        summitId: same.summitId ?? summit?.id ?? null,
        citations: [
          ...same.citations,
          ...citations.filter(
            (c) => !same.citations.some((d) => d.sourceId === c.sourceId && d.excerpt === c.excerpt),
          ),
        ],
      };
      const before = recorded.find((m) => m.id === same.id && !draft.get('meeting', m.id)) ?? null;
      draft.put('meeting', refined, before, `refined by "${mention.excerpt}" (${who})`);
      continue;
    }
    const names = matches.map((m) => m.match.person.name);
    const title = `${names[0]} meets ${names.slice(1).join(' and ')}`;
    const slug = await context.freeSlug(
      'meeting',
      `${matches.map((m) => shortName(m.match.person.name)).join(' ')} ${date.earliest}`,
    );
    const record: Meeting = {
      id: `meeting:${slug}`,
      slug,
      title,
      description: null,
      date,
      durationMinutes: minutes ?? null,
      locationId: place?.id ?? null,
      participants: ids.map((personId) => ({ personId, role: 'ATTENDEE' })),
      topicIds: [],
      summitId: summit?.id ?? null,
      citations,
    };
    draft.put('meeting', record, null, `${who}; date: ${because}; from "${mention.excerpt}"`);
  }
}

/** A person as a meeting's slug names them: a surname ("pompeo"), or a name of three words whole ("kim yong-chol"). */
const shortName = (name: string) => {
  const words = name.split(/[\s-]+/);
  return words.length >= 3 ? name : (words.at(-1) as string);
};
