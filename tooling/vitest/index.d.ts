import type { UserWorkspaceConfig } from 'vitest/config';

/** One copy of graphql: alias the bare import so vitest never loads both its ESM and CJS builds. */
export declare const singleGraphql: { alias: { find: RegExp; replacement: string }[] };

/** A workspace's vitest project with the settings every workspace shares. */
export declare function parleyProject(project: UserWorkspaceConfig): UserWorkspaceConfig;
