/** Where to go after signing in: a path of this site only (never `//elsewhere` or a full URL), else the desk. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return '/desk';
  }
  return next;
}
