import type { UserError } from '@parley/domain';
import { decodeId } from '../global-id.ts';

/** Input fields holding global ids, by the domain's naming: `id`, `speakerId`, `topicIds`… */
const holdsIds = (key: string) => key === 'id' || key.endsWith('Id') || key.endsWith('Ids');

/**
 * The input with every global id replaced by its record id, and a NOT_FOUND userError for each one that is not a
 * Parley id (GraphQL cannot say which fields are ids inside lists of inputs, so this walks the value once).
 */
export function decodeInputIds(input: unknown): { value: unknown; userErrors: UserError[] } {
  const userErrors: UserError[] = [];
  const walk = (value: unknown, path: string[], isId: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, String(i)], isId));
    if (isId && typeof value === 'string') {
      try {
        return decodeId(value).id;
      } catch {
        userErrors.push({ field: path, message: `"${value}" is not a Parley id`, code: 'NOT_FOUND' });
        return value;
      }
    }
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k], holdsIds(k))]));
  };
  return { value: walk(input, [], false), userErrors };
}
