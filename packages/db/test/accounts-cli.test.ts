import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStoreWithAccounts } from '../src/open-store.ts';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/databases.ts';

describe('npm run db -- users add / tokens create', () => {
  const dir = tempDir('accounts-cli');
  const dataDir = join(dir.path, 'db');
  const withDir = ['--data-dir', dataDir];
  afterAll(() => dir.remove());

  /** Opens the database after the CLI let go of it, and asks what a sign-in or a token answers. */
  async function check<T>(
    work: (accounts: Awaited<ReturnType<typeof openStoreWithAccounts>>['accounts']) => Promise<T>,
  ) {
    const { store, accounts } = await openStoreWithAccounts({
      dataDir,
      seed: false,
      accounts: { secret: null, trustedOrigins: [] },
    });
    try {
      return await work(accounts);
    } finally {
      await store.close();
    }
  }
  const signIn = (email: string, password: string) =>
    check(
      async (accounts) =>
        (
          await accounts.handler(
            new Request('http://localhost/api/auth/sign-in/email', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email, password }),
            }),
          )
        ).status,
    );

  it('adds an account with the password piped on stdin, printing nothing on stdout', async () => {
    const added = await runCli(
      ['users', 'add', 'Admin@Parley.example', '--role', 'admin', ...withDir],
      {},
      'a piped password\n',
    );
    expect(added).toMatchObject({ code: 0, stdout: '' });
    expect(added.stderr).toMatch(/added admin@parley\.example \(admin\)/);
    expect(await signIn('admin@parley.example', 'a piped password')).toBe(200);
  });

  it('generates a password when none is piped and prints it once, alone on stdout', async () => {
    const added = await runCli(['users', 'add', 'editor@parley.example', '--role', 'editor', ...withDir]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^[A-Za-z0-9]{24}\n$/);
    const password = added.stdout.trim();
    expect(added.stderr).not.toContain(password);
    expect(await signIn('editor@parley.example', password)).toBe(200);
  });

  it('creates a token: only the token on stdout, and it names the account', async () => {
    const created = await runCli(['tokens', 'create', 'editor@parley.example', ...withDir]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^[A-Za-z0-9]{32}\n$/);
    const viewer = await check((accounts) =>
      accounts.viewerOf(new Headers({ authorization: `Bearer ${created.stdout.trim()}` })),
    );
    expect(viewer).toMatchObject({ email: 'editor@parley.example', role: 'editor' });
  });

  it('refuses a bad role, a bad email, an existing account, a short password and an unknown account in one line, exit 1', async () => {
    const cases: [string[], string | undefined, RegExp][] = [
      [
        ['users', 'add', 'x@parley.example', '--role', 'owner'],
        undefined,
        /^error: --role must be editor or admin\n$/,
      ],
      [['users', 'add', 'x@parley.example'], undefined, /^error: --role must be editor or admin\n$/],
      [
        ['users', 'add', 'not-an-email', '--role', 'editor'],
        undefined,
        /^error: "not-an-email" is not an email address\n$/,
      ],
      [
        ['users', 'add', 'admin@parley.example', '--role', 'editor'],
        'another password',
        /^error: an account for admin@parley\.example exists already\n$/,
      ],
      [
        ['users', 'add', 'y@parley.example', '--role', 'editor'],
        'short',
        /^error: the password must have 12 to 128 characters; it has 5\n$/,
      ],
      [
        ['tokens', 'create', 'nobody@parley.example'],
        undefined,
        /^error: no account for nobody@parley\.example/,
      ],
    ];
    for (const [args, input, message] of cases) {
      const result = await runCli([...args, ...withDir], {}, input);
      expect(result, args.join(' ')).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
  });
});
