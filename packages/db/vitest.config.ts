import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(
  sharedConfig,
  // Generous limits: these tests start real databases and CLI processes on a small, shared machine.
  defineProject({ test: { name: 'db', testTimeout: 120_000, hookTimeout: 120_000 } }),
);
