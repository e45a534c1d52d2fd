import { beforeEach, describe, expect, test } from 'vitest';
import {
  createEditor,
  createMemoryStore,
  day,
  type Editor,
  type RecordOf,
  range,
  type Store,
} from '../src/index.ts';
import { seedDataset } from '../src/seed/index.ts';

const editor = 'account:editor';
const [seedStatement] = seedDataset.statements as [RecordOf<'statement'>];
const secondSummit = seedDataset.summits.find(
  (s) => s.slug === 'second-us-north-korea-2019',
) as RecordOf<'summit'>;
// A made-up wire story for the tests: its full text is stored, so what cites it must quote it word for word.
const wire = {
  title: 'Summit set for Hanoi',
  outlet: 'Test Wire',
  publishedAt: '2019-02-08',
  text: 'The second summit will take place in Hanoi, Vietnam, on February 27 and 28, the president said. "We are making progress," he said.',
};
const statementInput = (sourceId: string) => ({
  kind: 'STATEMENT' as const,
  quote: 'We are making progress,',
  speakerId: 'person:donald-trump',
  date: day('2019-02-08'),
  summitId: secondSummit.id,
  citations: [{ sourceId, excerpt: '"We are making progress," he said.' }],
});

let store: Store;
let edit: Editor;
let sourceId: string;
beforeEach(async () => {
  store = createMemoryStore(seedDataset);
  edit = createEditor(store);
  const { record, userErrors } = await edit.createSource(editor, wire);
  expect(userErrors).toEqual([]);
  sourceId = record?.id as string;
});

