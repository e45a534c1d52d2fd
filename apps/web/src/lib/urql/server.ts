import {
  type AnyVariables,
  cacheExchange,
  createClient,
  fetchExchange,
  type TypedDocumentNode,
} from '@urql/core';
import { registerUrql } from '@urql/next/rsc';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { apiUrl } from '../api-url.ts';
import { BadArgumentError, dataOf } from './answer.ts';

/**
 * How the site fetches from the API: never from Next's data cache, which cannot know when a record changes.
 * The API's response cache can (it drops what each write touches), so a page never shows data older than a
 * committed write for longer than its notification takes.
 */
export const apiFetchCache = { cache: 'no-store' } as const;

const makeClient = () =>
  createClient({
    url: apiUrl(),
    exchanges: [cacheExchange, fetchExchange],
    // POST with a JSON body is a preflighted request, which Yoga's CSRF prevention accepts.
    preferGetMethod: false,
    fetchOptions: apiFetchCache,
  });

/** One urql client per server request, so queries made by a layout and its page are shared. */
const { getClient } = registerUrql(makeClient);

/**
 * Runs a query for a server component. Pages render per request, or once per change for a reader's cached page
 * (never at build time, which needs no API), each from the API's answer of the moment (its response cache
 * answers repeated reads).
 */
export async function query<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  await connection();
  return dataOf(await getClient().query(document, variables).toPromise());
}

/**
 * A record page's query by the slug in its address: a slug the API refuses (longer than any slug can be) names
 * no record, so the page does not exist — a 404, not the outage page.
 */
export async function queryRecord<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  try {
    return await query(document, variables);
  } catch (error) {
    if (error instanceof BadArgumentError) notFound();
    throw error;
  }
}
