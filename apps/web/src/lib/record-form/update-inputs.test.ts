import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESK_KINDS, type DeskKind } from '../desk-paths.ts';
import { recordFields } from './record-kinds.ts';

const sdl = readFileSync(new URL('../../../../../packages/schema/schema.graphql', import.meta.url), 'utf8');

/** The fields of an input type of the printed schema. */
function inputFields(name: string): string[] {
  const body = new RegExp(`^input ${name} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(sdl)?.[1] ?? '';
  return [...body.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1] ?? '').sort();
}

const inputs: Record<DeskKind, string> = {
  summits: 'UpdateSummitInput',
  meetings: 'UpdateMeetingInput',
  statements: 'UpdateStatementInput',
  people: 'UpdatePersonInput',
};

describe('the generated forms', () => {
  it.each(DESK_KINDS)('hold exactly the fields the update of %s takes', (kind) => {
    const taken = inputFields(inputs[kind]).filter((f) => !['id', 'expectedRevision', 'reason'].includes(f));
    expect(taken.length).toBeGreaterThan(2);
    expect(
      recordFields(kind)
        .map((f) => f.key)
        .sort(),
    ).toEqual(taken);
  });
});
