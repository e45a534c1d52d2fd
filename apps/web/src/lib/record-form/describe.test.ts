import { describe, expect, it } from 'vitest';
import { describeRecord } from './describe.ts';
import type { FieldDescriptor } from './descriptors.ts';
import { fieldWords } from './field-words.ts';
import { NOT_EDITED, recordFields } from './record-kinds.ts';

const byKey = (fields: FieldDescriptor[], key: string) => fields.find((f) => f.key === key);

describe('recordFields', () => {
  it('gives a statement one control per field the update takes, in the validator’s order', () => {
    const fields = recordFields('statements');
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ['kind', 'choice'],
      ['quote', 'text'],
      ['paraphrase', 'text'],
      ['speakerId', 'reference'],
      ['organizationId', 'reference'],
      ['date', 'date'],
      ['venueId', 'reference'],
      ['topicIds', 'references'],
      ['summitId', 'reference'],
      ['meetingId', 'reference'],
      ['relations', 'list'],
      ['citations', 'list'],
    ]);
  });

  it('reads nullable as optional, an enum as its values with words, an id by what it names', () => {
    const fields = recordFields('statements');
    expect(byKey(fields, 'quote')).toMatchObject({
      kind: 'text',
      long: true,
      optional: true,
      label: 'Quote',
    });
    expect(byKey(fields, 'date')).toMatchObject({ kind: 'date', optional: false });
    expect(byKey(fields, 'speakerId')).toMatchObject({ kind: 'reference', to: 'person', optional: true });
    expect(byKey(fields, 'topicIds')).toMatchObject({ kind: 'references', to: 'topic' });
    expect(byKey(fields, 'kind')).toMatchObject({
      kind: 'choice',
      optional: false,
      choices: expect.arrayContaining([{ value: 'REPORTED', label: 'Reported speech' }]),
    });
  });

  it('repeats an object list’s fields per item, and keeps a list’s minimum', () => {
    const fields = recordFields('statements');
    expect(byKey(fields, 'citations')).toMatchObject({
      kind: 'list',
      min: 1,
      itemLabel: 'Citation',
      item: { kind: 'citation', optional: false },
    });
    const relations = byKey(fields, 'relations');
    expect(relations).toMatchObject({ kind: 'list', min: 0, item: { kind: 'group' } });
    const item = relations?.kind === 'list' ? relations.item : null;
    expect(item?.kind === 'group' && item.fields.map((f) => [f.key, f.kind, f.optional])).toEqual([
      ['type', 'choice', false],
      ['targetId', 'reference', false],
      ['note', 'text', true],
      ['citation', 'citation', true],
    ]);
  });

  it('leaves out what no update takes: a summit’s developments, a person’s merge', () => {
    expect(recordFields('summits').map((f) => f.key)).not.toContain('developments');
    expect(byKey(recordFields('summits'), 'ordinal')).toMatchObject({ kind: 'integer', optional: true });
    expect(byKey(recordFields('summits'), 'date')).toMatchObject({ kind: 'date', optional: true });
    const person = recordFields('people');
    expect(person.map((f) => f.key)).toEqual(['name', 'aliases', 'countryId', 'roles']);
    expect(byKey(person, 'aliases')).toMatchObject({ kind: 'lines', optional: false });
  });

  it('refuses a field it has no words or no control for, rather than showing it raw', () => {
    const string = { def: { type: 'string' } };
    expect(() => describeRecord({ shape: { secret: string } }, fieldWords, NOT_EDITED)).toThrow(/no label/);
    expect(() => describeRecord({ shape: { title: { def: { type: 'boolean' } } } }, fieldWords, [])).toThrow(
      /no control for the field "title"/,
    );
  });
});
