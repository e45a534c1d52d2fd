import { describe, expect, test } from 'vitest';
import { findStatements } from '../src/statements/find-statements.ts';
import { articles, expectVerbatim } from './statements-helpers.ts';

describe('statements of the Singapore articles (/work/shared/articles)', () => {
  test('called off: the letter twice by Trump, and Kim Kye Gwan reported "hours later"', () => {
    const article = articles.calledOff;
    const mentions = findStatements(article);
    expectVerbatim(article, mentions);
    expect(mentions.map((m) => [m.speaker?.name, m.kind, m.quote?.slice(0, 30) ?? null])).toEqual([
      ['Trump', 'STATEMENT', 'Sadly, based on the tremendous'],
      ['Trump', 'STATEMENT', 'If you change your mind having'],
      ['Kim Kye Gwan', 'STATEMENT', null],
    ]);
    // "the letter said": the letter's writer, named in the attribution before.
    expect(mentions[1]?.speaker).toMatchObject({ text: 'the letter', resolvedFrom: 'the letter' });
    expect(mentions[2]).toMatchObject({
      paraphrase:
        'Pyongyang was still willing to sit down with the United States at any time and in any format',
      dateWords: 'Hours later',
    });
    expect(mentions.some((m) => /Photo:|Most read/.test(m.excerpt))).toBe(false);
  });

  test('back on: Trump to reporters, then "He said … :" with a quote of two sentences', () => {
    const article = articles.backOn;
    const mentions = findStatements(article);
    expectVerbatim(article, mentions);
    const quoted = mentions.filter((m) => m.quote !== null);
    expect(quoted.map((m) => [m.speaker?.name, m.kind, m.quote])).toEqual([
      ['Trump', 'REMARKS', "I think it's going to be a process"],
      ['Trump', 'REMARKS', "I haven't seen the letter yet. I purposely didn't open the letter."],
    ]);
    expect(quoted[1]).toMatchObject({
      speaker: { resolvedFrom: 'He' },
      paraphrase: 'he had not yet read the letter',
    });
    // The announcement is reported speech, dated by its own words.
    expect(mentions.find((m) => m.quote === null)).toMatchObject({
      speaker: { name: 'Donald Trump' },
      kind: 'REPORTED',
      dateWords: 'on Friday',
    });
  });
});
