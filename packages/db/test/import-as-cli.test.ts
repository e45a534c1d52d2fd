import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStoreWithAccounts } from '../src/open-store.ts';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/databases.ts';

describe('npm run db -- import FILE --as EMAIL', () => {
  const dir = tempDir('import-as-cli');
  const dataDir = join(dir.path, 'db');
  const withDir = ['--data-dir', dataDir];
  afterAll(() => dir.remove());

  /** A JSONL file of one new topic. */
  const topicFile = (slug: string) => {
    const path = join(dir.path, `${slug}.jsonl`);
    const record = { id: `topic:${slug}`, slug, name: `Topic ${slug}` };
    writeFileSync(path, `${JSON.stringify({ type: 'topic', record })}\n`);
    return path;
  };

  /** Opens the database after the CLI let go of it: who each topic's revisions name, and the editor's id. */
  async function actorsOf(...slugs: string[]) {
    const { store, accounts } = await openStoreWithAccounts({
      dataDir,
      seed: false,
      accounts: { secret: null, trustedOrigins: [] },
    });
    try {
      const histories = await Promise.all(slugs.map((slug) => store.history(`topic:${slug}`, { first: 10 })));
      return {
        actors: histories.map((page) => page.edges.map((edge) => edge.node.actor)),
        editor: (await accounts.accountOf('editor@parley.example')).id,
      };
    } finally {
      await store.close();
    }
  }

  it('names the account of --as in the revisions, and the "import" actor without it', async () => {
    const added = await runCli(
      ['users', 'add', 'editor@parley.example', '--role', 'editor', ...withDir],
      {},
      'a piped password\n',
    );
    expect(added.code).toBe(0);
    const as = await runCli(['import', topicFile('as-editor'), '--as', 'Editor@Parley.example', ...withDir]);
    expect(as).toMatchObject({ code: 0, stdout: '' });
    expect(as.stderr).toMatch(/^imported .*\b1 topic,/m);
    expect((await runCli(['import', topicFile('as-import'), ...withDir])).code).toBe(0);

    const { actors, editor } = await actorsOf('as-editor', 'as-import');
    expect(actors).toEqual([[editor], ['import']]);
  });

  it('refuses an unknown account in one line, exit 1, importing nothing', async () => {
    const refused = await runCli([
      'import',
      topicFile('as-nobody'),
      '--as',
      'nobody@parley.example',
      ...withDir,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('error: no account for nobody@parley.example: create it with `users add`\n');
    expect((await actorsOf('as-nobody')).actors).toEqual([[]]);
  });
});
