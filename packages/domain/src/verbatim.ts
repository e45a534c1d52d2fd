import type { RecordOf } from './records/dataset.ts';
import type { RecordType } from './records/enums.ts';
import type { Reference } from './references.ts';

/** Words a record puts in a source's mouth that the source's stored text does not hold. */
export interface NotInSource {
  path: string;
  sourceId: string;
  message: string;
}

/**
 * Where a cited source's full text is stored, what a record quotes from it must occur in it word for word:
 * each citation's excerpt in its source, and a statement's quote in one of the sources it cites (unless one of
 * them has no stored text, which might hold it). `references` are the record's (`referencesOf`), `texts` the
 * text of each source known (null when not stored); an unknown source is another rule's problem.
 */
export function notInSource(
  type: RecordType,
  record: RecordOf<RecordType>,
  references: readonly Reference[],
  texts: ReadonlyMap<string, string | null>,
): NotInSource[] {
  const problems: NotInSource[] = [];
  for (const { id, excerpt } of references) {
    const text = texts.get(id);
    if (excerpt && typeof text === 'string' && !text.includes(excerpt.text))
      problems.push({
        path: excerpt.path,
        sourceId: id,
        message: `${excerpt.path} does not occur word for word in the text of source "${id}"`,
      });
  }
  if (type === 'statement') {
    const { quote, citations } = record as RecordOf<'statement'>;
    const cited = citations.map((c) => texts.get(c.sourceId));
    if (
      quote !== null &&
      cited.length > 0 &&
      cited.every((t) => typeof t === 'string') &&
      !cited.some((t) => t?.includes(quote))
    )
      problems.push({
        path: 'quote',
        sourceId: citations[0]?.sourceId ?? '',
        message: 'quote does not occur word for word in the text of any source the statement cites',
      });
  }
  return problems;
}
