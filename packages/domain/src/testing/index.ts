// Helpers for testing Parley's stores and anything built on them; they need vitest, a peer dependency.
export { jsonlLines } from './jsonl.ts';
export { describeStore, type OpenedStore, type OpenStore } from './store-contract/index.ts';
export { generateDataset, type SyntheticOptions, syntheticSource } from './synthetic/generate.ts';
