import { afterAll, beforeAll, describe } from 'vitest';
import type { Dataset } from '../../records/dataset.ts';
import { seedDataset } from '../../seed/index.ts';
import type { Store } from '../../store/port.ts';
import { describeChanges } from './changes.ts';
import { contractDataset } from './dataset.ts';
import { describeReads } from './reads.ts';
import { describeRevisions } from './revisions.ts';
import { describeScope } from './scope.ts';
import { describeWrites } from './writes.ts';

/** A store opened for the contract, and how to close it and remove what it stored. */
export interface OpenedStore {
  store: Store;
  dispose: () => Promise<void>;
}

/** Opens a new store of the implementation under test holding `dataset`, and nothing else. */
export type OpenStore = (dataset: Dataset) => Promise<OpenedStore>;

/**
 * The Store contract, for any implementation: every answer is held to one worked out in the suite from the
 * dataset (or a fact of the seed), never to another store's. Reads run on the seed and synthetic records,
 * writes on a store of their own.
 */
export function describeStore(name: string, open: OpenStore) {
  describe(`Store contract: ${name}`, () => {
    describe('reads', () => {
      const dataset = contractDataset();
      const opened = opening(open, dataset);
      describeReads(dataset, opened);
    });
    describe('writes', () => {
      describeWrites(opening(open, seedDataset));
    });
    describe('revisions', () => {
      describeRevisions(opening(open, seedDataset));
    });
    describe('change notifications', () => {
      describeChanges(opening(open, seedDataset));
    });
    describe('as of, retraction and referrers', () => {
      describeScope(opening(open, seedDataset));
    });
  });
}

/** Opens the store before the block's tests, closes it after them; returns how the tests reach it. */
function opening(open: OpenStore, dataset: Dataset): () => Store {
  let opened: OpenedStore | undefined;
  beforeAll(async () => {
    opened = await open(dataset);
  });
  afterAll(() => opened?.dispose());
  return () => {
    if (!opened) throw new Error('the store did not open');
    return opened.store;
  };
}
