import { AccountRole, type Viewer } from '@parley/domain';
import { GraphQLError } from 'graphql';

/**
 * The viewer, when it holds `role` or a stronger one; otherwise a GraphQL error with a stable code:
 * `UNAUTHENTICATED` with no viewer, `FORBIDDEN` with a weaker role. A mutation calls it first, before the
 * Store is read or written.
 */
export function requireRole(viewer: Viewer | null, role: AccountRole): Viewer {
  if (!viewer)
    throw new GraphQLError('Sign in first: send `Authorization: Bearer TOKEN` or the session cookie.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  // AccountRole lists the roles weakest first.
  if (AccountRole.options.indexOf(viewer.role) < AccountRole.options.indexOf(role))
    throw new GraphQLError(`This needs the ${role} role; ${viewer.email} is an ${viewer.role}.`, {
      extensions: { code: 'FORBIDDEN' },
    });
  return viewer;
}
