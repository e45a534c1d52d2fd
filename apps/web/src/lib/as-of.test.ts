import { describe, expect, it } from 'vitest';
import {
  currentStep,
  dayLabel,
  firstReportedOn,
  neighbourReports,
  parseAsOf,
  readAsOf,
  reportedCitations,
  today,
  withAsOf,
} from './as-of.ts';
import { isCalendarDay } from './search-params.ts';
import { BadArgumentError } from './urql/answer.ts';

describe('reading asOf from the address', () => {
  it('takes a calendar day, the first of repeated values, trimmed', () => {
    expect(parseAsOf('2019-02-01')).toEqual({ ok: true, asOf: '2019-02-01' });
    expect(parseAsOf([' 2019-01-18 ', '2019-02-08'])).toEqual({ ok: true, asOf: '2019-01-18' });
  });

  it('reads absent or empty as today’s record', () => {
    expect(parseAsOf(undefined)).toEqual({ ok: true, asOf: null });
    expect(parseAsOf('')).toEqual({ ok: true, asOf: null });
    expect(parseAsOf([])).toEqual({ ok: true, asOf: null });
  });

  it('refuses anything that is not a real day, saying what it got', () => {
    for (const value of ['2019-02-30', '2019-2-1', 'yesterday', '2019-02-01T00:00', '20190201']) {
      const parsed = parseAsOf(value);
      expect(parsed.ok, value).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toContain(value);
    }
    expect(isCalendarDay('2020-02-29')).toBe(true);
    expect(isCalendarDay('2019-02-29')).toBe(false);
    expect(isCalendarDay('0000-12-31')).toBe(false);
  });

  it('throws a bad value as the reader’s mistake, naming the argument', () => {
    expect(readAsOf('2019-02-01')).toBe('2019-02-01');
    expect(() => readAsOf('2019-13-01')).toThrow(BadArgumentError);
    expect(() => readAsOf('soon')).toThrow(expect.objectContaining({ argument: 'asOf' }));
  });
});

describe('links that keep the day', () => {
  it('adds asOf after any query and before the fragment', () => {
    expect(withAsOf('/summits/hanoi', '2019-02-01')).toBe('/summits/hanoi?asOf=2019-02-01');
    expect(withAsOf('/statements?speaker=x', '2019-02-01')).toBe('/statements?speaker=x&asOf=2019-02-01');
    expect(withAsOf('/summits/hanoi#developments', '2019-02-01')).toBe(
      '/summits/hanoi?asOf=2019-02-01#developments',
    );
  });

  it('leaves the address alone for today’s record', () => {
    expect(withAsOf('/timeline?after=abc', null)).toBe('/timeline?after=abc');
  });
});

describe('days in words', () => {
  it('names the day without a time zone shift', () => {
    expect(dayLabel('2019-02-01')).toBe('1 February 2019');
    expect(today(new Date('2019-01-18T23:59:59Z'))).toBe('2019-01-18');
  });
});

const cite = (publishedAt: string) => ({ source: { publishedAt } });

describe('what the sources had reported by a day', () => {
  const citations = [cite('2019-02-08'), cite('2019-01-18'), cite('2019-02-06')];

  it('keeps the citations published by that day, all of them for today', () => {
    expect(reportedCitations(citations, '2019-02-06')).toEqual([cite('2019-01-18'), cite('2019-02-06')]);
    expect(reportedCitations(citations, '2019-01-17')).toEqual([]);
    expect(reportedCitations(citations, null)).toEqual(citations);
  });

  it('finds the first report', () => {
    expect(firstReportedOn(citations)).toBe('2019-01-18');
    expect(firstReportedOn([])).toBeUndefined();
  });
});

describe('stepping through a summit’s reports', () => {
  const steps = [
    { sequence: 1, reportedOn: '2019-01-18' },
    { sequence: 2, reportedOn: '2019-02-06' },
    { sequence: 3, reportedOn: '2019-02-08' },
  ];
  const days = steps.map((step) => step.reportedOn);

  it('stands on the latest development reported by the day', () => {
    expect(currentStep(steps, '2019-02-07')?.sequence).toBe(2);
    expect(currentStep(steps, '2019-02-06')?.sequence).toBe(2);
    expect(currentStep(steps, null)?.sequence).toBe(3);
    expect(currentStep(steps, '2019-01-17')).toBeUndefined();
  });

  it('takes the highest sequence when several are reported the same day', () => {
    const sameDay = [
      { sequence: 2, reportedOn: '2019-01-18' },
      { sequence: 3, reportedOn: '2019-01-18' },
      { sequence: 1, reportedOn: '2019-01-18' },
    ];
    expect(currentStep(sameDay, '2019-01-18')?.sequence).toBe(3);
  });

  it('steps back to the report before the one the view stands on, forward to the next after the day', () => {
    expect(neighbourReports(days, '2019-02-07')).toEqual({ previous: '2019-01-18', next: '2019-02-08' });
    expect(neighbourReports(days, '2019-02-06')).toEqual({ previous: '2019-01-18', next: '2019-02-08' });
    expect(neighbourReports(days, '2019-02-08')).toEqual({ previous: '2019-02-06', next: undefined });
  });

  it('from today’s record, steps back past the latest report, which today’s record already shows', () => {
    expect(neighbourReports(days, null)).toEqual({ previous: '2019-02-06', next: undefined });
  });

  it('before the first report, only steps forward to it', () => {
    expect(neighbourReports(days, '2018-12-31')).toEqual({ previous: undefined, next: '2019-01-18' });
  });

  it('counts a day with several reports once', () => {
    expect(neighbourReports(['2019-01-18', '2019-01-18', '2019-02-06'], null)).toEqual({
      previous: '2019-01-18',
      next: undefined,
    });
  });
});
