import { join } from 'node:path';
import { type Dataset, datasetKeys } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { jsonlLines } from '@parley/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../src/client.ts';
import { exportRecords, ImportError, importRecords, parseJsonl } from '../src/jsonl/index.ts';
import { openClient } from '../src/open-store.ts';
import { seedIfEmpty } from '../src/seed.ts';
import { createSqlStore } from '../src/store/sql-store.ts';
import { tempDir } from './support/databases.ts';

async function exported(client: Client): Promise<string> {
  let text = '';
  for await (const line of exportRecords(client.db)) text += line;
  return text;
}

const byId = (dataset: Dataset) =>
  Object.fromEntries(
    Object.values(datasetKeys).map((key) => [key, [...dataset[key]].sort((a, b) => (a.id < b.id ? -1 : 1))]),
  );

describe('seeding, import and export', () => {
  const dir = tempDir('import');
  const dataDir = join(dir.path, 'db');
  let client: Client;
  beforeAll(async () => {
    client = await openClient({ dataDir });
  });
  afterAll(async () => {
    await client?.close();
    dir.remove();
  });

  it('seeds an empty database on first start, and a second start adds and changes nothing', async () => {
    const before = await exported(client);
    expect(byId(parseJsonl(before).dataset as unknown as Dataset)).toEqual(byId(seedDataset));
    expect(await seedIfEmpty(client.db)).toBe(0);
    await client.close();
    client = await openClient({ dataDir });
    expect(await exported(client)).toBe(before);
  });

  it('exports records that import reads back identically into a new database', async () => {
    const text = await exported(client);
    const other = tempDir('round-trip');
    const copy = await openClient({ dataDir: join(other.path, 'db'), seed: false });
    try {
      const counts = await importRecords(createSqlStore(copy), text);
      expect(counts.statement).toBe(seedDataset.statements.length);
      expect(await exported(copy)).toBe(text);
    } finally {
      await copy.close();
      other.remove();
    }
  });

  it('refuses a file with a bad line, naming line and field, and writes nothing', async () => {
    const store = createSqlStore(client);
    const before = await store.stats();
    const topic = { id: 'topic:trade', slug: 'trade', name: 'Trade' };
    const statement = {
      ...seedDataset.statements[0],
      id: 'statement:new-one',
      slug: 'new-one',
      citations: [],
    };
    const text = `${JSON.stringify({ type: 'topic', record: topic })}\n\n${JSON.stringify({ type: 'statement', record: statement })}\n`;
    const refusal = importRecords(store, text);
    await expect(refusal).rejects.toBeInstanceOf(ImportError);
    await expect(refusal).rejects.toThrow(
      /line 3: statement "new-one": citations needs at least one citation/,
    );
    expect(await store.stats()).toEqual(before);
  });

  it('refuses references that neither the file nor the database holds, and slugs taken by other records', async () => {
    const store = createSqlStore(client);
    const before = await store.stats();
    const statement = {
      ...seedDataset.statements[0],
      id: 'statement:orphan',
      slug: 'orphan',
      speakerId: 'person:nobody',
    };
    const person = { ...seedDataset.people[0], id: 'person:impostor' };
    const again = { ...statement, id: 'statement:orphan-again', slug: 'orphan-again' };
    const text = [...jsonlLines({ statements: [statement, again] as never, people: [person as never] })].join(
      '',
    );
    const refusal = importRecords(store, text);
    await expect(refusal).rejects.toThrow(
      /line 2: statement "orphan": speakerId refers to person "person:nobody", which is neither in the file nor in the database/,
    );
    await expect(refusal).rejects.toThrow(
      /line 1: person "donald-trump": slug is already used by "person:donald-trump"/,
    );
    // A missing record is named once, where the file first refers to it.
    const { problems } = (await refusal.catch((e: unknown) => e)) as ImportError;
    expect(problems.filter((p) => p.includes('"person:nobody"'))).toHaveLength(1);
    expect(await store.stats()).toEqual(before);
  });

  it('names the line that a repeated id or slug repeats', async () => {
    const topic = (id: string, slug: string) =>
      JSON.stringify({ type: 'topic', record: { id, slug, name: 'X' } });
    const text = [topic('topic:a', 'a'), topic('topic:a', 'b'), '', topic('topic:c', 'a')].join('\n');
    const refusal = importRecords(createSqlStore(client), text);
    await expect(refusal).rejects.toThrow('line 2: topic "b": id "topic:a" is already on line 1');
    await expect(refusal).rejects.toThrow('line 4: topic "a": slug is already on line 1');
  });

  it("keeps a source's full text word for word through export and import, and holds excerpts to it", async () => {
    const store = createSqlStore(client);
    const source = {
      ...seedDataset.sources[0],
      id: 'source:with-text',
      slug: 'with-text',
      text: 'Line one.\n\n  "Quoted," she said.\tEnd.',
    };
    await store.writeDataset({ sources: [source] });
    const text = await exported(client);
    expect(parseJsonl(text).dataset.sources).toContainEqual(source);
    const other = tempDir('round-trip-text');
    const copy = await openClient({ dataDir: join(other.path, 'db'), seed: false });
    try {
      await importRecords(createSqlStore(copy), text);
      expect(await createSqlStore(copy).load('source', [source.id])).toEqual([source]);
    } finally {
      await copy.close();
      other.remove();
    }
    const misquoting = {
      ...seedDataset.statements[0],
      id: 'statement:misquoting',
      slug: 'misquoting',
      quote: 'Quoted,',
      citations: [{ sourceId: source.id, excerpt: 'she said: "Quoted"' }],
    };
    await expect(
      importRecords(store, JSON.stringify({ type: 'statement', record: misquoting })),
    ).rejects.toThrow(
      `line 1: statement "misquoting": citations[0].excerpt does not occur word for word in the text of source "${source.id}"`,
    );
  });

  it('reports unreadable lines and unknown types', () => {
    expect(() =>
      parseJsonl('{"type":"topic","record":{"id":"topic:a","slug":"a","name":"A"}}\n{oops'),
    ).toThrow(/line 2: not valid JSON/);
    expect(() => parseJsonl('{"type":"planet","record":{}}')).toThrow(/line 1: type "planet" is not one of/);
  });
});
