import { defineConfig } from 'drizzle-kit';

const url = process.env.DATABASE_URL;

// `npm run generate:migrations` writes a new migration here when src/schema changes; migrations are committed.
// Only `drizzle-kit push` connects: the drift test points it at a throwaway PostgreSQL database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: process.env.PARLEY_MIGRATIONS_OUT ?? './migrations',
  ...(url ? { dbCredentials: { url } } : {}),
});
