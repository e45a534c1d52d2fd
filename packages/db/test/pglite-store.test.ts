import { pgliteStore } from './support/databases.ts';
import { describeStore } from './support/store-suite.ts';

describeStore('SQL on PGlite', (dataset) => pgliteStore(dataset));
