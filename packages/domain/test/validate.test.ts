import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  type FuzzyDate,
  type Meeting,
  type Organization,
  type Person,
  type Place,
  type Role,
  type Source,
  type Statement,
  type StatementRelation,
  type Summit,
  type SummitDevelopment,
  ValidationError,
  validateRecord,
} from '../src/index.ts';
import { seedDataset } from '../src/seed/index.ts';

const statement = seedDataset.statements[0];
const errorOf = (fn: () => unknown): ValidationError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('validateRecord names the record and the field', () => {
  test('accepts a seed record unchanged', () => {
    expect(validateRecord('statement', statement)).toEqual(statement);
  });

  test.each([
    [
      'date bounds reversed',
      {
        date: {
          text: 'Friday',
          edtf: '2019-01-18',
          earliest: '2019-01-19',
          latest: '2019-01-18',
          precision: 'DAY',
        },
      },
      'statement "sanders-2019-01-18-statement": date.earliest is after date.latest',
    ],
    [
      'no citation',
      { citations: [] },
      'statement "sanders-2019-01-18-statement": citations needs at least one citation',
    ],
    [
      'neither quote nor paraphrase',
      { quote: null, paraphrase: null },
      'statement "sanders-2019-01-18-statement": quote needs a quote or a paraphrase',
    ],
    [
      'nobody speaking',
      { speakerId: null, organizationId: null },
      'statement "sanders-2019-01-18-statement": speakerId needs a speaker or an issuing organization',
    ],
    ['unknown kind', { kind: 'RUMOUR' }, 'statement "sanders-2019-01-18-statement": kind'],
    ['malformed slug', { slug: 'Not A Slug' }, 'statement "Not A Slug": slug must be lowercase kebab-case'],
    [
      'bad calendar date',
      { date: { ...statement?.date, earliest: '2018-02-30' } },
      'date.earliest Invalid ISO date',
    ],
    [
      'empty excerpt',
      { citations: [{ sourceId: 'source:x', excerpt: '  ' }] },
      'citations[0].excerpt must not be empty',
    ],
  ])('%s', (_name, change, message) => {
    const error = errorOf(() => validateRecord('statement', { ...statement, ...change }));
    expect(error.message).toContain(message);
    expect(error.recordType).toBe('statement');
  });

  test('a meeting needs two participants', () => {
    const meeting = seedDataset.meetings[0];
    const error = errorOf(() =>
      validateRecord('meeting', { ...meeting, participants: meeting?.participants.slice(0, 1) }),
    );
    expect(error.message).toBe(
      `meeting "${meeting?.slug}": participants a meeting needs at least two participants`,
    );
  });

  test('a source URL must be a URL or null, never made up from nothing', () => {
    const source = seedDataset.sources[0];
    expect(errorOf(() => validateRecord('source', { ...source, url: 'cbs news' })).message).toContain('url');
    expect(validateRecord('source', { ...source, url: null }).url).toBeNull();
    // A link readers follow: only the web's own schemes, never a script.
    expect(
      errorOf(() => validateRecord('source', { ...source, url: 'javascript:alert(1)' })).message,
    ).toContain('url');
    expect(validateRecord('source', { ...source, url: 'https://www.cbsnews.com/' }).url).toBe(
      'https://www.cbsnews.com/',
    );
  });

  test('a record that is not an object is still named', () => {
    expect(errorOf(() => validateRecord('person', 42)).message).toMatch(/^person "\(unnamed\)"/);
  });
});

// A newcomer's hand-written record was refused: "paraphrase: expected string, received undefined".
describe('a record may leave out what is null or empty', () => {
  const handWritten = {
    id: 'statement:ada-2019-01-18-remarks',
    slug: 'ada-2019-01-18-remarks',
    kind: 'REMARKS',
    quote: 'We will meet again.',
    speakerId: 'person:ada',
    date: { edtf: '2019-01-18', earliest: '2019-01-18', latest: '2019-01-18', precision: 'DAY' },
    citations: [{ sourceId: 'source:wire', excerpt: 'We will meet again.' }],
  };

  test('every nullable field left out is null, every list empty', () => {
    expect(validateRecord('statement', handWritten)).toEqual({
      ...handWritten,
      paraphrase: null,
      organizationId: null,
      venueId: null,
      summitId: null,
      meetingId: null,
      topicIds: [],
      relations: [],
      date: { ...handWritten.date, text: null },
    });
    const role = { title: 'Envoy' };
    const person = { id: 'person:ada', slug: 'ada', name: 'Ada', roles: [role] };
    expect(validateRecord('person', person)).toEqual({
      ...person,
      aliases: [],
      countryId: null,
      roles: [{ ...role, organizationId: null, from: null, to: null, citation: null }],
    });
  });

  test('a field left out that must be given is named, with what it takes', () => {
    const { slug: _, date: __, ...rest } = handWritten;
    expect(errorOf(() => validateRecord('statement', { ...rest, quote: 42 })).issues).toEqual([
      { path: 'slug', message: 'is missing: give a string' },
      { path: 'quote', message: 'must be a string or null, not a number' },
      { path: 'date', message: 'is missing: give an object (text, edtf, earliest, latest, precision)' },
    ]);
    expect(errorOf(() => validateRecord('statement', { ...handWritten, citations: null })).message).toBe(
      'statement "ada-2019-01-18-remarks": citations must be an array, not null',
    );
  });

  test('a validated record still holds every nullable field (null, never absent)', () => {
    type Absent<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];
    expectTypeOf<Absent<Statement>>().toEqualTypeOf<'retractionReason'>();
    expectTypeOf<Absent<Person>>().toEqualTypeOf<'retractionReason' | 'mergedIntoId'>();
    expectTypeOf<
      Absent<Source> | Absent<Summit> | Absent<Meeting> | Absent<Organization> | Absent<Place>
    >().toEqualTypeOf<'retractionReason'>();
    expectTypeOf<
      Absent<FuzzyDate> | Absent<Role> | Absent<StatementRelation> | Absent<SummitDevelopment>
    >().toBeNever();
  });
});

// PostgreSQL cannot store a NUL (the write crashed with a stack dump) and turns a lone surrogate into U+FFFD.
describe('every text field refuses characters the database cannot store', () => {
  const source = seedDataset.sources[0];
  const person = seedDataset.people[0];
  test.each([
    ['statement', 'quote contains a NUL character (U+0000)', { ...statement, quote: 'a\u0000b' }],
    [
      'statement',
      'citations[0].excerpt contains a lone surrogate (U+D800), half of a UTF-16 pair',
      { ...statement, citations: [{ sourceId: 'source:x', excerpt: 'x\ud800' }] },
    ],
    [
      'statement',
      'date.text contains a lone',
      { ...statement, date: { ...statement?.date, text: '\udc00' } },
    ],
    ['source', 'url contains a NUL character', { ...source, url: 'https://example.org/\u0000' }],
    ['source', 'language contains a NUL character', { ...source, language: 'e\u0000' }],
    ['person', 'aliases[1] contains a NUL character', { ...person, aliases: ['ok', 'no\u0000'] }],
  ] as const)('%s: %s', (type, message, record) => {
    const error = errorOf(() => validateRecord(type, record));
    expect(error.message).toContain(message);
    expect(error.message).toContain('which text cannot hold');
  });

  test('a character outside the BMP (a valid surrogate pair) is kept', () => {
    expect(validateRecord('statement', { ...statement, quote: 'peace 🕊' }).quote).toBe('peace 🕊');
  });
});
