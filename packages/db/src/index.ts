// What other packages may use: a Store (any writes go through its validated `writeDataset`), JSON Lines
// import over any Store, and the accounts (better-auth) over the same database. The drizzle schema, the
// database client and the CLI's helpers stay inside.
export type { Accounts, AccountsOptions } from './accounts/accounts.ts';
export { readConnections } from './client.ts';
export { DataDirError } from './data-dir.ts';
export { ImportError, importRecords } from './jsonl/index.ts';
export { OpenStoreError } from './open-error.ts';
export { type OpenStoreOptions, openStore, openStoreWithAccounts } from './open-store.ts';
export { partsPerStatement, readPriority } from './store/read-batch.ts';
