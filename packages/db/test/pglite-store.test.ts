import { describeStore } from '@parley/domain/testing';
import { pgliteStore } from './support/databases.ts';

describeStore('SQL on PGlite', (dataset) => pgliteStore(dataset));
