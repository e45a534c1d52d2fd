import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

// The texts each searchable type is found by, weighted A (1.0), B (0.4) and C (0.2) as the memory store weighs
// them. They draw on other records (topic and people names), so they are recomputed after every write.
const texts = {
  people: {
    a: sql`array_to_string(array_prepend(r.name, r.aliases), ' ')`,
    b: sql`coalesce((select string_agg(x.title, ' ' order by x.position) from roles x where x.person_id = r.id), '')`,
    c: sql`''`,
  },
  summits: {
    a: sql`r.title`,
    b: sql`coalesce((select string_agg(t.name, ' ' order by x.position) from summit_topics x join topics t on t.id = x.topic_id where x.summit_id = r.id), '')`,
    c: sql`coalesce((select string_agg(x.description, ' ' order by x.position) from summit_developments x where x.summit_id = r.id), '')`,
  },
  meetings: {
    a: sql`r.title`,
    b: sql`concat_ws(' ', r.description, (select string_agg(t.name, ' ' order by x.position) from meeting_topics x join topics t on t.id = x.topic_id where x.meeting_id = r.id))`,
    c: sql`coalesce((select string_agg(p.name, ' ' order by x.position) from meeting_participants x join people p on p.id = x.person_id where x.meeting_id = r.id), '')`,
  },
  statements: {
    a: sql`coalesce(r.quote, '')`,
    b: sql`concat_ws(' ', r.paraphrase, (select string_agg(t.name, ' ' order by x.position) from statement_topics x join topics t on t.id = x.topic_id where x.statement_id = r.id))`,
    c: sql`coalesce((select p.name from people p where p.id = r.speaker_id), '')`,
  },
};

/** Recomputes the search texts of every searchable row, touching only rows whose texts changed. */
export async function refreshSearchTexts(db: Db): Promise<void> {
  for (const [table, t] of Object.entries(texts)) {
    await db.execute(sql`
      update ${sql.identifier(table)} as target set search_a = n.a, search_b = n.b, search_c = n.c
      from (select r.id, ${t.a} as a, ${t.b} as b, ${t.c} as c from ${sql.identifier(table)} r) n
      where n.id = target.id and (target.search_a, target.search_b, target.search_c) is distinct from (n.a, n.b, n.c)`);
  }
}
