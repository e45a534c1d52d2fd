/** Where to go after signing in: a path of this site only (never `//elsewhere`, a full URL or one a browser would
 * read as such once it drops tabs and newlines), else the desk. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !/^\/[\x21-\x7e]*$/.test(next) || /^\/[/\\]/.test(next)) return '/desk';
  const base = 'http://parley.invalid';
  return new URL(next, base).origin === base ? next : '/desk';
}
