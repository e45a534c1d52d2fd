import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig, singleGraphql } from '../../vitest.shared.ts';

export default mergeConfig(
  sharedConfig,
  defineProject({ resolve: singleGraphql, test: { name: 'api', globalSetup: ['test/global-setup.ts'] } }),
);
