import { generateRandomString } from 'better-auth/crypto';
import type { Accounts, NewAccount } from '../accounts/accounts.ts';

/** The password of a new account: piped on stdin, or generated (and then printed) when none is. */
export async function passwordFor(stdin: NodeJS.ReadStream = process.stdin) {
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += chunk;
    // `echo secret | …` adds a newline that is not part of the password.
    const piped = text.replace(/\r?\n$/, '');
    if (piped !== '') return { password: piped, generated: false };
  }
  return { password: generateRandomString(24, 'a-z', 'A-Z', '0-9'), generated: true };
}

/** `users add EMAIL --role admin|editor`: a generated password goes to stdout, alone, this once. */
export async function usersAdd(
  accounts: Accounts,
  account: NewAccount,
  { password, generated }: Awaited<ReturnType<typeof passwordFor>>,
): Promise<void> {
  await accounts.addUser(account, password);
  process.stderr.write(
    `added ${account.email} (${account.role})${generated ? '; its password, shown this once, is on stdout' : ''}\n`,
  );
  if (generated) process.stdout.write(`${password}\n`);
}
