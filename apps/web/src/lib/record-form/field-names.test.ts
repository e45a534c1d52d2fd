import { describe, expect, it } from 'vitest';
import { labelPath } from './field-names.ts';
import { recordFields } from './record-kinds.ts';

describe('labelPath', () => {
  const statement = recordFields('statements');

  it('names a control by the labels leading to it', () => {
    expect(labelPath(statement, 'quote')).toEqual(['Quote']);
    expect(labelPath(statement, 'citations.0.excerpt')).toEqual(['Citation 1', 'Excerpt']);
    expect(labelPath(statement, 'relations.1.citation.sourceId')).toEqual([
      'Relation 2',
      'Citation',
      'Source',
    ]);
    expect(labelPath(statement, 'citations')).toEqual(['Citations']);
  });

  it('names a part of a control as the control, and no field as nothing', () => {
    expect(labelPath(statement, 'date.earliest')).toEqual(['Date']);
    expect(labelPath(statement, 'expectedRevision')).toEqual([]);
  });
});
