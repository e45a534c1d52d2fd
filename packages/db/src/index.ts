// What other packages may use: a Store (any writes go through its validated `writeDataset`) and JSON Lines
// import over any Store. The drizzle schema, the database client and the CLI's helpers stay inside.
export { postgresPoolSize } from './client.ts';
export { DataDirError } from './data-dir.ts';
export { ImportError, importRecords } from './jsonl/index.ts';
export { OpenStoreError } from './open-error.ts';
export { type OpenStoreOptions, openStore } from './open-store.ts';