describe('creating', () => {
  test('a source: slug and id from its title, defaults filled, revision 1 by the actor', async () => {
    const [source] = await store.load('source', [sourceId]);
    expect(source).toEqual({
      ...wire,
      id: 'source:summit-set-for-hanoi',
      slug: 'summit-set-for-hanoi',
      kind: 'ARTICLE',
      author: null,
      url: null,
      language: 'en',
    });
    const history = await store.history(sourceId, {});
    expect(history.edges.map((e) => [e.node.revision, e.node.actor])).toEqual([[1, editor]]);
  });

  test('a statement quoting the stored text; an excerpt or quote not in it answers NOT_IN_SOURCE', async () => {
    const created = await edit.createStatement(editor, {
      ...statementInput(sourceId),
      reason: 'new article',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.record).toMatchObject({
      id: 'statement:donald-trump-2019-02-08-statement',
      quote: 'We are making progress,',
      topicIds: [],
      relations: [],
    });
    const misquoted = await edit.createStatement(editor, {
      ...statementInput(sourceId),
      slug: 'misquoted',
      quote: 'We are making great progress',
      citations: [{ sourceId, excerpt: 'in Hanoi on February 27' }],
    });
    expect(misquoted).toEqual({
      record: null,
      userErrors: [
        {
          field: ['citations', '0', 'excerpt'],
          code: 'NOT_IN_SOURCE',
          message: expect.stringContaining(sourceId),
        },
        { field: ['quote'], code: 'NOT_IN_SOURCE', message: expect.any(String) },
      ],
    });
    expect(await store.load('statement', ['statement:misquoted'])).toEqual([null]);
  });

  test('people, places, organizations, meetings and summits', async () => {
    const hanoi = await edit.createPlace(editor, { name: 'Hanoi', kind: 'CITY', withinId: 'place:vietnam' });
    expect(hanoi.record).toMatchObject({ id: 'place:hanoi', aliases: [], withinId: 'place:vietnam' });
    const ministry = await edit.createOrganization(editor, {
      name: 'Ministry of Foreign Affairs of Viêt Nam',
      kind: 'AGENCY',
    });
    expect(ministry.record?.id).toBe('organization:ministry-of-foreign-affairs-of-viet-nam');
    const person = await edit.createPerson(editor, { name: 'Pham Binh Minh', countryId: 'place:vietnam' });
    expect(person.record).toMatchObject({ slug: 'pham-binh-minh', roles: [], aliases: [] });
    const citations = [{ sourceId, excerpt: 'The second summit will take place in Hanoi' }];
    const summit = await edit.createSummit(editor, { title: 'Hanoi summit', status: 'SCHEDULED', citations });
    expect(summit.userErrors).toEqual([]);
    const meeting = await edit.createMeeting(editor, {
      title: 'Hanoi preparations',
      date: day('2019-02-08'),
      participants: [
        { personId: 'person:mike-pompeo', role: 'HOST' },
        { personId: 'person:pham-binh-minh', role: 'GUEST' },
      ],
      summitId: 'summit:hanoi-summit',
      citations,
    });
    expect(meeting.record).toMatchObject({ id: 'meeting:hanoi-preparations', locationId: null });
  });
});

describe('updating', () => {
  test('changes the fields given, keeps the others, and counts the revision on', async () => {
    const updated = await edit.updateStatement(editor, {
      id: seedStatement.id,
      expectedRevision: 1,
      reason: 'topic',
      topicIds: ['topic:denuclearization'],
    });
    expect(updated).toMatchObject({
      record: { ...seedStatement, topicIds: ['topic:denuclearization'] },
      userErrors: [],
    });
    expect(await store.revisions([seedStatement.id])).toEqual([2]);
    // The revision written comes back with the record: the API answers `revision` without asking again.
    expect(updated.revisions?.map((r) => [r.recordId, r.revision])).toEqual([[seedStatement.id, 2]]);
    const person = await edit.updatePerson(editor, {
      id: 'person:mike-pompeo',
      expectedRevision: 1,
      reason: null,
      aliases: ['Secretary Pompeo'],
    });
    expect(person.record?.aliases).toEqual(['Secretary Pompeo']);
    const meeting = seedDataset.meetings[0] as RecordOf<'meeting'>;
    const moved = await edit.updateMeeting(editor, {
      id: meeting.id,
      expectedRevision: 1,
      durationMinutes: 60,
    });
    expect(moved.record).toEqual({ ...meeting, durationMinutes: 60 });
    const renamed = await edit.updateSummit(editor, {
      id: secondSummit.id,
      expectedRevision: 1,
      title: 'Hanoi summit',
    });
    expect(renamed.record).toEqual({ ...secondSummit, title: 'Hanoi summit' });
  });

  test('a stale expectedRevision answers CONFLICT and writes nothing', async () => {
    const first = { id: seedStatement.id, expectedRevision: 1, reason: null };
    expect((await edit.updateStatement(editor, { ...first, paraphrase: 'One.' })).userErrors).toEqual([]);
    const stale = await edit.updateStatement('account:other', { ...first, paraphrase: 'Two.' });
    expect(stale).toEqual({
      record: null,
      userErrors: [
        { field: ['expectedRevision'], code: 'CONFLICT', message: expect.stringContaining('revision 2') },
      ],
    });
    expect((await store.load('statement', [seedStatement.id]))[0]?.paraphrase).toBe('One.');
  });
});

describe('every userError', () => {
  test('INVALID: a field its validator refuses, a bad reason or revision', async () => {
    expect((await edit.createPerson(editor, { name: '  ' })).userErrors).toEqual([
      { field: ['name'], code: 'INVALID', message: expect.any(String) },
    ]);
    const undated = await edit.createStatement(editor, {
      ...statementInput(sourceId),
      date: { ...day('2019-02-08'), earliest: '2019-03-01' },
    });
    expect(undated.userErrors).toEqual([
      { field: ['date', 'earliest'], code: 'INVALID', message: 'date.earliest is after date.latest' },
    ]);
    const reason = await edit.updatePerson(editor, {
      id: 'person:mike-pompeo',
      expectedRevision: 1,
      reason: 'a\u0000b',
    });
    expect(reason.userErrors).toEqual([{ field: ['reason'], code: 'INVALID', message: expect.any(String) }]);
    const revision = await edit.updatePerson(editor, {
      id: 'person:mike-pompeo',
      expectedRevision: 1.5,
      reason: null,
    });
    expect(revision.userErrors).toEqual([
      { field: ['expectedRevision'], code: 'INVALID', message: expect.any(String) },
    ]);
  });

  test('NOT_FOUND: an unknown record to change, or a reference to none', async () => {
    expect(await edit.updateStatement(editor, { id: 'statement:nobody', expectedRevision: 1 })).toEqual({
      record: null,
      userErrors: [
        { field: ['id'], code: 'NOT_FOUND', message: 'no statement has the id "statement:nobody"' },
      ],
    });
    const unknown = await edit.createStatement(editor, {
      ...statementInput(sourceId),
      speakerId: 'person:nobody',
    });
    expect(unknown.userErrors).toEqual([
      {
        field: ['speakerId'],
        code: 'NOT_FOUND',
        message: 'speakerId refers to person "person:nobody", which does not exist',
      },
    ]);
  });

  test('TAKEN: a slug another record holds, made from the name or given', async () => {
    expect((await edit.createPerson(editor, { name: 'Donald Trump' })).userErrors).toEqual([
      { field: ['name'], code: 'TAKEN', message: expect.stringContaining('person:donald-trump') },
    ]);
    expect((await edit.createPerson(editor, { name: 'D. J. T.', slug: 'donald-trump' })).userErrors).toEqual([
      { field: ['slug'], code: 'TAKEN', message: expect.any(String) },
    ]);
    const moved = await edit.updatePerson(editor, {
      id: 'person:mike-pence',
      expectedRevision: 1,
      slug: 'donald-trump',
    });
    expect(moved.userErrors).toEqual([
      { field: ['slug'], code: 'TAKEN', message: 'slug is already used by "person:donald-trump"' },
    ]);
  });
});

describe('addSummitDevelopment', () => {
  const development = (overrides: object = {}) => ({
    id: secondSummit.id,
    expectedRevision: 1,
    reason: 'Hanoi announced',
    status: 'SCHEDULED' as const,
    description: 'The White House named Hanoi and the dates.',
    date: day('2019-02-08'),
    summitDate: range('2019-02-27', '2019-02-28', 'February 27 and 28'),
    locationId: 'place:vietnam',
    citation: { sourceId, excerpt: 'in Hanoi, Vietnam, on February 27 and 28' },
    ...overrides,
  });

  test('appends the development and sets status, date and place in one revision', async () => {
    const { record, userErrors } = await edit.addSummitDevelopment(editor, development());
    expect(userErrors).toEqual([]);
    expect(record).toEqual({
      ...secondSummit,
      status: 'SCHEDULED',
      date: range('2019-02-27', '2019-02-28', 'February 27 and 28'),
      locationId: 'place:vietnam',
      developments: [
        ...secondSummit.developments,
        {
          sequence: 2,
          date: day('2019-02-08'),
          status: 'SCHEDULED',
          description: 'The White House named Hanoi and the dates.',
          citation: { sourceId, excerpt: 'in Hanoi, Vietnam, on February 27 and 28' },
          summitDate: range('2019-02-27', '2019-02-28', 'February 27 and 28'),
          locationId: 'place:vietnam',
        },
      ],
    });
    const history = await store.history(secondSummit.id, {});
    expect(history.edges.map((e) => e.node.revision)).toEqual([2, 1]);
    expect(history.edges[0]?.node).toMatchObject({
      before: secondSummit,
      after: record,
      reason: 'Hanoi announced',
    });
  });

  test('leaves date and place as they were when not given; names its own fields in userErrors', async () => {
    const { record } = await edit.addSummitDevelopment(
      editor,
      development({ summitDate: undefined, locationId: undefined }),
    );
    expect(record).toMatchObject({ status: 'SCHEDULED', date: secondSummit.date, locationId: null });
    const refused = await edit.addSummitDevelopment(
      editor,
      development({
        expectedRevision: 2,
        locationId: 'place:hanoi',
        summitDate: { ...day('2019-02-28'), earliest: '2019-03-01' },
        citation: { sourceId, excerpt: 'in Hanoi on the 27th' },
      }),
    );
    expect(refused.userErrors).toEqual([
      { field: ['summitDate', 'earliest'], code: 'INVALID', message: expect.any(String) },
    ]);
    const missing = await edit.addSummitDevelopment(
      editor,
      development({
        expectedRevision: 2,
        locationId: 'place:hanoi',
        citation: { sourceId, excerpt: 'in Hanoi on the 27th' },
      }),
    );
    expect(missing.userErrors).toEqual([
      { field: ['locationId'], code: 'NOT_FOUND', message: expect.any(String) },
      { field: ['citation', 'excerpt'], code: 'NOT_IN_SOURCE', message: expect.any(String) },
    ]);
    expect(
      (await edit.addSummitDevelopment(editor, development({ id: 'summit:nope' }))).userErrors[0]?.code,
    ).toBe('NOT_FOUND');
  });

  test('a development dated before the latest one is kept as history and leaves the summit as it is', async () => {
    const latest = secondSummit.developments.at(-1)?.date;
    expect(latest).toBeTruthy();
    const { record, userErrors } = await edit.addSummitDevelopment(
      editor,
      development({ date: day('2018-12-01'), status: 'PROPOSED' }),
    );
    expect(userErrors).toEqual([]);
    expect(record).toMatchObject({
      status: secondSummit.status,
      date: secondSummit.date,
      locationId: secondSummit.locationId,
    });
    // Ordered before the developments dated after it, so the latest stays the latest.
    expect(record?.developments.map((d) => [d.sequence, d.status])).toEqual([
      [1, 'PROPOSED'],
      ...secondSummit.developments.map((d) => [d.sequence + 1, d.status]),
    ]);
  });
});

describe('revertRecord', () => {
  test('writes an earlier revision back as a new revision', async () => {
    await edit.updateStatement(editor, { id: seedStatement.id, expectedRevision: 1, paraphrase: 'Wrong.' });
    const reverted = await edit.revertRecord(editor, {
      id: seedStatement.id,
      revision: 1,
      expectedRevision: 2,
      reason: 'vandalism',
    });
    expect(reverted).toMatchObject({ record: seedStatement, userErrors: [] });
    const history = await store.history(seedStatement.id, {});
    expect(history.edges.map((e) => [e.node.revision, e.node.reason])).toEqual([
      [3, 'vandalism'],
      [2, null],
      [1, null],
    ]);
  });

  test('answers NOT_FOUND for an unknown record or revision, CONFLICT for a stale one', async () => {
    const revert = (input: object) =>
      edit.revertRecord(editor, { id: seedStatement.id, revision: 1, expectedRevision: 1, ...input });
    expect((await revert({ id: 'statement:nobody' })).userErrors).toEqual([
      { field: ['id'], code: 'NOT_FOUND', message: expect.any(String) },
    ]);
    expect((await revert({ revision: 9 })).userErrors).toEqual([
      { field: ['revision'], code: 'NOT_FOUND', message: `"${seedStatement.id}" has no revision 9` },
    ]);
    expect((await revert({ expectedRevision: 4 })).userErrors[0]?.code).toBe('CONFLICT');
  });
});
