/** Runs once when the site's server starts (not during `next build`). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ followChanges }, { purgePages }, { liveReaders }, { apiUrl }] = await Promise.all([
    import('./lib/changes/follow-changes.ts'),
    import('./lib/changes/purge-pages.ts'),
    import('./lib/live/live-readers.ts'),
    import('./lib/api-url.ts'),
  ]);
  followChanges({ apiUrl, purge: purgePages(), readers: liveReaders() });
}
