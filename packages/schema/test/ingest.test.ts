import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { editor, freshStore, runAs } from './edits.ts';

const article = readFileSync(
  new URL('../../../../shared/articles/2018-05-25-singapore-called-off.txt', import.meta.url),
  'utf8',
);

const propose = `mutation ($input: ProposeFromArticleInput!) {
  proposeFromArticle(input: $input) {
    proposal { sourceId records { action type record before expectedRevision because } }
    userErrors { field message code }
  }
}`;
const apply = `mutation ($input: ApplyProposalInput!) {
  applyProposal(input: $input) { records { id } userErrors { field message code } }
}`;
const input = { text: article, publishedAt: '2018-05-25', outlet: 'Westbrook Courier' };

type Proposed = {
  action: string;
  type: string;
  record: { id: string; quote?: string };
  expectedRevision: number;
};
const accepted = (records: Proposed[]) =>
  records.map(({ type, record, expectedRevision }) => ({ type, record, expectedRevision }));

describe('proposeFromArticle and applyProposal', () => {
  test('are refused to an anonymous caller', async () => {
    const { errors } = await runAs(null, freshStore(), propose, { input });
    expect(errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  test('an editor proposes without writing, then applies: the records and the source are written, each a revision', async () => {
    const store = freshStore();
    const before = await store.stats();
    const { data, errors } = await runAs(editor, store, propose, { input });
    expect(errors).toBeUndefined();
    const { proposal, userErrors } = data?.proposeFromArticle ?? {};
    expect(userErrors).toEqual([]);
    expect(await store.stats()).toEqual(before);
    const records = proposal.records as Proposed[];
    expect(records[0]).toMatchObject({ action: 'CREATE', type: 'SOURCE', expectedRevision: 0 });
    expect(records.find((r) => r.record.id === 'summit:singapore-2018')).toMatchObject({
      action: 'UPDATE',
      expectedRevision: 1,
    });

    const applied = await runAs(editor, store, apply, {
      input: { records: accepted(records), reason: 'Westbrook Courier, 25 May 2018' },
    });
    expect(applied.errors).toBeUndefined();
    expect(applied.data?.applyProposal.userErrors).toEqual([]);
    expect(applied.data?.applyProposal.records).toHaveLength(records.length);
    const [source] = await store.load('source', [proposal.sourceId]);
    expect(source?.text).toContain('Sadly, based on the tremendous anger');
    const [summit] = await store.load('summit', ['summit:singapore-2018']);
    expect(
      summit?.developments.some((d) => d.status === 'CANCELLED' && d.date?.earliest === '2018-05-24'),
    ).toBe(true);
    const [latest] = (await store.changes({ first: 1 })).edges;
    expect(latest?.node).toMatchObject({ actor: editor.id, reason: 'Westbrook Courier, 25 May 2018' });

    // Proposed again, the same records are applied already: a stale revision is a CONFLICT, nothing written.
    const again = await runAs(editor, store, apply, { input: { records: accepted(records) } });
    expect(again.data?.applyProposal.userErrors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
  });

  test('a corrected quote the article does not hold is a NOT_IN_SOURCE userError naming the record', async () => {
    const store = freshStore();
    const { data } = await runAs(editor, store, propose, { input });
    const records = ((data?.proposeFromArticle.proposal.records ?? []) as Proposed[]).map((r) =>
      r.type === 'STATEMENT' && r.record.quote
        ? { ...r, record: { ...r.record, quote: 'Words nobody wrote.' } }
        : r,
    );
    const applied = await runAs(editor, store, apply, { input: { records: accepted(records) } });
    const [error] = applied.data?.applyProposal.userErrors ?? [];
    expect(error).toMatchObject({ field: ['records'], code: 'NOT_IN_SOURCE' });
    expect(error.message).toContain('statement "');
    expect((await store.changes({ first: 1 })).edges[0]?.node.actor).toBe('import');
  });

  test('an article without a publication date is an INVALID userError on publishedAt', async () => {
    const { data } = await runAs(editor, freshStore(), propose, {
      input: { text: 'Plain words. Nothing else.', outlet: 'Nowhere' },
    });
    expect(data?.proposeFromArticle.userErrors).toEqual([
      { field: ['publishedAt'], code: 'INVALID', message: expect.stringContaining('publication date') },
    ]);
  });
});
