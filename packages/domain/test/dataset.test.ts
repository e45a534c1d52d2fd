import { describe, expect, test } from 'vitest';
import { type Dataset, DatasetError, labelFuzzyDate, validateDataset } from '../src/index.ts';
import { seedDataset } from '../src/seed/index.ts';

const problemsOf = (change: (d: Dataset) => void): readonly string[] => {
  const copy = structuredClone(seedDataset);
  change(copy);
  try {
    validateDataset(copy);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
};

const find = <T extends { slug: string }>(list: T[], slug: string): T => {
  const record = list.find((r) => r.slug === slug);
  if (!record) throw new Error(`no record "${slug}"`);
  return record;
};

describe('the seed dataset', () => {
  test('passes every validator and integrity check', () => {
    expect(validateDataset(seedDataset)).toEqual(seedDataset);
  });

  test('every summit, meeting and statement cites the founding article', () => {
    const source = seedDataset.sources[0];
    for (const record of [...seedDataset.summits, ...seedDataset.meetings, ...seedDataset.statements]) {
      expect(record.citations.length, record.slug).toBeGreaterThan(0);
      for (const citation of record.citations) expect(citation.sourceId).toBe(source?.id);
    }
    expect(source).toMatchObject({ outlet: 'CBS News', publishedAt: '2019-01-18', url: null });
  });

  test('the next summit as known that day: announced for late February, place to be announced', () => {
    const next = find(seedDataset.summits, 'second-us-north-korea-2019');
    expect(next.status).toBe('ANNOUNCED');
    expect(next.locationId).toBeNull();
    expect(next.date && labelFuzzyDate(next.date)).toBe('late February 2019');
    expect(next.date?.text).toBe('near the end of February');
    expect(next.candidateLocations.map((c) => [c.placeId, c.reportedById])).toEqual([
      ['place:vietnam', 'person:margaret-brennan'],
      ['place:thailand', 'person:margaret-brennan'],
    ]);
  });

  test('the first summit was cancelled, rescheduled after the letter, then held in June 2018', () => {
    const singapore = find(seedDataset.summits, 'singapore-2018');
    expect(singapore.developments.map((d) => d.status)).toEqual(['CANCELLED', 'SCHEDULED', 'HELD']);
    expect(singapore.developments[0]?.date).toBeNull();
    expect(singapore.date?.precision).toBe('MONTH');
  });

  test('the Oval Office meeting lasted an hour and a half on Friday 18 January 2019', () => {
    const meeting = find(seedDataset.meetings, 'trump-kim-yong-chol-2019-01-18');
    expect(meeting.durationMinutes).toBe(90);
    expect(meeting.date.edtf).toBe('2019-01-18');
    expect(meeting.locationId).toBe('place:oval-office');
  });

  test('the Pentagon review and Pence contradict the "no longer a threat" tweet', () => {
    const targets = seedDataset.statements.flatMap((s) =>
      s.relations.filter((r) => r.type === 'CONTRADICTS').map((r) => [s.slug, r.targetId]),
    );
    expect(targets).toEqual([
      ['missile-defense-review-2019', 'statement:trump-tweet-no-longer-a-threat'],
      ['pence-2019-01-16', 'statement:trump-tweet-no-longer-a-threat'],
    ]);
  });

  test('dates stay at the precision the article gives', () => {
    expect(find(seedDataset.statements, 'missile-defense-review-2019').date.edtf).toBe(
      '2019-01-14/2019-01-17',
    );
    expect(find(seedDataset.statements, 'pence-2019-01-16').date.edtf).toBe('2019-01-16');
    expect(find(seedDataset.meetings, 'trump-kim-yong-chol-2018-06').date.edtf).toBe('2018-06');
  });

  test('names as the world knows them, other spellings as aliases', () => {
    expect(find(seedDataset.people, 'stephen-biegun').aliases).toContain('Steve Beigun');
    expect(find(seedDataset.people, 'kim-yong-chol')).toMatchObject({ name: 'Kim Yong Chol' });
    expect(find(seedDataset.people, 'kim-yong-chol').aliases).toContain('Kim Yong-chol');
  });

  test('page furniture is not a record', () => {
    const text = JSON.stringify(seedDataset);
    expect(text).not.toMatch(/Craighead|cookie|Pompeo meets with top North Korean diplomat/i);
  });
});

describe('validateDataset finds integrity problems', () => {
  test.each<[string, (d: Dataset) => void, string]>([
    [
      'a reference to nothing',
      (d) => {
        if (d.statements[0]) d.statements[0].speakerId = 'person:nobody';
      },
      'statement "sanders-2019-01-18-statement": speakerId refers to person "person:nobody", which does not exist',
    ],
    [
      'a reference to the wrong type',
      (d) => {
        if (d.meetings[0]) d.meetings[0].summitId = 'place:oval-office';
      },
      'meeting "trump-kim-yong-chol-2019-01-18": summitId refers to summit "place:oval-office", which is a place',
    ],
    [
      'a citation of an unknown source',
      (d) => {
        const c = d.summits[0]?.developments[0]?.citation;
        if (c) c.sourceId = 'source:gone';
      },
      'summit "singapore-2018": developments[0].citation.sourceId refers to source "source:gone", which does not exist',
    ],
    [
      'a duplicate id',
      (d) => d.topics.push({ ...d.topics[0], slug: 'other' } as never),
      'topic "other": id "topic:denuclearization" is used twice',
    ],
    [
      'a duplicate slug',
      (d) => d.topics.push({ id: 'topic:x', slug: 'sanctions', name: 'X' }),
      'topic "sanctions": slug is used twice',
    ],
    [
      'an id of another type',
      (d) => d.topics.push({ id: 'place:x', slug: 'x', name: 'X' }),
      'topic "x": id "place:x" must start with "topic:"',
    ],
    [
      'an uncited statement',
      (d) => {
        if (d.statements[1]) d.statements[1].citations = [];
      },
      'statement "sanders-2019-01-18-statement-place": citations needs at least one citation',
    ],
  ])('%s', (_name, change, problem) => {
    expect(problemsOf(change)).toContain(problem);
  });

  test('reports every problem at once', () => {
    const problems = problemsOf((d) => {
      for (const s of d.statements) s.speakerId = 'person:nobody';
    });
    expect(problems.length).toBe(seedDataset.statements.length);
  });
});
