import { describe, expect, test } from 'vitest';
import {
  compareFuzzyDates,
  FuzzyDateError,
  isIsoDate,
  labelFuzzyDate,
  overlaps,
  parseEdtf,
  partOfMonth,
  // Aliased: linters take a bare `before(…)` for a test hook.
  before as precedes,
  range,
  resolveRelative,
  within,
} from '../src/index.ts';

describe('parseEdtf reads each form Parley keeps', () => {
  test.each([
    ['2019-01-18', '2019-01-18', '2019-01-18', 'DAY', '18 January 2019'],
    ['2019-02', '2019-02-01', '2019-02-28', 'MONTH', 'February 2019'],
    ['2020-02', '2020-02-01', '2020-02-29', 'MONTH', 'February 2020'],
    ['2018', '2018-01-01', '2018-12-31', 'YEAR', '2018'],
    ['2019-02-2X', '2019-02-20', '2019-02-28', 'PART_OF_MONTH', 'late February 2019'],
    ['2019-03-1X', '2019-03-10', '2019-03-19', 'PART_OF_MONTH', 'mid-March 2019'],
    ['2019-03-0X', '2019-03-01', '2019-03-09', 'PART_OF_MONTH', 'early March 2019'],
    ['2019-03-20/2019-03-31', '2019-03-20', '2019-03-31', 'PART_OF_MONTH', 'late March 2019'],
    ['2019-01-14/2019-01-17', '2019-01-14', '2019-01-17', 'RANGE', '14–17 January 2019'],
    ['2018-06/2019-01-18', '2018-06-01', '2019-01-18', 'RANGE', 'June 2018 – 18 January 2019'],
    ['2018-06/2018-08', '2018-06-01', '2018-08-31', 'RANGE', 'June–August 2018'],
    ['2017/2018', '2017-01-01', '2018-12-31', 'RANGE', '2017–2018'],
    ['2019-01-30/2019-02-02', '2019-01-30', '2019-02-02', 'RANGE', '30 January 2019 – 2 February 2019'],
  ])('%s → %s…%s (%s) "%s"', (edtf, earliest, latest, precision, label) => {
    const date = parseEdtf(edtf, 'as said');
    expect(date).toEqual({ text: 'as said', edtf, earliest, latest, precision });
    expect(labelFuzzyDate(date)).toBe(label);
  });

  test.each([
    ['not a date', /not a valid EDTF date/],
    ['2019-13-01', /not a valid EDTF date/],
    ['2019-1X', /not a form Parley keeps/],
    ['../2019-01-18', /open end|not a valid/],
  ])('rejects %s', (edtf, message) => {
    expect(() => parseEdtf(edtf)).toThrow(FuzzyDateError);
    expect(() => parseEdtf(edtf)).toThrow(message);
  });

  // It threw the parser's whole dump (5,342 characters: every token it could have read) as its message.
  test('says in one line what was wrong and what an EDTF date looks like; the parser tells more in `cause`', () => {
    let error: unknown;
    try {
      parseEdtf('not-a-date');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FuzzyDateError);
    expect((error as FuzzyDateError).message).toBe(
      '"not-a-date" is not a valid EDTF date; write a day (2019-01-18), a month (2019-01), a year (2019), ' +
        'an interval (2018-06/2019-01-18) or part of a month (2019-02-2X)',
    );
    expect(((error as FuzzyDateError).cause as Error).message).toMatch(/^Syntax error at line 1 col 1/);
  });
});

