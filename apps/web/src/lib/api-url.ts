/** Where the API listens when PARLEY_API_URL is not set: the local API of `npm start`. */
export const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

/** The GraphQL endpoint the site's server reads from, taken from the environment at request time. */
export const apiUrl = (): string => process.env.PARLEY_API_URL || DEFAULT_API_URL;
