import {
  type AnyVariables,
  createClient,
  fetchExchange,
  type OperationResult,
  type TypedDocumentNode,
} from '@urql/core';
import { forbidden, unauthorized } from 'next/navigation';
import { connection } from 'next/server';
import { apiUrl } from '../api-url.ts';
import { sessionToken } from '../session/session-cookie.ts';
import { dataOf, errorWithCode } from './answer.ts';
import { apiFetchCache } from './server.ts';

/** A client that acts as the signed-in editor; no cache, so an editor always works on the record as it stands. */
export const editorClient = (token: string) =>
  createClient({
    url: apiUrl(),
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { ...apiFetchCache, headers: { authorization: `Bearer ${token}` } },
  });

/** Runs an operation as the signed-in editor; a session the API no longer knows is
 * refused (401, with a link to sign in again), a role too low too (403). */
async function asEditor<Data, Variables extends AnyVariables>(
  run: (client: ReturnType<typeof editorClient>) => Promise<OperationResult<Data, Variables>>,
): Promise<Data> {
  await connection();
  const token = await sessionToken();
  if (!token) unauthorized();
  const result = await run(editorClient(token));
  if (errorWithCode(result, 'UNAUTHENTICATED')) unauthorized();
  if (errorWithCode(result, 'FORBIDDEN')) forbidden();
  return dataOf(result);
}

/** A query as the signed-in editor (history, the audit log, a record to edit at its latest revision). */
export const editorQuery = <Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
) => asEditor<Data, Variables>((client) => client.query(document, variables).toPromise());

/** A mutation as the signed-in editor: its payload's `userErrors` are for the form to show. */
export const editorMutation = <Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
) => asEditor<Data, Variables>((client) => client.mutation(document, variables).toPromise());
