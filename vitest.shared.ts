import { defaultServerConditions, type UserConfig } from 'vite';

/** Settings every workspace's vitest project shares: resolve our packages to their TypeScript source. */
export const sharedConfig = {
  resolve: { conditions: ['@parley/source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['@parley/source', ...defaultServerConditions] } },
} satisfies UserConfig;

/** One copy of graphql: alias the bare import so vitest never loads both its ESM and CJS builds. */
export const singleGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };
