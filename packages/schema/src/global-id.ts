import type { RecordType } from '@parley/domain';
import { badInput } from './errors.ts';

/** The GraphQL node types and the Store record type each one holds. */
export const nodeTypes = {
  Summit: 'summit',
  Meeting: 'meeting',
  Statement: 'statement',
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
  Source: 'source',
  Topic: 'topic',
} as const satisfies Record<string, RecordType>;

const typenames = Object.fromEntries(Object.entries(nodeTypes).map(([name, type]) => [type, name]));

/** The GraphQL node type holding a Store record type, e.g. `Summit` for `summit`. */
export const typenameOf = (type: RecordType): string => typenames[type] ?? '';

/** A global id is base64url("Typename:record-id"): opaque to clients, decodable without a lookup. */
export function encodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}

const decodedShape = /^([A-Za-z]+):(([a-z]+):[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Reads a global id, refusing anything this schema did not give out, before any Store call. */
export function decodeId(globalId: string): { typename: string; id: string } {
  const [, typename = '', id = '', recordType] =
    decodedShape.exec(Buffer.from(globalId, 'base64url').toString('utf8')) ?? [];
  if (!Object.hasOwn(nodeTypes, typename) || nodeTypes[typename as keyof typeof nodeTypes] !== recordType) {
    throw badInput(`"${globalId}" is not a Parley id`, 'id');
  }
  return { typename, id };
}
