import { join } from 'node:path';
import { describe, it, onTestFinished } from 'vitest';
import { freshPostgresDatabase, postgresAvailable, tempDir } from './support/databases.ts';
import { killDuringEdits } from './support/kill-during-edits.ts';

// Each kill costs a child's start and a reopening (seconds on PGlite): five keep a test near 20 s.
const KILLS = 5;
const available = await postgresAvailable();

describe('a kill -9 during single-record edits', () => {
  it('on PGlite leaves each record and its revisions both there, and loses no commit', async () => {
    const dir = tempDir('crash-edits');
    onTestFinished(dir.remove);
    await killDuringEdits({ dataDir: join(dir.path, 'db') }, KILLS);
  });

  it.runIf(available)(
    'on PostgreSQL leaves each record and its revisions both there, and loses no commit',
    async () => {
      const database = await freshPostgresDatabase();
      onTestFinished(database.drop);
      await killDuringEdits({ databaseUrl: database.url }, KILLS);
    },
  );
});