describe('resolveRelative reads what a source said against its publication date', () => {
  // The founding article was published on Friday 18 January 2019.
  const published = '2019-01-18';
  test.each([
    ['Friday', '2019-01-18', 'DAY', '18 January 2019'],
    ['Friday afternoon', '2019-01-18', 'DAY', '18 January 2019'],
    ['Wednesday', '2019-01-16', 'DAY', '16 January 2019'],
    ['yesterday', '2019-01-17', 'DAY', '17 January 2019'],
    ['this morning', '2019-01-18', 'DAY', '18 January 2019'],
    ['earlier this week', '2019-01-14/2019-01-17', 'RANGE', '14–17 January 2019'],
    ['last week', '2019-01-07/2019-01-13', 'RANGE', '7–13 January 2019'],
    ['next month', '2019-02', 'MONTH', 'February 2019'],
    ['last month', '2018-12', 'MONTH', 'December 2018'],
    ['near the end of February', '2019-02-2X', 'PART_OF_MONTH', 'late February 2019'],
    ['at the end of February', '2019-02-2X', 'PART_OF_MONTH', 'late February 2019'],
    ['early March', '2019-03-0X', 'PART_OF_MONTH', 'early March 2019'],
    ['late December', '2018-12-20/2018-12-31', 'PART_OF_MONTH', 'late December 2018'],
    ['last year', '2018', 'YEAR', '2018'],
    ['next year', '2020', 'YEAR', '2020'],
    ['June 2018', '2018-06', 'MONTH', 'June 2018'],
    ['in June 2018', '2018-06', 'MONTH', 'June 2018'],
    ['12 June 2018', '2018-06-12', 'DAY', '12 June 2018'],
  ])('"%s" → %s', (text, edtf, precision, label) => {
    const date = resolveRelative(text, published);
    expect(date.edtf).toBe(edtf);
    expect(date.precision).toBe(precision);
    expect(date.text).toBe(text);
    expect(labelFuzzyDate(date)).toBe(label);
    expect(parseEdtf(date.edtf)).toMatchObject({ earliest: date.earliest, latest: date.latest, precision });
  });

  test('"earlier this week" on a Monday has no earlier day', () => {
    expect(() => resolveRelative('earlier this week', '2019-01-14')).toThrow(/no earlier day/);
  });

  test.each(['the other day', 'soon', ''])('refuses to guess "%s"', (text) => {
    expect(() => resolveRelative(text, published)).toThrow(FuzzyDateError);
  });

  test('rejects a publication date that is not a calendar date', () => {
    expect(() => resolveRelative('Friday', '2019-02-30')).toThrow(/not a calendar date/);
  });
});

describe('calendar dates', () => {
  test('year 0000 is not one (1 BC is followed by AD 1), and early years keep their own leap days', () => {
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
    expect(isIsoDate('9999-12-31')).toBe(true);
  });
});

describe('ordering and overlap', () => {
  const day = parseEdtf('2019-02-20');
  const lateFeb = parseEdtf('2019-02-2X');
  const feb = parseEdtf('2019-02');
  const march = parseEdtf('2019-03');

  test('a day sorts before a window that starts on it, and windows by their start', () => {
    const sorted = [march, lateFeb, feb, day].sort(compareFuzzyDates);
    expect(sorted.map((d) => d.edtf)).toEqual(['2019-02', '2019-02-20', '2019-02-2X', '2019-03']);
  });

  test('overlap, containment and strict precedence', () => {
    expect(overlaps(lateFeb, feb)).toBe(true);
    expect(overlaps(lateFeb, march)).toBe(false);
    expect(within(lateFeb, feb)).toBe(true);
    expect(within(feb, lateFeb)).toBe(false);
    expect(precedes(feb, march)).toBe(true);
    expect(precedes(lateFeb, feb)).toBe(false);
  });

  test('builders refuse impossible input', () => {
    expect(() => range('2019-02-01', '2019-01-01')).toThrow(/after its end/);
    expect(partOfMonth(2020, 2, 'late').latest).toBe('2020-02-29');
  });
});

test('words chrono cannot place are not silently dropped', () => {
  expect(() => resolveRelative('Friday two weeks before the vote', '2019-01-18')).toThrow(/cannot resolve/);
  expect(resolveRelative('on Wednesday evening', '2019-01-18').edtf).toBe('2019-01-16');
});
