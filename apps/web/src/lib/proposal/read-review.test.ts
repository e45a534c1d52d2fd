import { describe, expect, it } from 'vitest';
import { proposal, recorded } from './fixture.test-data.ts';
import { readReview } from './read-review.ts';
import { type ReviewItem, reviewOf } from './review.ts';

const review = reviewOf(proposal);
/** A form with every item ticked, and these values besides. */
const form =
  (values: Record<string, string>, unticked: string[] = []) =>
  (name: string) => {
    if (name.endsWith('.accept')) return unticked.includes(name.split('.')[0] ?? '') ? null : 'on';
    return values[name] ?? null;
  };
const item = (items: ReviewItem[], key: string) => items.find((i) => i.key === key);

describe('readReview', () => {
  it('changes nothing when the form only repeats the proposal', () => {
    const read = readReview(
      review,
      form({ 'r2.quote': 'Sadly, I feel it is inappropriate.', 'r2.date': '2018-05-24' }),
      recorded,
    );
    expect(read).toEqual({ review, problems: [] });
  });

  it('takes the accept boxes, the source always accepted', () => {
    const { review: read } = readReview(review, form({}, ['r0', 'r3']), recorded);
    expect(read.items.map((i) => i.accepted)).toEqual([true, true, true, false, true]);
  });

  it('takes corrected fields: empty as none, a date as EDTF keeping the article’s words', () => {
    const { review: read, problems } = readReview(
      review,
      form({
        'r1.title': ' Kim Yong Chol hand-delivers a letter ',
        'r1.description': 'In the Oval Office.',
        'r1.duration': '',
        'r2.kind': 'REMARKS',
        'r2.quote': '',
        'r2.paraphrase': 'he felt it inappropriate',
        'r2.date': '2018-05',
      }),
      recorded,
    );
    expect(problems).toEqual([]);
    expect(item(read.items, 'r1')?.record).toMatchObject({
      title: 'Kim Yong Chol hand-delivers a letter',
      description: 'In the Oval Office.',
      durationMinutes: null,
    });
    expect(item(read.items, 'r2')?.record).toMatchObject({
      kind: 'REMARKS',
      quote: null,
      paraphrase: 'he felt it inappropriate',
      date: {
        text: 'on Thursday',
        edtf: '2018-05',
        earliest: '2018-05-01',
        latest: '2018-05-31',
        precision: 'MONTH',
      },
    });
  });

  it('reports values that do not read, keeping the proposal’s', () => {
    const { review: read, problems } = readReview(
      review,
      form({ 'r2.date': 'last Thursday', 'r1.duration': 'ninety', 'r1.title': ' ', 'r2.kind': 'SHOUT' }),
      recorded,
    );
    expect(problems.map((p) => [p.item, p.field])).toEqual([
      ['r1', 'r1.title'],
      ['r1', 'r1.duration'],
      ['r2', 'r2.date'],
    ]);
    expect(item(read.items, 'r1')?.record).toMatchObject({
      title: 'Kim Yong Chol delivers a letter',
      durationMinutes: 90,
    });
    expect(item(read.items, 'r2')?.record).toMatchObject({ kind: 'STATEMENT', date: { edtf: '2018-05-24' } });
  });

  it('matches a name to another recorded person', () => {
    const { review: read } = readReview(review, form({ 'r1.participant.1': 'person:mike-pompeo' }), recorded);
    expect(item(read.items, 'r1')?.record).toMatchObject({
      participants: [{ personId: 'person:donald-trump' }, { personId: 'person:mike-pompeo', role: 'GUEST' }],
    });
  });

  it('creates a new person the editor names, once however many choices name them', () => {
    const { review: read, problems } = readReview(
      review,
      form({
        'r2.speaker': 'new',
        'r2.speaker.new': 'Kim Yo Jong',
        'r1.participant.0': 'new',
        'r1.participant.0.new': ' Kim Yo Jong ',
      }),
      recorded,
    );
    expect(problems).toEqual([]);
    expect(item(read.items, 'r2')?.record).toMatchObject({ speakerId: 'person:kim-yo-jong' });
    expect(item(read.items, 'r1')?.record).toMatchObject({
      participants: [{ personId: 'person:kim-yo-jong' }, {}],
    });
    expect(read.items.slice(5)).toEqual([
      expect.objectContaining({
        key: 'r5',
        type: 'PERSON',
        action: 'CREATE',
        accepted: true,
        record: {
          id: 'person:kim-yo-jong',
          slug: 'kim-yo-jong',
          name: 'Kim Yo Jong',
          aliases: [],
          countryId: null,
          roles: [],
        },
      }),
    ]);
  });

  it('refuses a new person without a name, or with a recorded person’s', () => {
    const { review: read, problems } = readReview(
      review,
      form({
        'r2.speaker': 'new',
        'r2.speaker.new': '',
        'r3.speaker': 'new',
        'r3.speaker.new': 'Donald Trump',
      }),
      recorded,
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['r2.speaker.new', 'Give the new person’s name, or choose a person from the list'],
      ['r3.speaker.new', 'Donald Trump is recorded already: choose them in the list'],
    ]);
    expect(read.items).toHaveLength(5);
  });

  it('makes a proposed new person a recorded one: everything that named them refers to the recorded person', () => {
    const { review: read } = readReview(review, form({ 'r4.same': 'person:kim-yong-chol' }), recorded);
    expect(read.items.map((i) => i.key)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(item(read.items, 'r3')?.record).toMatchObject({ speakerId: 'person:kim-yong-chol' });
  });
});
