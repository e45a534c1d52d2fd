import { describe, expect, it } from 'vitest';
import { layoutArticle } from './excerpts.ts';

const text = 'Trump met Kim. He said "yes."\n\nPompeo met Kim in New York.\n\n\n  Last line.';

/** A paragraph written as its runs, marked runs in [brackets] with the excerpts they belong to. */
const show = (paragraph: { text: string; covering: number[]; starts: number[] }[]) =>
  paragraph
    .map((s) =>
      s.covering.length
        ? `[${s.text}|${s.covering.join(',')}${s.starts.length ? `^${s.starts}` : ''}]`
        : s.text,
    )
    .join('');

describe('layoutArticle', () => {
  it('splits paragraphs at blank lines and leaves a text without excerpts whole', () => {
    const layout = layoutArticle(text, []);
    expect(layout.paragraphs.map(show)).toEqual([
      'Trump met Kim. He said "yes."',
      'Pompeo met Kim in New York.',
      'Last line.',
    ]);
  });

  it('marks each excerpt once, anchoring it where it starts', () => {
    const layout = layoutArticle(text, ['He said "yes."', 'in New York']);
    expect(layout.paragraphs.map(show)).toEqual([
      'Trump met Kim. [He said "yes."|0^0]',
      'Pompeo met Kim [in New York|1^1].',
      'Last line.',
    ]);
    expect(layout.excerpts).toEqual([
      { text: 'He said "yes."', found: true },
      { text: 'in New York', found: true },
    ]);
  });

  it('numbers an excerpt cited twice once, and cuts overlapping excerpts so both keep an anchor', () => {
    const layout = layoutArticle(text, ['Trump met Kim. He said', 'met Kim.', 'Trump met Kim. He said']);
    expect(layout.excerpts.map((e) => e.text)).toEqual(['Trump met Kim. He said', 'met Kim.']);
    expect(show(layout.paragraphs[0] ?? [])).toBe('[Trump |0^0][met Kim.|0,1^1][ He said|0] "yes."');
  });

  it('reports an excerpt the text does not hold, and marks nothing for it', () => {
    const layout = layoutArticle(text, ['Moon said no.']);
    expect(layout.excerpts).toEqual([{ text: 'Moon said no.', found: false }]);
    expect(layout.paragraphs.flat().every((s) => s.covering.length === 0)).toBe(true);
  });

  it('marks an excerpt across a paragraph break in both paragraphs, anchored in the first', () => {
    const layout = layoutArticle(text, ['"yes."\n\nPompeo']);
    expect(layout.paragraphs.slice(0, 2).map(show)).toEqual([
      'Trump met Kim. He said ["yes."|0^0]',
      '[Pompeo|0] met Kim in New York.',
    ]);
  });
});
