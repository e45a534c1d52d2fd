import { createMemoryStore } from '@parley/domain';
import { describeStore } from './support/store-suite.ts';

// The reference runs the same contract, so a test that the SQL stores fail is known to be satisfiable.
describeStore('memory', async (dataset) => {
  const store = createMemoryStore(dataset);
  return { store, dispose: () => store.close() };
});
