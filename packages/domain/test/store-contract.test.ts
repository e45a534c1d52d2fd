import { createMemoryStore } from '../src/index.ts';
import { describeStore } from '../src/testing/index.ts';

describeStore('memory', async (dataset) => {
  const store = createMemoryStore(dataset);
  return { store, dispose: () => store.close() };
});
