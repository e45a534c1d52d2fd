import { type FragmentOf, graphql, readFragment } from '../graphql.ts';
import { machineDate } from '../lib/dates.ts';

export const DateTextFragment = graphql(`
  fragment DateText on FuzzyDate {
    label
    text
    earliest
    latest
    precision
  }
`);

/**
 * A fuzzy date in words at its own precision ("late February 2019"), never a made-up day; with `words`,
 * also the source's own phrase.
 */
export function DateText({
  date,
  words = false,
}: {
  date: FragmentOf<typeof DateTextFragment>;
  words?: boolean;
}) {
  const d = readFragment(DateTextFragment, date);
  const dateTime = machineDate(d);
  const label = dateTime ? <time dateTime={dateTime}>{d.label}</time> : <span>{d.label}</span>;
  if (!words || !d.text || d.text.toLowerCase() === d.label.toLowerCase()) return label;
  return (
    <>
      {label} <span className="source-words">(“{d.text}”)</span>
    </>
  );
}
