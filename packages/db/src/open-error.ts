/**
 * Why a store cannot open, in one line that names the setting to change (PARLEY_DATA_DIR or DATABASE_URL) and
 * what to do: a start-up failure is a mistake in the set-up, not a bug, so it is printed without a stack.
 */
export class OpenStoreError extends Error {
  override name = 'OpenStoreError';
}

/** A connection string fit to print: without its password (in the user part or as a parameter). */
export function withoutPassword(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = '';
    url.searchParams.delete('password');
    return url.toString();
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}

// What to do about each failure to connect, by pg's SQLSTATE or node's errno code.
const remedies: Record<string, string> = {
  '3D000': 'create that database or name another one in DATABASE_URL',
  '28000': 'create that role or name another user in DATABASE_URL',
  '28P01': 'fix the user or password in DATABASE_URL',
  ECONNREFUSED: 'start PostgreSQL or fix the host and port in DATABASE_URL',
  ENOTFOUND: 'fix the host in DATABASE_URL',
  EAI_AGAIN: 'fix the host in DATABASE_URL',
};

/** A failure to connect to PostgreSQL as an OpenStoreError; anything else is returned unchanged. */
export function postgresOpenError(error: unknown, databaseUrl: string, timeoutMs: number): unknown {
  const at = `PostgreSQL at ${withoutPassword(databaseUrl)}`;
  const { code, message } = error as { code?: unknown; message?: unknown };
  // pg reports its connection timeout without a code ("timeout expired", "… due to connection timeout").
  if (code === undefined && typeof message === 'string' && /timeout/i.test(message))
    return new OpenStoreError(`${at} did not answer within ${timeoutMs / 1000} s: check DATABASE_URL`, {
      cause: error,
    });
  const remedy = typeof code === 'string' ? remedies[code] : undefined;
  if (!remedy) return error;
  return new OpenStoreError(`${at}: ${String(message).split('\n')[0]}: ${remedy}`, { cause: error });
}
