export { type Client, type Db, openPglite, openPostgres, postgresPoolSize } from './client.ts';
export { DataDirError, defaultDataDir, lockDataDir } from './data-dir.ts';
export { exportRecords, ImportError, importRecords, parseJsonl } from './jsonl/index.ts';
export { migrationsFolder, runMigrations } from './migrate.ts';
export { OpenStoreError } from './open-error.ts';
export { type OpenStoreOptions, openClient, openStore } from './open-store.ts';
export * as schema from './schema/index.ts';
export { isEmpty, seedIfEmpty } from './seed.ts';
export { createSqlStore } from './store/sql-store.ts';
