import { describe, expect, it } from 'vitest';
import { saveProblem } from './save-problems.ts';

describe('saveProblem', () => {
  it('puts an API problem under the form name of its field', () => {
    expect(
      saveProblem({ field: ['participants', '1', 'personId'], message: 'no such person', code: 'NOT_FOUND' }),
    ).toEqual({ name: 'participants.1.personId', message: 'no such person' });
  });

  it('says in the editor’s words that an excerpt or a quote is not in the source', () => {
    const api = 'citations[1].excerpt does not occur word for word in the text of source "source:x"';
    expect(
      saveProblem({ field: ['citations', '1', 'excerpt'], message: api, code: 'NOT_IN_SOURCE' }),
    ).toEqual({
      name: 'citations.1.excerpt',
      message: 'these words are not in the text of this source, word for word: select them in the text',
    });
    expect(saveProblem({ field: ['quote'], message: api, code: 'NOT_IN_SOURCE' }).message).toMatch(
      /a cited source/,
    );
  });
});
