import type { Dataset } from '../records/dataset.ts';
import { founding } from './cbs-2019-01-18.ts';
import { meetings } from './meetings.ts';
import { organizations } from './organizations.ts';
import { people } from './people.ts';
import { places } from './places.ts';
import { statements } from './statements.ts';
import { summits } from './summits.ts';
import { topics } from './topics.ts';

/** Parley's first data: everything the founding article states, each fact cited to it. */
export const seedDataset: Dataset = {
  sources: [founding],
  topics,
  places,
  organizations,
  people,
  summits,
  meetings,
  statements,
};
