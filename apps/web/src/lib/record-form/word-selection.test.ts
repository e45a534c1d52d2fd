import { describe, expect, it } from 'vitest';
import { selectedWords } from './word-selection.ts';

const text = '"Look we continue to make progress," Sanders told reporters.';
const at = (words: string) => text.indexOf(words);

describe('selectedWords', () => {
  it('widens a selection that cuts words to the whole words', () => {
    expect(selectedWords(text, at('ook'), at('tinue') + 3)).toBe('Look we continue');
    expect(selectedWords(text, at('Sanders') + 2, at('Sanders') + 3)).toBe('Sanders');
  });

  it('keeps a selection of whole words as it is, without the spaces around it', () => {
    const start = at(' make');
    expect(selectedWords(text, start, at('progress') + 'progress'.length + 1)).toBe('make progress,');
  });

  it('reads a backwards selection, and none without a word', () => {
    expect(selectedWords(text, at('told') + 4, at('told'))).toBe('told');
    expect(selectedWords(text, at(',"'), at(',"') + 3)).toBeNull();
    expect(selectedWords(text, 5, 5)).toBeNull();
  });
});
