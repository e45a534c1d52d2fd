import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countsOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { generateDataset, jsonlLines } from '@parley/domain/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { openClient } from '../src/open-store.ts';
import { createSqlStore } from '../src/store/sql-store.ts';
import { startCli } from './support/cli.ts';
import { tempDir } from './support/databases.ts';
import { revisionMismatches } from './support/revision-consistency.ts';

const SIZE = 3000;

describe('a kill -9 during an import', () => {
  const dir = tempDir('crash');
  const dataDir = join(dir.path, 'db');
  afterAll(() => dir.remove());

  it('leaves a consistent database with the import wholly absent or wholly present', async () => {
    const seeded = await openClient({ dataDir });
    await seeded.close();
    // As many people and meetings as statements: the first progress line comes with most rows still to write.
    const added = generateDataset(SIZE, { counts: { people: SIZE, meetings: SIZE } });
    const file = join(dir.path, 'big.jsonl');
    writeFileSync(file, [...jsonlLines(added)].join(''));

    const child = startCli(['import', file, '--data-dir', dataDir]);
    // Killed once rows are being written: inside the import's transaction.
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on('data', (d: Buffer) => {
        if (/written \d+ of/.test(String(d))) resolve();
      });
      child.on('close', (code) => reject(new Error(`the import ended (${code}) before it could be killed`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));

    // Its lock file names a dead process: reopening takes it over.
    const client = await openClient({ dataDir, seed: false });
    try {
      const stats = await createSqlStore(client).stats();
      const seeded = countsOf(seedDataset);
      const none = Object.fromEntries(Object.keys(seeded).map((type) => [type, 0]));
      const imported = Object.fromEntries(
        Object.entries(stats).map(([type, n]) => [type, n - seeded[type as keyof typeof seeded]]),
      );
      expect([none, countsOf(added)]).toContainEqual(imported);
      // Every statement kept its lists: none lost its citations or its topics half-way.
      const rows = (await client.db.execute(
        `select count(*)::int as broken from statements s
         where not exists (select 1 from statement_citations c where c.statement_id = s.id)
            or not exists (select 1 from statement_topics t where t.statement_id = s.id)`,
      )) as unknown as { rows: { broken: number }[] };
      expect(rows.rows[0]?.broken).toBe(0);
      // Every record row and its revisions are both there or both absent, in every table.
      expect(await revisionMismatches(client.db)).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
