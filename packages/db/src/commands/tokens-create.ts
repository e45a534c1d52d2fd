import type { Accounts } from '../accounts/accounts.ts';

/** `tokens create EMAIL`: the token alone on stdout, so `TOKEN=$(npm run -s db -- tokens create …)` works. */
export async function tokensCreate(accounts: Accounts, email: string): Promise<void> {
  const { token, expiresAt } = await accounts.createToken(email);
  process.stdout.write(`${token}\n`);
  process.stderr.write(
    `token for ${email.trim().toLowerCase()}, valid until ${expiresAt.toISOString().slice(0, 10)}: send it as Authorization: Bearer TOKEN\n`,
  );
}
