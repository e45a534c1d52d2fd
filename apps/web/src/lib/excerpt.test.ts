import { describe, expect, it } from 'vitest';
import { needsQuotationMarks } from './excerpt.ts';

describe('needsQuotationMarks', () => {
  it('quotes an excerpt the article wrote as plain prose', () => {
    expect(needsQuotationMarks('Mr. Trump said he rescheduled the meeting before reading the letter.')).toBe(
      true,
    );
  });

  it('keeps a quotation mark inside the excerpt from stopping the site’s own', () => {
    expect(
      needsQuotationMarks(
        'While the location has yet to be announced, CBS News\' "Face the Nation" host Margaret Brennan has reported the most likely options are Vietnam or Thailand.',
      ),
    ).toBe(true);
  });

  it('adds none to an excerpt that ends with the article’s closing mark', () => {
    expect(
      needsQuotationMarks(
        'After that summit, the president tweeted that North Korea is "no longer a threat."',
      ),
    ).toBe(false);
  });

  it('adds none to an excerpt that opens with the article’s quotation', () => {
    expect(needsQuotationMarks('"Look we continue to make progress," Sanders told reporters.')).toBe(false);
    expect(needsQuotationMarks('“The president looks forward to meeting with Chairman Kim.”')).toBe(false);
  });

  it('looks past surrounding white space', () => {
    expect(needsQuotationMarks(' "no longer a threat." ')).toBe(false);
  });
});
