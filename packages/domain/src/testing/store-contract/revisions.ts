import { expect, it } from 'vitest';
import type { AnyRecord, RecordOf } from '../../records/dataset.ts';
import { seedDataset } from '../../seed/index.ts';
import { type Store, StoreInputError } from '../../store/port.ts';
import { type Revision, RevisionConflict } from '../../store/revision.ts';
import { DatasetError } from '../../validate-dataset.ts';
import { by, expectPages } from './pages.ts';

const editor = 'account:contract-editor';
const other = 'account:contract-other';
const seedStatement = seedDataset.statements[0] as RecordOf<'statement'>;
const seedSource = seedDataset.sources[0] as RecordOf<'source'>;
/** A source whose full text is stored: what cites it must quote it word for word. */
const article: RecordOf<'source'> = {
  ...seedSource,
  id: 'source:contract-article',
  slug: 'contract-article',
  text: 'The envoy said the talks had been "frank and useful" and would go on in the spring.',
};
const quoting = (slug: string, quote: string, excerpt: string): RecordOf<'statement'> => ({
  ...seedStatement,
  id: `statement:${slug}`,
  slug,
  quote,
  paraphrase: null,
  relations: [],
  citations: [{ sourceId: article.id, excerpt }],
});
const quoted = quoting('contract-quoted', 'frank and useful', 'the talks had been "frank and useful"');
const put = (record: AnyRecord, expectedRevision: number) => ({ record, expectedRevision });
const statement = (record: RecordOf<'statement'>, expectedRevision: number) =>
  put({ type: 'statement', record }, expectedRevision);
const key = (r: Revision) => `${r.recordId}#${r.revision}`;
/** The audit log's order, written out here: newest first by time, then record id and revision. */
const newestFirst = (revisions: readonly Revision[]) =>
  [...revisions]
    .sort(
      by<Revision>(
        (r) => r.at,
        (r) => r.recordId,
        (r) => r.revision,
      ),
    )
    .reverse()
    .map(key);

