import { type Dataset, datasetKeys } from '../../records/dataset.ts';
import { seedDataset } from '../../seed/index.ts';
import { validateDataset } from '../../validate-dataset.ts';
import { generateDataset } from '../synthetic/generate.ts';

/** How many synthetic statements the contract adds to the seed: several pages of every list. */
export const SUITE_SIZE = 60;

/**
 * The contract's data: the seed, whose facts the suite asks about by name, and synthetic records whose dates
 * fall within 40 days, so that many share a date and their ids decide their order.
 */
export function contractDataset(): Dataset {
  const synthetic = generateDataset(SUITE_SIZE, { days: 40, counts: { meetings: 30 } });
  return validateDataset(
    Object.fromEntries(
      Object.values(datasetKeys).map((key) => [key, [...seedDataset[key], ...synthetic[key]]]),
    ),
  );
}
