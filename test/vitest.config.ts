import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig, singleGraphql } from '../vitest.shared.ts';

export default mergeConfig(
  sharedConfig,
  defineProject({
    resolve: singleGraphql,
    // One browser, one API and one site serve a whole file; starting them takes a few seconds.
    test: { name: 'e2e', include: ['**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
  }),
);
