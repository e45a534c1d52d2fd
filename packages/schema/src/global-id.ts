import { badInput } from './errors.ts';

/** A global id is base64url("Typename:record-id"): opaque to clients, decodable without a lookup. */
export function encodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}

const decodedShape = /^([A-Z][A-Za-z]*):([a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function decodeId(globalId: string): { typename: string; id: string } {
  const match = decodedShape.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2]) throw badInput(`"${globalId}" is not a Parley id`, 'id');
  return { typename: match[1], id: match[2] };
}
