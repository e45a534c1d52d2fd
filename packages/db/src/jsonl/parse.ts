import {
  type Dataset,
  datasetKeys,
  type RecordType,
  RecordType as RecordTypeSchema,
  referencesOf,
  ValidationError,
  validateRecord,
} from '@parley/domain';

/** An import that cannot be written; every problem names its line and field. Nothing was written. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: readonly string[]) {
    super(`the import was refused, nothing was written:\n${problems.join('\n')}`);
  }
}

/** A record's place in the file, kept to report problems found later (against the database). */
export interface Located {
  line: number;
  type: RecordType;
  slug: string;
}

export interface ParsedImport {
  dataset: Dataset;
  /** Where each record id was read. */
  lines: Map<string, Located>;
  /** Ids referenced but not in the file, with where each was first referenced: the database must have them. */
  external: Map<string, { type: RecordType; at: string }>;
}

// Enough to fix a file; a file with thousands of bad lines would otherwise drown the first one.
const MAX_PROBLEMS = 20;

/**
 * Reads JSON Lines of `{"type": …, "record": {…}}`, validating each record with the domain's validators and
 * the file's integrity (ids unique and typed, slugs unique, references resolved in the file or left for the
 * database to resolve). Throws an ImportError listing the bad lines.
 */
export function parseJsonl(text: string): ParsedImport {
  const problems: string[] = [];
  const dataset = Object.fromEntries(Object.values(datasetKeys).map((k) => [k, []])) as unknown as Dataset;
  const lines = new Map<string, Located>();
  const slugs = new Map<string, number>();
  const records = new Map<string, unknown>();
  const problem = (message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(message);
  };
  const rawLines = text.split('\n');
  for (const [index, raw] of rawLines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    let entry: { type?: unknown; record?: unknown };
    try {
      entry = JSON.parse(raw);
    } catch (error) {
      problem(`line ${line}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const type = RecordTypeSchema.safeParse(entry?.type);
    if (!type.success) {
      problem(
        `line ${line}: type ${JSON.stringify(entry?.type)} is not one of ${RecordTypeSchema.options.join(', ')}`,
      );
      continue;
    }
    try {
      const record = validateRecord(type.data, entry.record);
      const name = `${type.data} "${record.slug}"`;
      const twice = lines.get(record.id);
      const slugLine = slugs.get(`${type.data} ${record.slug}`);
      if (!record.id.startsWith(`${type.data}:`))
        problem(`line ${line}: ${name}: id "${record.id}" must start with "${type.data}:"`);
      else if (twice) problem(`line ${line}: ${name}: id "${record.id}" is already on line ${twice.line}`);
      else if (slugLine) problem(`line ${line}: ${name}: slug is already on line ${slugLine}`);
      if (!record.id.startsWith(`${type.data}:`) || twice || slugLine) continue;
      lines.set(record.id, { line, type: type.data, slug: record.slug });
      slugs.set(`${type.data} ${record.slug}`, line);
      records.set(record.id, record);
      (dataset[datasetKeys[type.data]] as unknown[]).push(record);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const message of error.message.split('\n')) problem(`line ${line}: ${message}`);
    }
  }
  const external = new Map<string, { type: RecordType; at: string }>();
  for (const [id, at] of lines) {
    for (const ref of referencesOf[at.type](records.get(id) as never)) {
      const target = lines.get(ref.id);
      const where = `line ${at.line}: ${at.type} "${at.slug}": ${ref.path}`;
      if (target && target.type !== ref.type)
        problem(`${where} refers to ${ref.type} "${ref.id}", which is a ${target.type}`);
      else if (!target && !external.has(ref.id)) external.set(ref.id, { type: ref.type, at: where });
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  return { dataset, lines, external };
}
