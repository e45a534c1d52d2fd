import { describe, expect, it } from 'vitest';
import { type PlaceUse, placeIndex } from './place-index.ts';

const place = (slug: string) => ({ slug, name: slug.replace(/^./, (c) => c.toUpperCase()), location: null });
const use = (slug: string, role: PlaceUse['role'], href: string): PlaceUse => ({
  place: place(slug),
  role,
  record: { href, text: href },
});

describe('placeIndex', () => {
  const index = placeIndex([
    use('vietnam', 'candidate', '/summits/second'),
    use('singapore', 'venue', '/summits/first'),
    use('thailand', 'candidate', '/summits/second'),
    use('vietnam', 'venue', '/summits/later'),
  ]);

  it('lists each place once, by name', () => {
    expect(index.map((p) => p.slug)).toEqual(['singapore', 'thailand', 'vietnam']);
  });

  it('keeps every record naming a place, and makes it a venue when anything was held there', () => {
    const vietnam = index.find((p) => p.slug === 'vietnam');
    expect(vietnam?.uses.map((u) => u.record.href)).toEqual(['/summits/second', '/summits/later']);
    expect(vietnam?.role).toBe('venue');
    expect(index.find((p) => p.slug === 'thailand')?.role).toBe('candidate');
  });
});
