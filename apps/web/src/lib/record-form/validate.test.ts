import { StatementSchema } from '@parley/domain';
import { describe, expect, it } from 'vitest';
import { recordFields } from './record-kinds.ts';
import { mergeProblems, STAND_IN_ID, validateValues } from './validate.ts';

const fields = recordFields('statements');
const rest = { id: STAND_IN_ID, slug: 'sanders-remarks' };
const statement = {
  kind: 'REMARKS',
  quote: 'Look we continue to make progress',
  paraphrase: null,
  speakerId: 'UGVyc29uOnBlcnNvbjpzYXJhaC1zYW5kZXJz',
  organizationId: null,
  date: { text: null, edtf: '2019-01-18', earliest: '2019-01-18', latest: '2019-01-18', precision: 'DAY' },
  venueId: null,
  topicIds: ['VG9waWM6dG9waWM6YQ=='],
  summitId: null,
  meetingId: null,
  relations: [],
  citations: [{ sourceId: 'U291cmNlOnNvdXJjZTpjYnM', excerpt: 'Look we continue to make progress' }],
};

describe('validateValues', () => {
  it('accepts a good record whatever its (opaque) global ids look like', () => {
    expect(validateValues(StatementSchema, fields, statement, rest)).toEqual([]);
  });

  it('names the control of each rule the validator finds broken, in its own words', () => {
    const problems = validateValues(
      StatementSchema,
      fields,
      { ...statement, quote: null, speakerId: null, citations: [] },
      rest,
    );
    expect(problems).toEqual([
      { name: 'citations', message: 'needs at least one citation' },
      { name: 'quote', message: 'needs a quote or a paraphrase' },
      { name: 'speakerId', message: 'needs a speaker or an issuing organization' },
    ]);
  });

  it('judges nested fields under their form names', () => {
    const problems = validateValues(
      StatementSchema,
      fields,
      { ...statement, citations: [{ sourceId: 'x', excerpt: '   ' }] },
      rest,
    );
    expect(problems).toEqual([{ name: 'citations.0.excerpt', message: 'must not be empty' }]);
  });
});

describe('mergeProblems', () => {
  it('keeps what could not be read and drops the validator’s words on the same control', () => {
    expect(
      mergeProblems(
        [{ name: 'date', message: 'not EDTF' }],
        [
          { name: 'date', message: 'Invalid input' },
          { name: 'date.earliest', message: 'is after ^latest' },
          { name: 'quote', message: 'needs a quote or a paraphrase' },
        ],
      ),
    ).toEqual([
      { name: 'date', message: 'not EDTF' },
      { name: 'quote', message: 'needs a quote or a paraphrase' },
    ]);
  });
});
