import { describe } from 'vitest';
import { postgresAvailable, postgresStore } from './support/databases.ts';
import { describeStore } from './support/store-suite.ts';

const available = await postgresAvailable();

describe.runIf(available)('PostgreSQL', () => {
  describeStore('SQL on PostgreSQL', (dataset) => postgresStore(dataset));
});
