import { describe, expect, it } from 'vitest';
import { plainText } from './pieces.ts';
import { type Change, createdFields, diffRecords } from './record-diff.ts';

const sentences = (changes: Change[]) => changes.map((c) => `${c.field}${plainText(c.what)}`);

const trump = {
  id: 'person:donald-trump',
  slug: 'donald-trump',
  name: 'Donald Trump',
  aliases: ['Donald J. Trump', 'Mr. Trump'],
  countryId: 'place:united-states',
  roles: [
    {
      title: 'President of the United States',
      organizationId: 'organization:white-house',
      from: null,
      to: null,
      citation: { excerpt: 'President Donald J. Trump met', sourceId: 'source:cbs-2019-01-18' },
    },
  ],
};

const meeting = {
  id: 'meeting:trump-kim-2018-06',
  slug: 'trump-kim-2018-06',
  title: 'Kim Yong Chol delivers a letter',
  description: null,
  date: {
    edtf: '2018-06',
    text: 'June 2018',
    earliest: '2018-06-01',
    latest: '2018-06-30',
    precision: 'MONTH',
  },
  durationMinutes: null,
  locationId: null,
  participants: [
    { role: 'HOST', personId: 'person:donald-trump' },
    { role: 'GUEST', personId: 'person:kim-yong-chol' },
  ],
  topicIds: ['topic:summit-letter'],
  summitId: 'summit:singapore-2018',
  citations: [{ excerpt: 'Mr. Trump met with Kim Yong Chol', sourceId: 'source:cbs-2019-01-18' }],
};

describe('diffRecords', () => {
  it('says nothing of a record written again as it was, whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(meeting).reverse());
    expect(diffRecords(meeting, reordered)).toEqual([]);
  });

  it('lists an added alias and a changed name, in reading order', () => {
    const after = { ...trump, aliases: [...trump.aliases, 'The Donald'], name: 'Donald J. Trump' };
    expect(sentences(diffRecords(trump, after))).toEqual([
      'Name changed from “Donald Trump” to “Donald J. Trump”',
      'Alias added: “The Donald”',
    ]);
  });

  it('summarises nested objects: a role edited in place is removed and added, with its organization and citation', () => {
    const role = { ...trump.roles[0], title: 'President', from: meeting.date };
    expect(sentences(diffRecords(trump, { ...trump, roles: [role] }))).toEqual([
      'Role removed: President of the United States, white-house, citing “President Donald J. Trump met” in cbs-2019-01-18',
      'Role added: President, white-house, from “June 2018” (2018-06), citing “President Donald J. Trump met” in cbs-2019-01-18',
    ]);
  });

  it('names participants by slug with their part, and links the records that have pages', () => {
    const after = {
      ...meeting,
      participants: [...meeting.participants, { role: 'ATTENDEE', personId: 'person:mike-pompeo' }],
    };
    const [change] = diffRecords(meeting, after);
    expect(sentences(diffRecords(meeting, after))).toEqual(['Participant added: mike-pompeo (attendee)']);
    expect(change?.what).toContainEqual({
      ref: { id: 'person:mike-pompeo', slug: 'mike-pompeo', href: '/people/mike-pompeo' },
    });
  });

  it('says a list only moved when its items stayed the same', () => {
    const after = { ...meeting, participants: [...meeting.participants].reverse() };
    expect(sentences(diffRecords(meeting, after))).toEqual(['Participants reordered']);
  });

  it('tells a value set, removed and changed apart, with dates, durations and references in words', () => {
    const after = {
      ...meeting,
      description: 'A letter.',
      durationMinutes: 90,
      summitId: null,
      locationId: 'place:white-house',
      date: { ...meeting.date, edtf: '2018-06-01', text: null, latest: '2018-06-01', precision: 'DAY' },
      citations: [{ excerpt: 'Mr. Trump met with Kim Yong Chol', sourceId: 'source:cnn-2018-06-01' }],
    };
    expect(sentences(diffRecords(meeting, after))).toEqual([
      'Date changed from “June 2018” (2018-06) to 2018-06-01',
      'Duration set to 1 hour 30 minutes',
      'Description set to “A letter.”',
      'Location set to white-house',
      'Summit removed (was singapore-2018)',
      'Citation removed: “Mr. Trump met with Kim Yong Chol” in cbs-2019-01-18',
      'Citation added: “Mr. Trump met with Kim Yong Chol” in cnn-2018-06-01',
    ]);
  });

  it('puts enum values in words', () => {
    const summit = { id: 'summit:hanoi', slug: 'hanoi', status: 'SCHEDULED' };
    expect(sentences(diffRecords(summit, { ...summit, status: 'HELD' }))).toEqual([
      'Status changed from Scheduled to Held',
    ]);
    const statement = { id: 'statement:s', kind: 'REMARKS' };
    expect(sentences(diffRecords(statement, { ...statement, kind: 'REPORTED' }))).toEqual([
      'Kind changed from Remarks to Reported speech',
    ]);
  });

  it('reads a retraction, its undoing and a merge as events', () => {
    const retracted = { ...trump, retractionReason: 'A hoax.' };
    expect(sentences(diffRecords(trump, retracted))).toEqual(['Retracted, because “A hoax.”']);
    expect(sentences(diffRecords(retracted, trump))).toEqual([
      'Retraction undone (the reason was “A hoax.”)',
    ]);
    expect(sentences(diffRecords(trump, { ...trump, mergedIntoId: 'person:trump' }))).toEqual([
      'Merged into trump',
    ]);
  });

  it('reads a list missing from an older record as empty', () => {
    const { aliases: _, ...older } = trump;
    expect(sentences(diffRecords(older, { ...older, aliases: [] }))).toEqual([]);
  });

  it('names a field it does not know', () => {
    expect(sentences(diffRecords({ reportedById: null }, { reportedById: 'person:x' }))).toEqual([
      'Reported by set to x',
    ]);
  });
});

describe('createdFields', () => {
  it('spells out the main fields and counts the long lists, leaving out empty ones and the id', () => {
    const fields = createdFields(meeting).map((f) => `${f.field}: ${plainText(f.value)}`);
    expect(fields).toEqual([
      'Title: “Kim Yong Chol delivers a letter”',
      'Slug: “trump-kim-2018-06”',
      'Date: “June 2018” (2018-06)',
      'Summit: singapore-2018',
      'Participants: donald-trump (host); kim-yong-chol (guest)',
      'Topics: summit-letter',
      'Citations: 1 citation',
    ]);
  });
});
