import { parleyProject, singleGraphql } from '@parley/vitest-config';

export default parleyProject({
  resolve: singleGraphql,
  // Generous limits: some tests start PGlite, a server process or Chromium on a small, shared machine.
  test: { name: 'api', globalSetup: ['test/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
