import { describe, expect, test } from 'vitest';
import {
  cite,
  editor,
  freshStore,
  gid,
  hanoiSource,
  lateFebruary,
  mutate,
  runAs,
  secondSummit,
} from './edits.ts';

describe('happy paths', () => {
  test('createStatement quotes a source whose text is stored, and cites it', async () => {
    const store = freshStore();
    const source = (await mutate(editor, store, 'createSource', hanoiSource)).data?.createSource.source.id;
    const created = await runAs(
      editor,
      store,
      `mutation ($input: CreateStatementInput!) {
        createStatement(input: $input) {
          statement { slug quote revision speaker { name } citations { excerpt source { id } } }
          userErrors { field }
        }
      }`,
      {
        input: {
          kind: 'REMARKS',
          quote: 'We will meet in Hanoi, Vietnam, on February 27 and 28.',
          speakerId: gid.person('donald-trump'),
          date: lateFebruary,
          citations: [cite('"We will meet in Hanoi, Vietnam, on February 27 and 28."', source)],
          reason: 'new article',
        },
      },
    );
    expect(created.data?.createStatement).toEqual({
      statement: {
        slug: 'donald-trump-2019-02-27-remarks',
        quote: 'We will meet in Hanoi, Vietnam, on February 27 and 28.',
        revision: 1,
        speaker: { name: 'Donald Trump' },
        citations: [
          { excerpt: '"We will meet in Hanoi, Vietnam, on February 27 and 28."', source: { id: source } },
        ],
      },
      userErrors: [],
    });
  });

  test('addSummitDevelopment sets status, date and place with the development, citing its source', async () => {
    const store = freshStore();
    const source = (await mutate(editor, store, 'createSource', hanoiSource)).data?.createSource.source.id;
    const hanoi = (
      await mutate(editor, store, 'createPlace', {
        name: 'Hanoi',
        kind: 'CITY',
        withinId: gid.place('vietnam'),
      })
    ).data?.createPlace.place.id;
    const added = await runAs(
      editor,
      store,
      `mutation ($input: AddSummitDevelopmentInput!) {
        addSummitDevelopment(input: $input) {
          summit {
            status revision date { edtf } location { id name }
            developments { status description citation { excerpt source { id } } }
          }
          userErrors { field }
        }
      }`,
      {
        input: {
          id: secondSummit,
          expectedRevision: 1,
          status: 'SCHEDULED',
          description: 'Trump names Hanoi and the dates.',
          date: {
            text: null,
            edtf: '2019-02-08',
            earliest: '2019-02-08',
            latest: '2019-02-08',
            precision: 'DAY',
          },
          summitDate: lateFebruary,
          locationId: hanoi,
          citation: cite('We will meet in Hanoi, Vietnam, on February 27 and 28.', source),
        },
      },
    );
    const { summit, userErrors } = added.data?.addSummitDevelopment ?? {};
    expect(userErrors).toEqual([]);
    expect(summit).toMatchObject({
      status: 'SCHEDULED',
      revision: 2,
      date: { edtf: '2019-02-27/2019-02-28' },
      location: { id: hanoi, name: 'Hanoi' },
    });
    expect(summit.developments.at(-1)).toEqual({
      status: 'SCHEDULED',
      description: 'Trump names Hanoi and the dates.',
      citation: { excerpt: 'We will meet in Hanoi, Vietnam, on February 27 and 28.', source: { id: source } },
    });
  });
});
