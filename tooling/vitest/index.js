// Plain JavaScript: vitest loads each workspace's config with Node, which cannot run TypeScript from a package.
import { defaultServerConditions } from 'vite';
import { defineProject, mergeConfig } from 'vitest/config';

/** Resolve our packages to their TypeScript source, in the test runner and in its SSR transform alike. */
const conditions = ['@parley/source', ...defaultServerConditions];
const sourceConditions = { resolve: { conditions }, ssr: { resolve: { conditions } } };

/** One copy of graphql: alias the bare import so vitest never loads both its ESM and CJS builds. */
export const singleGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

/** A workspace's vitest project with the settings every workspace shares. */
export const parleyProject = (project) => mergeConfig(sourceConditions, defineProject(project));
