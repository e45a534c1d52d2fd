import { describe, expect, it } from 'vitest';
import { draftsOf, readDrafts } from './drafts.ts';
import { recordFields } from './record-kinds.ts';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('drafts', () => {
  const fields = recordFields('people');

  it('show a record’s values as its controls hold them', () => {
    const drafts = draftsOf(fields, {
      name: 'Kim Yong-chol',
      aliases: ['Kim Yong Chol', 'KYC'],
      countryId: null,
      roles: [
        {
          title: 'Vice Chairman',
          organizationId: 'T3JnOjE',
          from: {
            text: 'in May',
            edtf: '2018-05',
            earliest: '2018-05-01',
            latest: '2018-05-31',
            precision: 'MONTH',
          },
          to: null,
          citation: null,
        },
      ],
    });
    expect(drafts).toEqual({
      name: 'Kim Yong-chol',
      aliases: 'Kim Yong Chol\nKYC',
      countryId: '',
      roles: [
        {
          title: 'Vice Chairman',
          organizationId: 'T3JnOjE',
          from: { edtf: '2018-05', text: 'in May' },
          to: { edtf: '', text: '' },
          citation: { sourceId: '', excerpt: '' },
        },
      ],
    });
  });

  it('read a submitted form: rows in order, without removed ones and blank spare rows; CRLF as LF', () => {
    const drafts = readDrafts(
      fields,
      form([
        ['name', 'Kim'],
        ['aliases', 'A\r\nB'],
        ['countryId', ''],
        ['roles.0.title', 'Chairman'],
        ['roles.0.remove', 'on'],
        ['roles.1.title', 'Leader'],
        ['roles.1.from.edtf', '2019'],
        ['roles.2.title', ''],
        ['roles.2.organizationId', ''],
        ['roles.2.from.edtf', ''],
        ['roles.2.citation.excerpt', '  '],
      ]),
    );
    expect(drafts.aliases).toBe('A\nB');
    expect(drafts.roles).toEqual([
      {
        title: 'Leader',
        organizationId: '',
        from: { edtf: '2019', text: '' },
        to: { edtf: '', text: '' },
        citation: { sourceId: '', excerpt: '' },
      },
    ]);
  });

  it('read every ticked box of a list of ids, as a set: in any order, the same draft', () => {
    const topics = recordFields('meetings').filter((f) => f.key === 'topicIds');
    const drafts = readDrafts(
      topics,
      form([
        ['topicIds', 'b'],
        ['topicIds', 'a'],
      ]),
    );
    expect(drafts).toEqual({ topicIds: ['a', 'b'] });
    expect(draftsOf(topics, { topicIds: ['b', 'a'] })).toEqual(drafts);
  });
});
