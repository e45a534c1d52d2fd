import { describe, expect, it } from 'vitest';
import { citationAnchor, listedExcerpts, numberedPlaces } from './listed-excerpts.ts';

const cite = (source: string, excerpt: string) => ({ excerpt, source: { id: source } });

describe('listedExcerpts', () => {
  const sources = numberedPlaces([cite('a', 'One.'), cite('b', 'Two.'), cite('a', 'Three.')], 'Sources');
  const developments = numberedPlaces(
    [cite('b', 'Two.'), cite('c', 'Four.'), cite('c', 'Four.')],
    'Developments',
    (_, index) => `development-${index + 1}`,
  );
  const find = listedExcerpts([...sources, ...developments]);

  it('links the same words from the same source to the first place that prints them', () => {
    expect(find(cite('b', 'Two.'), 'development-1')).toEqual({
      anchor: 'source-2',
      label: 'excerpt 2 under Sources',
    });
    expect(find(cite('c', 'Four.'), 'development-3')).toEqual({
      anchor: 'development-2',
      label: 'excerpt 2 under Developments',
    });
    expect(find(cite('a', 'Three.'))).toEqual({ anchor: 'source-3', label: 'excerpt 3 under Sources' });
  });

  it('prints an excerpt at its own first place, and one that no place prints', () => {
    expect(find(cite('a', 'Three.'), 'source-3')).toBeNull();
    expect(find(cite('c', 'Four.'), 'development-2')).toBeNull();
    expect(find(cite('b', 'One.'))).toBeNull();
    expect(find(cite('a', 'One'))).toBeNull();
  });

  it('anchors a numbered list from 1', () => {
    expect(citationAnchor('source', 0)).toBe('source-1');
  });
});
