import { type Dataset, datasetKeys, type RecordPlace, RecordType } from '@parley/domain';

/** An import that cannot be written; every problem names its line and field. Nothing was written. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: readonly string[]) {
    super(`the import was refused, nothing was written:\n${problems.join('\n')}`);
  }
}

// Enough to fix a file; a file with thousands of bad lines would otherwise drown the first one.
export const MAX_PROBLEMS = 20;

type PerType<T> = { [K in keyof Dataset]: T[] };
const perType = <T>() =>
  Object.fromEntries(Object.values(datasetKeys).map((k) => [k, []])) as unknown as PerType<T>;

/** A file's records by type, as read (the store validates them), and the line each was read from. */
export interface ParsedImport {
  dataset: PerType<unknown>;
  lineOf: (place: RecordPlace) => number;
}

/**
 * Reads JSON Lines of `{"type": …, "record": {…}}`: each line must be JSON naming a record type. The records
 * themselves are the store's to validate. Throws an ImportError listing the lines it cannot read.
 */
export function parseJsonl(text: string): ParsedImport {
  const problems: string[] = [];
  const dataset = perType<unknown>();
  const lines = perType<number>();
  for (const [index, raw] of text.split('\n').entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    let entry: { type?: unknown; record?: unknown };
    try {
      entry = JSON.parse(raw);
    } catch (error) {
      problems.push(`line ${line}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const type = RecordType.safeParse(entry?.type);
    if (!type.success) {
      problems.push(
        `line ${line}: type ${JSON.stringify(entry?.type)} is not one of ${RecordType.options.join(', ')}`,
      );
      continue;
    }
    const key = datasetKeys[type.data];
    dataset[key].push(entry.record);
    lines[key].push(line);
  }
  if (problems.length > 0) throw new ImportError(problems.slice(0, MAX_PROBLEMS));
  return { dataset, lineOf: ({ type, index }) => lines[datasetKeys[type]][index] ?? 0 };
}
