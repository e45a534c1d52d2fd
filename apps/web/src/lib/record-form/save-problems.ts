import type { FieldProblem } from './descriptors.ts';
import type { SaveProblem } from './record-kind.ts';

// The API names the record's path and the source's record id; the form shows the words by the field at fault.
const NOT_IN_SOURCE = {
  quote: 'these words are not in the text of a cited source, word for word',
  excerpt: 'these words are not in the text of this source, word for word: select them in the text',
};

/** A problem the API answered, under the form name of the field it concerns, in words for the editor. */
export function saveProblem({ field, message, code }: SaveProblem): FieldProblem {
  const name = field.join('.');
  if (code !== 'NOT_IN_SOURCE') return { name, message };
  return { name, message: field.at(-1) === 'quote' ? NOT_IN_SOURCE.quote : NOT_IN_SOURCE.excerpt };
}
