import { parleyProject } from '@parley/vitest-config';

// Generous limits: these tests start real databases and CLI processes on a small, shared machine.
export default parleyProject({
  test: {
    name: 'db',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/support/build-commands.ts'],
  },
});
