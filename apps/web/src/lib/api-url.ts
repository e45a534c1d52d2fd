/** Where the API listens when PARLEY_API_URL is not set: the local API of `npm start`. */
export const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

/** The GraphQL endpoint the site's server reads from, taken from the environment at request time. */
export const apiUrl = (): string => process.env.PARLEY_API_URL || DEFAULT_API_URL;

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The API's address as a reader's browser can reach it: when the site's server talks to the API over loopback,
 * a reader on another machine (HOST=0.0.0.0) needs the name they used for the site, with the API's port.
 */
export function publicApiUrl(readerHost: string | null): string {
  const url = new URL(apiUrl());
  if (!readerHost || !loopbackHosts.has(url.hostname)) return url.href;
  const reader = new URL(`http://${readerHost}`);
  if (loopbackHosts.has(reader.hostname)) return url.href;
  url.hostname = reader.hostname;
  return url.href;
}
