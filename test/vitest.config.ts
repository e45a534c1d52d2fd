import { parleyProject, singleGraphql } from '@parley/vitest-config';

export default parleyProject({
  resolve: singleGraphql,
  // One browser, one API and one site serve a whole file; starting them takes a few seconds. A page's script
  // can take seconds to load and run on a busy machine: polls wait up to 10 s (vitest's default is 1 s).
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
