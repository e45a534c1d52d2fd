import { forbidden, unauthorized } from 'next/navigation';
import { cache } from 'react';
import { type EnumOf, graphql } from '../../graphql.ts';
import { editorClient } from '../urql/editor.ts';
import { sessionToken } from './session-cookie.ts';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      email
      role
    }
  }
`);

/** Who is signed in to the site. */
export interface SiteViewer {
  email: string;
  role: EnumOf<'AccountRole'>;
}

/**
 * The signed-in editor or admin, asked of the API once per request; null for a reader, without asking the API
 * at all when there is no session cookie, so public pages cost readers nothing more.
 */
export const getViewer = cache(async (): Promise<SiteViewer | null> => {
  const token = await sessionToken();
  if (!token) return null;
  const result = await editorClient(token).query(ViewerQuery, {}).toPromise();
  return result.data?.viewer ?? null;
});

/** Whether a viewer may do what `role` may: admins may do everything editors may. */
export const mayAct = (viewer: SiteViewer | null, role: 'EDITOR' | 'ADMIN') =>
  viewer !== null && (viewer.role === 'ADMIN' || (role === 'EDITOR' && viewer.role === 'EDITOR'));

/** The viewer of an editor's page: a reader is refused (401, the page links to sign-in), an editor on an admin page too (403). */
export async function requireRole(role: 'EDITOR' | 'ADMIN'): Promise<SiteViewer> {
  const viewer = await getViewer();
  if (!viewer) unauthorized();
  if (!mayAct(viewer, role)) forbidden();
  return viewer;
}
