import {
  DatasetError,
  type DatasetProblem,
  type Store,
  type StoreStats,
  type WriteOptions,
} from '@parley/domain';
import { ImportError, MAX_PROBLEMS, type ParsedImport, parseJsonl } from './parse.ts';

/** A problem the store found, said of the file: by line, a duplicate by the line it repeats. */
function onLine(problem: DatasetProblem, lineOf: ParsedImport['lineOf']): string {
  const at = `line ${lineOf(problem)}: ${problem.name}: `;
  const cause = problem.cause;
  if (cause?.kind === 'duplicate')
    return `${at}${cause.field === 'id' ? `id "${cause.value}"` : 'slug'} is already on line ${lineOf(cause.first)}`;
  if (cause?.kind === 'missing') {
    const { path, type, id } = cause.reference;
    return `${at}${path} refers to ${type} "${id}", which is neither in the file nor in the database`;
  }
  return `${at}${problem.message}`;
}

/** The store's problems by line, a missing record named once (where the file first refers to it). */
function fileProblems(error: DatasetError, lineOf: ParsedImport['lineOf']): string[] {
  const missing = new Set<string>();
  return [...error.details]
    .sort((a, b) => lineOf(a) - lineOf(b))
    .filter((p) => {
      if (p.cause?.kind !== 'missing') return true;
      const seen = missing.has(p.cause.reference.id);
      missing.add(p.cause.reference.id);
      return !seen;
    })
    .slice(0, MAX_PROBLEMS)
    .map((p) => onLine(p, lineOf));
}

/**
 * Reads JSON Lines and writes their records through the store's `writeDataset`: all of them or, on any
 * problem, none, each problem reported with its line and field. Their revisions name `options.actor`.
 */
export async function importRecords(
  store: Store,
  text: string,
  options: WriteOptions = {},
): Promise<StoreStats> {
  const { dataset, lineOf } = parseJsonl(text);
  try {
    return await store.writeDataset(dataset, options);
  } catch (error) {
    throw error instanceof DatasetError ? new ImportError(fileProblems(error, lineOf)) : error;
  }
}
