import { type Dataset, datasetKeys, type RecordOf } from './records/dataset.ts';
import type { RecordType } from './records/enums.ts';
import { referencesOf } from './references.ts';
import { ValidationError, validateRecord } from './validate.ts';

/** A dataset that breaks integrity rules; `problems` lists each one, naming record and field. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(readonly problems: readonly string[]) {
    super(
      `the dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
    );
  }
}

const recordTypes = Object.keys(datasetKeys) as RecordType[];

/**
 * Validates every record and the dataset's integrity: ids unique and prefixed with their type, slugs unique
 * per type, every referenced id present with the right type, every event and statement citing a source.
 */
export function validateDataset(input: Partial<Record<keyof Dataset, unknown[]>>): Dataset {
  const problems: string[] = [];
  const dataset = {} as Record<keyof Dataset, unknown[]>;
  const typeOfId = new Map<string, RecordType>();
  for (const type of recordTypes) {
    const key = datasetKeys[type];
    const slugs = new Set<string>();
    dataset[key] = [];
    for (const raw of input[key] ?? []) {
      try {
        const record = validateRecord(type, raw);
        const name = `${type} "${record.slug}"`;
        if (!record.id.startsWith(`${type}:`))
          problems.push(`${name}: id "${record.id}" must start with "${type}:"`);
        if (typeOfId.has(record.id)) problems.push(`${name}: id "${record.id}" is used twice`);
        if (slugs.has(record.slug)) problems.push(`${name}: slug is used twice`);
        typeOfId.set(record.id, type);
        slugs.add(record.slug);
        dataset[key].push(record);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        problems.push(...error.message.split('\n'));
      }
    }
  }
  for (const type of recordTypes) {
    for (const record of dataset[datasetKeys[type]] as RecordOf<typeof type>[]) {
      for (const ref of referencesOf[type](record as never)) {
        const found = typeOfId.get(ref.id);
        if (found !== ref.type) {
          problems.push(
            `${type} "${record.slug}": ${ref.path} refers to ${ref.type} "${ref.id}", which ${found ? `is a ${found}` : 'does not exist'}`,
          );
        }
      }
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset as unknown as Dataset;
}
