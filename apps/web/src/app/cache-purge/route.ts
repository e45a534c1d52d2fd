import { revalidatePath } from 'next/cache';
import { carriesPurgeSecret } from '../../lib/changes/purge-secret.ts';

/**
 * Makes every cached page stale, for this process's own change listener only: any other caller (without the
 * secret only this process holds) is told there is nothing here.
 */
export function POST(request: Request): Response {
  if (!carriesPurgeSecret(request)) return new Response('Not found', { status: 404 });
  // Every page sits under the root layout; a purged page renders anew on its next visit (not served stale).
  revalidatePath('/', 'layout');
  return new Response(null, { status: 204 });
}
