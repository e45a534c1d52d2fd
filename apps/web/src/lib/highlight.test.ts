import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.ts';

const marked = (text: string, words: string[]) =>
  highlight(text, words)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlight', () => {
  it('marks whole matched words whatever their case, and keeps every character of the text', () => {
    expect(marked('Summit talks: the second summit.', ['summit'])).toBe(
      '[Summit] talks: the second [summit].',
    );
  });

  it('does not mark a word that merely contains a matched word', () => {
    expect(marked('summitry and summit', ['summit'])).toBe('summitry and [summit]');
  });

  it('ignores accents when comparing', () => {
    expect(marked('Café talks', ['cafe'])).toBe('[Café] talks');
  });

  it('returns the text unmarked when nothing matched', () => {
    expect(highlight('no match here', [])).toEqual([{ text: 'no match here', match: false }]);
  });
});
