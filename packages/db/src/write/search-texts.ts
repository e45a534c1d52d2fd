import {
  type RecordType,
  type SearchableType,
  type SearchTextPart,
  type SearchWeight,
  searchTexts,
} from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { tableOf } from '../store/table-of.ts';

// Each part of the domain's search texts as SQL over the row `r`, null when empty so that joining skips it.
const parts: { [T in SearchableType]: { [P in SearchTextPart<T>]: SQL } } = {
  person: {
    name: sql`r.name`,
    aliases: sql`nullif(array_to_string(r.aliases, ' '), '')`,
    roleTitles: sql`(select string_agg(x.title, ' ' order by x.position) from roles x where x.person_id = r.id)`,
  },
  summit: {
    title: sql`r.title`,
    topicNames: sql`(select string_agg(t.name, ' ' order by x.position) from summit_topics x join topics t on t.id = x.topic_id where x.summit_id = r.id)`,
    developmentDescriptions: sql`(select string_agg(x.description, ' ' order by x.position) from summit_developments x where x.summit_id = r.id)`,
  },
  meeting: {
    title: sql`r.title`,
    description: sql`r.description`,
    topicNames: sql`(select string_agg(t.name, ' ' order by x.position) from meeting_topics x join topics t on t.id = x.topic_id where x.meeting_id = r.id)`,
    participantNames: sql`(select string_agg(p.name, ' ' order by x.position) from meeting_participants x join people p on p.id = x.person_id where x.meeting_id = r.id)`,
  },
  statement: {
    quote: sql`r.quote`,
    paraphrase: sql`r.paraphrase`,
    topicNames: sql`(select string_agg(t.name, ' ' order by x.position) from statement_topics x join topics t on t.id = x.topic_id where x.statement_id = r.id)`,
    speakerName: sql`(select p.name from people p where p.id = r.speaker_id)`,
  },
};

/** Rows of the records whose ids are `ids`. */
const own = (ids: SQL) => sql`r.id = any(${ids})`;
const onTopics = (list: string, owner: string) => (ids: SQL) =>
  sql`exists (select 1 from ${sql.identifier(list)} x where x.${sql.identifier(owner)} = r.id and x.topic_id = any(${ids}))`;

/**
 * The records each type's search text reads (the parts above): for each type of record written, which rows
 * (`r`) read one of the records written (`ids`), so a write refreshes those rows and no others.
 */
const rowsReading: { [T in SearchableType]: { [R in RecordType]?: (ids: SQL) => SQL } } = {
  person: { person: own },
  summit: { summit: own, topic: onTopics('summit_topics', 'summit_id') },
  meeting: {
    meeting: own,
    topic: onTopics('meeting_topics', 'meeting_id'),
    person: (ids) =>
      sql`exists (select 1 from meeting_participants x where x.meeting_id = r.id and x.person_id = any(${ids}))`,
  },
  statement: {
    statement: own,
    topic: onTopics('statement_topics', 'statement_id'),
    person: (ids) => sql`r.speaker_id = any(${ids})`,
  },
};

/** One class of a type's search text: its parts joined by spaces, '' when it has none. */
function text<T extends SearchableType>(type: T, weight: SearchWeight): SQL {
  const named = searchTexts[type][weight] as readonly SearchTextPart<T>[];
  const own = parts[type] as Record<SearchTextPart<T>, SQL>;
  return named.length > 0
    ? sql`concat_ws(' ', ${sql.join(
        named.map((part) => own[part]),
        sql`, `,
      )})`
    : sql`''`;
}

/**
 * Recomputes the search texts of the rows that read the records written (`written`: their ids by type), and
 * only those: the records themselves, and those naming a written topic or person. Rows whose texts did not
 * change are left as they are. Resolves with the rows whose texts changed.
 */
export async function refreshSearchTexts(
  db: Db,
  written: { readonly [R in RecordType]?: readonly string[] },
): Promise<{ type: SearchableType; id: string }[]> {
  const refreshed: { type: SearchableType; id: string }[] = [];
  for (const type of Object.keys(parts) as SearchableType[]) {
    const reading = Object.entries(rowsReading[type]).flatMap(([read, rows]) => {
      const ids = written[read as RecordType];
      return ids?.length ? [rows(sql`${sql.param(ids)}::text[]`)] : [];
    });
    if (reading.length === 0) continue;
    const table = tableOf[type];
    const updated = await db.execute(sql`
      update ${table} as target set search_a = n.a, search_b = n.b, search_c = n.c
      from (select r.id, ${text(type, 'A')} as a, ${text(type, 'B')} as b, ${text(type, 'C')} as c
        from ${table} r where ${sql.join(reading, sql` or `)}) n
      where n.id = target.id and (target.search_a, target.search_b, target.search_c) is distinct from (n.a, n.b, n.c)
      returning target.id`);
    for (const { id } of (updated as unknown as { rows: { id: string }[] }).rows)
      refreshed.push({ type, id });
  }
  return refreshed;
}