/** Runs a commit that must be refused with `kind`; the store must hold what it held before. */
async function refused<E>(
  store: Store,
  puts: Parameters<Store['commit']>[0]['puts'],
  kind: new (...a: never[]) => E,
) {
  const ids = puts.map((p) => (p.record.record as { id: string }).id);
  const before = await store.revisions(ids);
  const stats = await store.stats();
  const error = await store.commit({ actor: editor, reason: null, puts }).then(
    () => expect.unreachable('the commit was accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(kind);
  expect(await store.revisions(ids)).toEqual(before);
  expect(await store.stats()).toEqual(stats);
  return error as E;
}

/** The revisions half of the Store contract, on a store opened with the seed dataset (the tests run in order). */
export function describeRevisions(store: () => Store) {
  const committed: Revision[] = [];
  const commit = async (
    actor: string,
    reason: string | null,
    puts: Parameters<Store['commit']>[0]['puts'],
  ) => {
    const revisions = await store().commit({ actor, reason, puts });
    committed.push(...revisions);
    return revisions;
  };

  it('holds each record written at revision 1 by "import", and 0 for any other id', async () => {
    expect(await store().revisions([seedStatement.id, 'statement:nobody', 'no-type'])).toEqual([1, 0, 0]);
    const history = await store().history(seedStatement.id, {});
    expect(history.edges.map((e) => e.node)).toEqual([
      {
        recordId: seedStatement.id,
        type: 'statement',
        revision: 1,
        actor: 'import',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        reason: null,
        before: null,
        after: seedStatement,
      },
    ]);
    expect((await store().history('statement:nobody', {})).edges).toEqual([]);
  });

  it('commits records new and changed with one revision each, answers from them at once, tells listeners', async () => {
    let heard = 0;
    const stop = await store().onChange(() => {
      heard++;
    });
    const changed = { ...seedStatement, paraphrase: 'The xylophonist summit is on.' };
    const [source, edited] = await commit(editor, 'a correction', [
      put({ type: 'source', record: article }, 0),
      statement(changed, 1),
    ]);
    expect(source).toMatchObject({
      recordId: article.id,
      type: 'source',
      revision: 1,
      before: null,
      after: article,
    });
    expect(edited).toMatchObject({
      recordId: seedStatement.id,
      revision: 2,
      actor: editor,
      reason: 'a correction',
      before: seedStatement,
      after: changed,
    });
    expect(source?.at).toBe(edited?.at);
    expect(await store().revisions([article.id, seedStatement.id])).toEqual([1, 2]);
    expect(await store().load('statement', [seedStatement.id])).toEqual([changed]);
    expect((await store().history(seedStatement.id, {})).edges.map((e) => e.node)).toEqual([
      edited,
      expect.anything(),
    ]);
    const hits = await store().search({ query: 'xylophonist' });
    expect(hits.edges.map((e) => e.node.id)).toEqual([seedStatement.id]);
    await expect.poll(() => heard).toBe(1);
    await stop();
  });

  it('refuses a stale or taken revision with a RevisionConflict, writing nothing of the commit', async () => {
    const conflict = await refused(
      store(),
      [statement(quoted, 0), statement({ ...seedStatement, paraphrase: 'Lost.' }, 1)],
      RevisionConflict,
    );
    expect(conflict).toMatchObject({ recordId: seedStatement.id, expected: 1, actual: 2 });
    expect(await store().load('statement', [quoted.id])).toEqual([null]);
    const topic = seedDataset.topics[0] as RecordOf<'topic'>;
    const taken = await refused(store(), [put({ type: 'topic', record: topic }, 0)], RevisionConflict);
    expect(taken).toMatchObject({ recordId: topic.id, expected: 0, actual: 1 });
    await refused(store(), [statement(quoted, 3)], RevisionConflict);
  });

  it('refuses records the validators refuse, an excerpt or quote missing from the source text among them', async () => {
    const unquoted = quoting(
      'contract-unquoted',
      'frank and useless',
      'the talks had been "frank and useless"',
    );
    const error = await refused(store(), [statement(unquoted, 0)], DatasetError);
    expect(error.problems).toEqual([
      `statement "contract-unquoted": citations[0].excerpt does not occur word for word in the text of source "${article.id}"`,
      'statement "contract-unquoted": quote does not occur word for word in the text of any source the statement cites',
    ]);
    expect(error.details.map((p) => [p.path, p.cause?.kind])).toEqual([
      ['citations[0].excerpt', 'not-in-source'],
      ['quote', 'not-in-source'],
    ]);
    // writeDataset keeps the same rule.
    await expect(store().writeDataset({ statements: [unquoted] })).rejects.toThrow(
      /citations\[0\]\.excerpt does not occur/,
    );
    await refused(store(), [statement({ ...quoted, citations: [] }, 0)], DatasetError);
    await expect(
      store().commit({ actor: '', reason: null, puts: [statement(quoted, 0)] }),
    ).rejects.toBeInstanceOf(StoreInputError);
    await expect(
      store().commit({ actor: editor, reason: null, puts: [statement(quoted, -1)] }),
    ).rejects.toBeInstanceOf(StoreInputError);
    const [written] = await commit(editor, null, [statement(quoted, 0)]);
    expect(written?.after).toEqual(quoted);
  });

  it('lets exactly one of two commits on the same revision win', async () => {
    const racing = ['Spoken first.', 'Spoken second.'].map((paraphrase) =>
      store().commit({ actor: other, reason: null, puts: [statement({ ...quoted, paraphrase }, 1)] }),
    );
    const [a, b] = await Promise.allSettled(racing);
    const won = [a, b].filter((r) => r?.status === 'fulfilled');
    const lost = [a, b].filter((r) => r?.status === 'rejected');
    expect(won).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(RevisionConflict);
    committed.push(...(won[0] as PromiseFulfilledResult<Revision[]>).value);
    expect(await store().revisions([quoted.id])).toEqual([2]);
  });

  it('keeps search texts of records naming a changed topic or person', async () => {
    const topic = seedDataset.topics.find((t) => seedStatement.topicIds.includes(t.id)) as RecordOf<'topic'>;
    const speaker = seedDataset.people.find((p) => p.id === seedStatement.speakerId) as RecordOf<'person'>;
    await commit(editor, null, [
      put({ type: 'topic', record: { ...topic, name: 'Quokka accords' } }, 1),
      put({ type: 'person', record: { ...speaker, name: 'Zebulon Sanders' } }, 1),
    ]);
    const byTopic = await store().search({ query: 'quokka', types: ['statement'], first: 100 });
    expect(byTopic.edges.map((e) => e.node.id)).toContain(seedStatement.id);
    const bySpeaker = await store().search({ query: 'zebulon', types: ['statement'], first: 100 });
    expect(bySpeaker.edges.map((e) => e.node.id)).toContain(seedStatement.id);
  });

  it('pages a history and the audit log newest first, filtered by actor, type and time', async () => {
    for (const [i, actor] of [editor, other, editor, other].entries()) {
      const current = (await store().revisions([quoted.id]))[0] as number;
      await commit(actor, `edit ${i}`, [statement({ ...quoted, paraphrase: `Edit ${i}.` }, current)]);
    }
    const history = (page: object) => store().history(quoted.id, page);
    const versions = (await store().revisions([quoted.id]))[0] as number;
    expect(versions).toBe(6);
    const expected = Array.from({ length: versions }, (_, i) => `${quoted.id}#${versions - i}`);
    await expectPages(history, expected, key, 2);
    const ours = committed.filter((r) => r.actor === editor || r.actor === other);
    await expectPages(
      (page) => store().changes({ actors: [editor, other], ...page }),
      newestFirst(ours),
      key,
      3,
    );
    const byOther = ours.filter((r) => r.actor === other);
    await expectPages((page) => store().changes({ actors: [other], ...page }), newestFirst(byOther), key, 2);
    const sources = ours.filter((r) => r.type === 'source');
    await expectPages(
      (page) => store().changes({ actors: [editor, other], types: ['source'], ...page }),
      newestFirst(sources),
      key,
      2,
    );
    const middle = ours[Math.floor(ours.length / 2)] as Revision;
    const since = ours.filter((r) => r.at >= middle.at);
    await expectPages(
      (page) => store().changes({ actors: [editor, other], from: middle.at, ...page }),
      newestFirst(since),
      key,
      2,
    );
    const until = ours.filter((r) => r.at <= middle.at);
    await expectPages(
      (page) => store().changes({ actors: [editor, other], to: middle.at, ...page }),
      newestFirst(until),
      key,
      2,
    );
    const today = middle.at.slice(0, 10);
    const day = await store().changes({ actors: [editor], from: today, to: today, first: 100 });
    expect(await day.totalCount()).toBe(ours.filter((r) => r.actor === editor).length);
    expect((await store().changes({ to: '2000-01-01' })).edges).toEqual([]);
    await expect(store().changes({ from: 'yesterday' })).rejects.toBeInstanceOf(StoreInputError);
    await expect(store().history(quoted.id, { after: 'nonsense' })).rejects.toBeInstanceOf(StoreInputError);
  });

  it('writes revisions for writeDataset too, by the actor its options name ("import" otherwise)', async () => {
    const topic = { id: 'topic:contract-revisions', slug: 'contract-revisions', name: 'Revisions' };
    await store().writeDataset({ topics: [topic] }, { actor: other });
    await store().writeDataset({ topics: [{ ...topic, name: 'Revisions, renamed' }] });
    const history = await store().history(topic.id, {});
    expect(
      history.edges.map((e) => [
        e.node.revision,
        e.node.actor,
        (e.node.before as { name: string } | null)?.name ?? null,
      ]),
    ).toEqual([
      [2, 'import', 'Revisions'],
      [1, other, null],
    ]);
  });
}
