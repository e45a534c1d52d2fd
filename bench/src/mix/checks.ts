import { Agent } from 'node:http';
import { postJson } from '../attack/http.ts';
import type { EditStream, Revisions } from './edits.ts';

type Graphql<T> = { data?: T; errors?: { message: string }[] };

/** POSTs one operation with fetch (these checks need the response's headers); throws on GraphQL errors. */
async function ask<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data: T; etag: string | null }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as Graphql<T>;
  if (response.status !== 200 || json.errors?.length || !json.data)
    throw new Error(`${response.status}: ${json.errors?.[0]?.message ?? 'no data'}`);
  return { data: json.data, etag: response.headers.get('etag') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether the server's response cache is on: it keeps an anonymous answer and marks it with an ETag (it starts
 * once the store listens for changes, so a few seconds are given).
 */
export async function responseCacheOn(endpoint: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if ((await ask(endpoint, '{ stats { statements } }')).etag) return true;
    await sleep(100);
  }
  return false;
}

/** The role the server gives the bench's token: EDITOR when accounts and the token work. */
export async function roleOf(endpoint: string, token: string): Promise<string | null> {
  const { data } = await ask<{ viewer: { role: string } | null }>(
    endpoint,
    '{ viewer { role } }',
    {},
    { authorization: `Bearer ${token}` },
  );
  return data.viewer?.role ?? null;
}

const statementQuery = `query MixEdited($id: ID!) { node(id: $id) { ... on Statement { revision paraphrase } } }`;
type Read = { node: { revision: number; paraphrase: string | null } | null };

/**
 * After a mixed run, for `sample` of the statements it edited: an anonymous reader sees the revision and text
 * the bench last wrote, the answer is then in the response cache (an ETag, when `cached`), and one more edit
 * replaces it: the next anonymous read has the new revision. Returns what went wrong, empty when nothing did.
 */
export async function editsSeen(
  endpoint: string,
  revisions: Revisions,
  edits: EditStream,
  sample: number,
  cached: boolean,
): Promise<{ checked: number; problems: string[] }> {
  const edited = [...revisions].filter(([, known]) => known.revision > 1).slice(-sample);
  const problems: string[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const [id, known] of edited) {
      const read = () => ask<Read>(endpoint, statementQuery, { id });
      await read();
      const again = await read();
      if (cached && !again.etag) problems.push(`${id}: an anonymous read was not kept in the response cache`);
      if (again.data.node?.revision !== known.revision || again.data.node.paraphrase !== known.paraphrase)
        problems.push(
          `${id}: read revision ${again.data.node?.revision}, the bench wrote revision ${known.revision}`,
        );
      const step = edits.of(id);
      const answer = await postJson(endpoint, agent, step.body, 30_000, true, step.headers);
      const refused = answer.status === 200 ? step.check(answer) : `edit answered ${answer.status}`;
      if (refused) problems.push(`${id}: ${refused}`);
      const after = (await read()).data.node;
      const wrote = revisions.get(id);
      if (after?.revision !== wrote?.revision || after?.paraphrase !== wrote?.paraphrase)
        problems.push(
          `${id}: after an edit to revision ${wrote?.revision} an anonymous read answered revision ${after?.revision}`,
        );
    }
  } finally {
    agent.destroy();
  }
  return { checked: edited.length, problems };
}
