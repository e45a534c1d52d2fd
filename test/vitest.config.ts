import { parleyProject, singleGraphql } from '@parley/vitest-config';

export default parleyProject({
  resolve: singleGraphql,
  // One browser, one API and one site serve a whole file; starting them takes a few seconds.
  test: { name: 'e2e', include: ['**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
});
